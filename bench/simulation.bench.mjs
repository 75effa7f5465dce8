// Browser benchmark of the simulation view (issue 6): builds the production bundle into its own folder, serves it
// with `vite preview` on a free port (started and stopped here), drives Debian's Chromium through Playwright and
// prints: a 10,000-item foreach (body: an MNS waitForCallback task) simulated in the page (total time, main-thread
// long tasks and the longest frame gap while it runs), then timeline scrolling and scrubbing frame times (max, p95;
// target: no frame over 100 ms). Run: `npm run bench -- simulation` (BENCH_SKIP_BUILD=1 reuses the build).
import { chromium } from '@playwright/test'
import { spawn, spawnSync } from 'node:child_process'
import { createServer } from 'node:net'
import { readFileSync } from 'node:fs'
import { loadavg } from 'node:os'

const OUT = 'dist-bench-simulation'
const ITEMS = Number(process.env.BENCH_ITEMS ?? 10_000)
const FRAMES = 240

const FLOW = readFileSync('bench/flows/foreach-mns-callback.yaml', 'utf8')

// The service's 5,000-event and 32 KiB limits would stop this flow at once: the bench measures the view. They are
// lifted as far as a scenario may lift them (the peer bench does the same); out of range, Run refuses the scenario.
const SCENARIO = JSON.stringify({
  input: { items: Array.from({ length: ITEMS }, (_, i) => i) },
  worker: { concurrency: 100 },
  options: { maxEvents: 1_000_000, stepDataLimitBytes: 1_048_576, eventDataLimitBytes: 0 },
})

const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]
const max = (xs) => Math.max(0, ...xs)
const ms = (x) => `${x.toFixed(0)} ms`

