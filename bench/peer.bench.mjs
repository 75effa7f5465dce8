// `npm run bench -- peer`: the simulator against a peer engine, whole process against whole process (issue 14
// item 4). Ours: `fdl simulate` on a 10,000-item foreach of MNS waitForCallback tasks (70,004 events, the simulated
// worker answering every callback). The peer: aws-local-stepfunctions 3.0.0 running a 10,000-item Map whose
// iterator is one Task state with a local handler, the closest thing it runs. It is installed on demand into
// node_modules/.cache/peer, never a dependency of the app. Target: ours ≤ 0.5× the peer's wall time.
import { spawn, spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const PEER = 'aws-local-stepfunctions@3.0.0'
const CACHE = resolve('node_modules/.cache/peer')
const RUNS = 5 // interleaved; the median of 5 holds up on this shared machine better than of 3
const ITEMS = 10_000

if (!existsSync('/usr/bin/time')) {
  console.log('GNU time (/usr/bin/time) is missing: apt-get install -y time, then run again')
  process.exit(1)
}
if (!existsSync(join(CACHE, 'node_modules/aws-local-stepfunctions/package.json'))) {
  mkdirSync(CACHE, { recursive: true })
  console.log(`installing ${PEER} into ${CACHE} (once)`)
  const r = spawnSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', CACHE, PEER], { stdio: 'inherit' })
  if (r.status !== 0) {
    console.log(`could not install ${PEER}: the peer figure needs the npm registry once`)
    process.exit(1)
  }
}

const dir = mkdtempSync(join(tmpdir(), 'fdl-peer-'))
const input = join(dir, 'input.json')
writeFileSync(input, JSON.stringify({ items: Array.from({ length: ITEMS }, (_, i) => ({ id: i })) }))
copyFileSync('bench/flows/foreach-mns-callback.yaml', join(dir, 'foreach.yaml'))
// The service's 5,000-event and 32 KiB limits would stop this run at once; lifted as the engine bench does.
writeFileSync(join(dir, 'scenario.yaml'), 'options:\n  maxEvents: 1000000\n  stepDataLimitBytes: 1048576\n  eventDataLimitBytes: 0\n')
const peerScript = join(dir, 'peer.mjs')
writeFileSync(
  peerScript,
  `import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
// The peer calls Promise.withResolvers (Node 22); Node 20 gets the three-line equivalent.
Promise.withResolvers ??= function () {
  let resolve, reject
  const promise = new Promise((a, b) => ((resolve = a), (reject = b)))
  return { promise, resolve, reject }
}
const { StateMachine } = createRequire(${JSON.stringify(join(CACHE, 'package.json'))})('aws-local-stepfunctions')
const definition = {
  StartAt: 'each',
  States: {
    each: {
      Type: 'Map',
      ItemsPath: '$.items',
      Iterator: { StartAt: 'job', States: { job: { Type: 'Task', Resource: 'arn:aws:lambda:us-east-1:123456789012:function:job', End: true } } },
      End: true,
    },
  },
}
const machine = new StateMachine(definition)
const execution = machine.run(JSON.parse(readFileSync(${JSON.stringify(input)}, 'utf8')), { overrides: { taskResourceLocalHandlers: { job: (i) => i } } })
const result = await execution.result
console.log(JSON.stringify({ items: result.length }))
`,
)

/** Runs a command under GNU time: wall seconds and peak RSS of the whole process. */
function timed(args) {
  return new Promise((done) => {
    const child = spawn('/usr/bin/time', ['-f', '%M %e', ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    let err = ''
    child.stdout.on('data', (b) => (out += b))
    child.stderr.on('data', (b) => (err += b))
    child.on('close', (code) => {
      const [kb, seconds] = err.trim().split('\n').at(-1).split(' ').map(Number)
      done({ code, out, err, kb, seconds })
    })
  })
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

console.log(`load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on this machine (2 cores shared)`)
spawnSync('node', ['bin/fdl.mjs', '--help'], { stdio: 'ignore' }) // builds the CLI bundle if it is stale
const ours = []
const theirs = []
for (let i = 0; i < RUNS; i++) {
  // Interleaved, so a burst of load on the shared machine hits both alike.
  const a = await timed(['node', 'bin/fdl.mjs', 'simulate', join(dir, 'foreach.yaml'), '--input', `@${input}`, '--scenario', join(dir, 'scenario.yaml')])
  if (a.code !== 0 || !/Succeeded/.test(a.out)) throw new Error(`fdl simulate failed (exit ${a.code}): ${(a.out + a.err).slice(-400)}`)
  ours.push(a)
  const b = await timed(['node', peerScript])
  if (b.code !== 0 || !b.out.includes(`"items":${ITEMS}`)) throw new Error(`the peer failed (exit ${b.code}): ${(b.out + b.err).slice(-400)}`)
  theirs.push(b)
}
const s = (xs) => xs.map((r) => `${r.seconds.toFixed(2)} s`).join(', ')
console.log(`  ours: ${ours[0].out.split('\n')[0].replace(/^.*?: /, '')}`)
const ratio = median(ours.map((r) => r.seconds)) / median(theirs.map((r) => r.seconds))
console.log(`fdl simulate, ${ITEMS.toLocaleString('en')}-item foreach of MNS callback tasks: ${s(ours)}; peak RSS ${(Math.max(...ours.map((r) => r.kb)) / 1024).toFixed(0)} MB`)
console.log(`${PEER}, ${ITEMS.toLocaleString('en')}-item Map with a local task handler: ${s(theirs)}; peak RSS ${(Math.max(...theirs.map((r) => r.kb)) / 1024).toFixed(0)} MB`)
console.log(`Ratio fdl / peer, whole process (median of ${RUNS})  ${ratio.toFixed(2)}×  (target ≤ 0.5×: ${ratio <= 0.5 ? 'ok' : 'OVER'})`)
