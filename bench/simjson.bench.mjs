// `npm run bench -- simjson`: `fdl simulate --json` on the 10,000-item foreach of MNS callback tasks with the
// service limits lifted (`maxEvents`, `stepDataLimitBytes`). Every iteration's history carries the whole input, so
// the result is gigabytes of JSON: more than one JavaScript string can hold. The figure is that it completes,
// streaming, with memory bounded (peak RSS of the whole process, read by GNU time), next to a bare `node -e 0`.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'

const dir = mkdtempSync(join(tmpdir(), 'fdl-simjson-'))
const flow = readFileSync('bench/flows/foreach-mns-callback.yaml', 'utf8')
writeFileSync(join(dir, 'foreach.yaml'), flow)
writeFileSync(join(dir, 'input.json'), JSON.stringify({ items: Array.from({ length: 10_000 }, (_, i) => ({ id: i })) }))
writeFileSync(join(dir, 'scenario.yaml'), 'options:\n  maxEvents: 1000000\n  stepDataLimitBytes: 1048576\n  eventDataLimitBytes: 0\n')

if (!existsSync('/usr/bin/time')) {
  console.log('GNU time (/usr/bin/time) is missing: apt-get install -y time, then run again')
  process.exit(1)
}

/** Runs a command under GNU time; stdout is counted as it arrives (never kept). */
function timed(args) {
  return new Promise((resolve) => {
    const child = spawn('/usr/bin/time', ['-f', '%M %e', ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
    let bytes = 0
    let tail = ''
    let err = ''
    child.stdout.on('data', (b) => {
      bytes += b.length
      tail = (tail + b.toString('utf8')).slice(-16)
    })
    child.stderr.on('data', (b) => (err += b))
    child.on('close', (code) => {
      const [kb, seconds] = err.trim().split('\n').at(-1).split(' ').map(Number)
      resolve({ code, bytes, tail, kb, seconds, err })
    })
  })
}

console.log(`load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on this machine (2 cores shared)`)
spawnSync('node', ['bin/fdl.mjs', '--help'], { stdio: 'ignore' }) // builds the CLI bundle if it is stale
const bare = await timed(['node', '-e', '0'])
const run = await timed(['node', 'bin/fdl.mjs', 'simulate', join(dir, 'foreach.yaml'), '--input', `@${join(dir, 'input.json')}`, '--scenario', join(dir, 'scenario.yaml'), '--json'])
const complete = run.code === 0 && run.tail.endsWith('}\n')
console.log(`fdl simulate --json, 10,000-item foreach, limits lifted: exit ${run.code}, ${(run.bytes / 1e9).toFixed(2)} GB of JSON, ${complete ? 'complete' : 'NOT complete'}`)
console.log(`  wall ${run.seconds.toFixed(1)} s, peak RSS ${(run.kb / 1024).toFixed(0)} MB (bare node -e 0: ${(bare.kb / 1024).toFixed(0)} MB)`)
if (!complete) {
  console.log(run.err.slice(-500))
  process.exit(1)
}