/** A TCP port nobody listens on right now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer()
    s.once('error', reject)
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address()
      s.close(() => resolve(port))
    })
  })
}

/** Starts `vite preview` on the build (the vite binary itself, so stopping it frees the port) and waits for it. */
async function startServer(port) {
  const child = spawn('node_modules/.bin/vite', ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { env: { ...process.env, BUILD_OUT_DIR: OUT }, stdio: 'ignore' })
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}`)).ok) return child
    } catch {
      await new Promise((r) => setTimeout(r, 100))
    }
  }
  child.kill()
  throw new Error(`vite preview did not answer on port ${port}`)
}

/** Runs `step(i)` in the page once per animation frame for `count` frames; returns the frame-to-frame times. */
function frameTimes(page, count, step) {
  return page.evaluate(
    ({ count, step }) =>
      new Promise((resolve) => {
        const run = new Function('i', step)
        const times = []
        let last = performance.now()
        let i = 0
        const frame = () => {
          const now = performance.now()
          if (i > 0) times.push(now - last)
          last = now
          if (i >= count) return resolve(times)
          run(i++)
          requestAnimationFrame(frame)
        }
        requestAnimationFrame(frame)
      }),
    { count, step },
  )
}

async function main() {
  if (process.env.BENCH_SKIP_BUILD !== '1') {
    const r = spawnSync('node_modules/.bin/vite', ['build', '--logLevel', 'error'], { stdio: 'inherit', env: { ...process.env, BUILD_OUT_DIR: OUT } })
    if (r.status !== 0) throw new Error('vite build failed')
  }
  const port = await freePort()
  const server = await startServer(port)
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
    await page.goto(`http://127.0.0.1:${port}/`)
    await page.getByRole('region', { name: 'FDL code' }).waitFor()
    await page.getByLabel('Open FDL file').setInputFiles({ name: 'foreach-10000.yaml', mimeType: 'application/yaml', buffer: Buffer.from(FLOW) })
    await page.locator('[data-step="job"]').waitFor()
    await page.getByRole('button', { name: 'Simulate', exact: true }).click()
    const sim = page.getByRole('region', { name: 'Simulation' })
    await sim.getByLabel('Open scenario file').setInputFiles({ name: 'foreach.scenario.json', mimeType: 'application/json', buffer: Buffer.from(SCENARIO) })
    await sim.getByRole('group', { name: 'Speed' }).getByRole('button', { name: 'Instant' }).click()

    // Long tasks and frame gaps on the main thread while the worker simulates and the views follow.
    await page.evaluate(() => {
      const w = window
      w.__longTasks = []
      w.__gaps = []
      new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__longTasks.push(e.duration))).observe({ type: 'longtask' })
      let last = performance.now()
      w.__watch = true
      const tick = () => {
        const now = performance.now()
        w.__gaps.push(now - last)
        last = now
        if (w.__watch) requestAnimationFrame(tick)
      }
      requestAnimationFrame(tick)
    })
    const t0 = Date.now()
    await sim.getByRole('button', { name: 'Run', exact: true }).click()
    // Succeeded, and playback over (Run enabled again) once the whole trace is in and shown. A cheap check every
    // 250 ms: role-based locators would walk the accessibility tree on the main thread being measured.
    // A refused run says why at once, rather than after the timeout.
    await page.waitForFunction(
      () => document.querySelector('.sim-refusal') !== null || (document.querySelector('[aria-label="Execution status"]')?.textContent === 'Succeeded' && document.querySelector('.sim-buttons button')?.disabled === false),
      null,
      { polling: 250, timeout: 300_000 },
    )
    const refusal = await page.evaluate(() => document.querySelector('.sim-refusal')?.textContent ?? null)
    if (refusal !== null) throw new Error(`the simulation did not run: ${refusal}`)
    const total = Date.now() - t0
    const run = await page.evaluate(() => {
      window.__watch = false
      return { longTasks: window.__longTasks, gaps: window.__gaps }
    })
    const events = await sim.locator('.tl-scrub-time').textContent()
    const rows = await page.evaluate(() => document.querySelector('.tl-rows')?.getBoundingClientRect().height ?? 0)

    // Scrolling the timeline top to bottom, one step per frame.
    const scroll = await frameTimes(page, FRAMES, `const v = document.querySelector('.tl-viewport'); v.scrollTop = (v.scrollHeight - v.clientHeight) * i / ${FRAMES}`)
    await page.evaluate(() => (document.querySelector('.tl-viewport').scrollTop = 0))
    // Scrubbing the whole run with the Time slider, one position per frame (every view follows t).
    const scrub = await frameTimes(
      page,
      FRAMES,
      `const s = document.querySelector('.tl-scrubber input'); const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
       set.call(s, String(Number(s.min) + (Number(s.max) - Number(s.min)) * i / ${FRAMES})); s.dispatchEvent(new Event('input', { bubbles: true }))`,
    )
    console.log(`load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} (2 cores shared: figures rise with it)`)
    console.log(`${ITEMS.toLocaleString('en')}-item foreach, MNS waitForCallback body, worker concurrency 100, instant speed`)
    console.log(`  simulate in the page (Run -> Succeeded, trace complete): ${ms(total)}; virtual span ${events?.split('/')[1]?.trim()}`)
    console.log(`  main thread while it ran: ${run.longTasks.length} long tasks (>50 ms), longest ${ms(max(run.longTasks))}, total ${ms(run.longTasks.reduce((a, b) => a + b, 0))}; frame gaps max ${ms(max(run.gaps))}, p95 ${ms(pct(run.gaps, 0.95))}`)
    console.log(`  timeline: ${Math.round(rows / 24).toLocaleString('en')} rows`)
    console.log(`  scroll ${FRAMES} frames: max ${ms(max(scroll))}, p95 ${ms(pct(scroll, 0.95))}, median ${ms(pct(scroll, 0.5))} ${max(scroll) <= 100 ? '(ok: no frame over 100 ms)' : '(OVER 100 ms)'}`)
    console.log(`  scrub  ${FRAMES} frames: max ${ms(max(scrub))}, p95 ${ms(pct(scrub, 0.95))}, median ${ms(pct(scrub, 0.5))} ${max(scrub) <= 100 ? '(ok: no frame over 100 ms)' : '(OVER 100 ms)'}`)
  } finally {
    await browser.close()
    server.kill()
  }
}

await main()
