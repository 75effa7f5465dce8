import { type ChildProcess, spawn } from 'node:child_process'
import { createServer } from 'node:net'
import { resolve } from 'node:path'
import { expect, test } from '@playwright/test'
import { guardPage } from './guardPage.ts'

const root = resolve(import.meta.dirname, '..')
const processes: ChildProcess[] = []
test.afterEach(() => {
  for (const p of processes.splice(0)) p.kill('SIGKILL')
})

function freePort(): Promise<number> {
  return new Promise((done) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number }
      s.close(() => done(port))
    })
  })
}

/** Starts a process and resolves with its output so far once a line matches `ready`. */
function start(args: string[], ready: RegExp): Promise<{ proc: ChildProcess; output: () => string }> {
  const proc = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] })
  processes.push(proc)
  let out = ''
  return new Promise((done, fail) => {
    const read = (b: Buffer) => {
      out += b.toString('utf8')
      if (ready.test(out)) done({ proc, output: () => out })
    }
    proc.stdout!.on('data', read)
    proc.stderr!.on('data', read)
    proc.on('exit', (code) => fail(new Error(`${args.join(' ')} exited ${code}: ${out}`)))
  })
}

test('Local server: the studio runs the flow in fdl serve and shows a real SDK worker receive, report and delete', async ({ page, baseURL }) => {
  test.setTimeout(90_000)
  // given fdl serve on this machine (the real command), and the designer on the callback example
  const port = await freePort()
  const address = `http://127.0.0.1:${port}`
  await start(['bin/fdl.mjs', 'serve', '--port', String(port), '--quiet'], /fdl serve: listening on/)
  const problems = guardPage(page, baseURL!, [address])
  await page.goto('/?example=mns-callback')
  await page.getByRole('button', { name: 'Simulate', exact: true }).click()
  const sim = page.getByRole('region', { name: 'Simulation' })

  // when the user picks Local server, gives the address and connects
  await sim.getByRole('button', { name: 'Local server' }).click()
  await expect(sim.getByRole('button', { name: 'Local server' })).toHaveAttribute('aria-pressed', 'true')
  await sim.getByLabel('Server address').fill(address)
  await sim.getByRole('button', { name: 'Connect' }).click()
  await expect(sim.getByRole('status', { name: 'Server check' })).toHaveText(`Connected to fdl serve at ${address}: no flows yet.`)

  // and runs: the flow is pushed and started there, and its message waits on the queue
  await sim.getByRole('button', { name: 'Run', exact: true }).click()
  const status = sim.getByRole('status', { name: 'Execution status' })
  await expect(status).toHaveText('Running')
  await expect(sim.getByRole('status', { name: 'Local server' })).toContainText(`on fdl serve at ${address}`)
  const message = sim.getByRole('region', { name: 'Message queue' }).getByRole('listitem')
  await expect(message).toHaveCount(1)
  await expect(message).toContainText('Active')
  await expect(page.locator('[data-step="Task_1"]')).toContainText('waiting for callback')

  // then a worker written with the official SDKs receives it: the queue shows it in flight
  const worker = await start(['e2e/fixtures/sdk-worker.mjs', address, 'fnf-demo'], /received/)
  await expect(message).toContainText('In flight')
  await page.screenshot({ path: 'test-results/local-server-received.png' })
  // it reports: the execution succeeds with the worker's output; it deletes: the message is gone
  await expect(status).toHaveText('Succeeded')
  await expect(page.locator('[data-step="Task_1"]')).toContainText('succeeded')
  await expect(message).toContainText('Deleted', { timeout: 10_000 })
  expect(worker.output()).toContain('deleted')
  await expect(sim.getByRole('img', { name: /^Callback swimlane: 4 calls/ })).toBeVisible()
  await page.screenshot({ path: 'test-results/local-server-done.png' })
  await sim.getByRole('tab', { name: 'Event history' }).click()
  const rows = sim.getByRole('table', { name: 'Event history' }).locator('tbody tr')
  await expect(rows.filter({ hasText: 'TaskSucceeded' })).toHaveCount(1)
  await expect(rows.last()).toContainText('ExecutionSucceeded')
  await expect(rows.last()).toContainText('"worker":"sdk"')
  expect(problems).toEqual([])
})
