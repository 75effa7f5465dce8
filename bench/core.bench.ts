// `npm run bench -- core`: how fast the FDL core reads and checks flows of 100, 1,000 and 5,000 steps, and how
// fast the `fdl` command starts. Targets on this machine: 1,000 steps parse + validate <= 50 ms median.
import { spawnSync } from 'node:child_process'
import { cpus, loadavg } from 'node:os'
import { LineCounter, parseDocument, stringify } from 'yaml'
import { parseFdl } from '../src/fdl/parse/parseFdl.ts'
import { validateFlow, checkFdl } from '../src/fdl/validate/validateFlow.ts'
import { readBlockDocument } from '../src/fdl/parse/block/readBlockDocument.ts'
import { readJsonDocument } from '../src/fdl/parse/json/readJsonDocument.ts'
import { lcg } from './random.ts'

type Plain = Record<string, unknown>

// How often each kind of step appears; containers nest two levels deep at most.
const MIX = { fc: 8, mns: 3, pass: 4, wait: 3, choice: 1, parallel: 1, foreach: 1 }
const LEAVES = { fc: 8, mns: 3, pass: 4, wait: 3 }

/**
 * A realistic flow of `total` steps: mostly tasks (FC with mappings and sometimes retry, MNS callbacks), pass
 * and wait steps, with choice, parallel and foreach steps nesting up to three levels deep. Sized like real
 * flows: the shared corpus of official samples averages about 200 bytes per step without comments.
 */
function generateFlow(total: number): string {
  const rand = lcg(total)
  const pick = (weights: Readonly<Record<string, number>>) => {
    let roll = rand(Object.values(weights).reduce((a, b) => a + b, 0))
    return Object.keys(weights).find((k) => (roll -= weights[k]!) < 0)!
  }
  let left = total
  let id = 0
  const sequence = (depth: number): Plain[] => {
    const steps: Plain[] = []
    const wanted = depth === 0 ? Infinity : 2 + rand(3)
    while (left > 0 && steps.length < wanted) {
      left--
      const name = `s${id++}`
      const kind = pick(depth < 2 && left > 8 ? MIX : LEAVES) // a container needs steps left to hold
      if (kind === 'fc') steps.push({ type: 'task', name, resourceArn: `acs:fc:::services/svc/functions/f${rand(9)}`, inputMappings: [{ target: 'key', source: '$input.key' }], ...(rand(3) === 0 ? { outputMappings: [{ target: `r${name}`, source: '$local.result' }] } : {}), ...(rand(4) === 0 ? { retry: [{ errors: ['FC.ResourceThrottled'], intervalSeconds: 2, maxAttempts: 3 }] } : {}) })
      else if (kind === 'mns') steps.push({ type: 'task', name, resourceArn: 'acs:mns:::/queues/jobs/messages', pattern: 'waitForCallback', inputMappings: [{ target: 'task_token', source: '$context.task.token' }], serviceParams: { MessageBody: '$', Priority: 1 } })
      else if (kind === 'pass') steps.push({ type: 'pass', name, outputMappings: [{ target: 'marker', source: name }] })
      else if (kind === 'wait') steps.push({ type: 'wait', name, duration: 1 + rand(60) })
      else if (kind === 'choice') steps.push({ type: 'choice', name, choices: [{ condition: '$.status == "ready"', steps: sequence(depth + 1) }, { condition: '$.status == "failed"', goto: name }], default: { steps: sequence(depth + 1) } })
      else if (kind === 'parallel') steps.push({ type: 'parallel', name, branches: [{ steps: sequence(depth + 1) }, { steps: sequence(depth + 1) }], outputMappings: [{ target: 'results', source: '$local[*].marker' }] })
      else steps.push({ type: 'foreach', name, iterationMapping: { collection: '$.items', item: 'item' }, steps: sequence(depth + 1), outputMappings: [{ target: 'all', source: '$local[*]' }] })
    }
    return steps
  }
  return stringify({ version: 'v1', type: 'flow', steps: sequence(0) })
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

/** Median wall time of `fn`, in ms. */
function time(runs: number, fn: () => unknown): number {
  return measure(runs, fn).wall
}

/**
 * Median wall and CPU time of `fn` (ms) after a warm-up, as in a long-lived designer tab. The machine is shared:
 * when it is busy, wall time grows with the load while CPU time (this process, all threads) stays comparable.
 */
function measure(runs: number, fn: () => unknown): { wall: number; cpu: number } {
  for (let i = 0; i < 3; i++) fn()
  const wall: number[] = []
  const cpu: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    const used = process.cpuUsage()
    fn()
    const d = process.cpuUsage(used)
    wall.push(performance.now() - start)
    cpu.push((d.user + d.system) / 1000)
  }
  return { wall: median(wall), cpu: median(cpu) }
}

const fmt = (ms: number) => `${ms.toFixed(1).padStart(7)} ms`

// What ships (the designer's Vite bundle, the fdl bundle) is yaml's browser build; the Node build this bench
// loads reads process.env once per token, which a plain object makes as cheap as in the browser build.
process.env = { ...process.env }

console.log(`load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} CPUs; medians, wall time (CPU time)`)
console.log('steps    size  bytes/step  yaml alone     parse   validate  parse+validate   (CPU)    ratio to yaml (CPU)  diagnostics')
let target = true
let ratio = Number.NaN
for (const steps of [100, 1000, 5000]) {
  const text = generateFlow(steps)
  const runs = steps >= 5000 ? 9 : 31
  const parsed = parseFdl(text)
  // The reference (issue 14): the yaml library's own parse of the same text, measured in the same run.
  const yamlRun = measure(runs, () => parseDocument(text, { lineCounter: new LineCounter(), version: '1.2', uniqueKeys: true, prettyErrors: false }))
  const yaml = yamlRun.wall
  const parse = time(runs, () => parseFdl(text))
  const validate = time(runs, () => validateFlow(parsed))
  const both = measure(runs, () => checkFdl(text))
  const found = checkFdl(text).diagnostics
  const r = `${(both.wall / yaml).toFixed(2)}× (${(both.cpu / yamlRun.cpu).toFixed(2)}×)`
  if (steps === 1000) {
    target = both.wall <= 50
    ratio = both.wall / yaml
  }
  console.log(`${String(steps).padStart(5)} ${`${(text.length / 1024).toFixed(0)} KB`.padStart(7)} ${String(Math.round(text.length / steps)).padStart(11)} ${fmt(yaml)} ${fmt(parse)} ${fmt(validate)} ${fmt(both.wall)} (${fmt(both.cpu)})  ${r.padStart(19)}  ${found.length} (${[...new Set(found.map((d) => d.code))].join(', ') || 'none'})`)
}
console.log(`target: 1,000 steps parse + validate <= 50 ms median: ${target ? 'met' : 'NOT met'}`)
console.log(`target: 1,000 steps parse + validate <= 0.3x the yaml library's parse of the same text: ${ratio.toFixed(2)}x, ${ratio <= 0.3 ? 'met' : 'NOT met'}`)

// The texts above are plain block YAML, which the block reader reads; JSON has a reader of its own; anything else
// (an anchor, a block scalar, a multi-line flow collection in YAML) goes through the yaml library. The same
// 1,000 steps each way:
const block = generateFlow(1000)
const json = JSON.stringify(parseDocument(block).toJS(), null, 2)
const tagged = block.replace('resourceArn: acs:fc:::services/svc/functions/', 'resourceArn: !Ref svc/')
const anchored = block.replace('resourceArn: acs:fc:::services/svc/functions/', 'resourceArn: &arn acs:fc:::services/svc/functions/')
console.log('\n1,000 steps, by reader                 parse+validate   (CPU)')
for (const [label, text] of [['block YAML', block], ['with one !Ref tag', tagged], ['with one &anchor', anchored], ['as JSON', json]] as const) {
  const reader = readBlockDocument(text) ? 'block reader' : readJsonDocument(text) ? 'JSON reader' : 'yaml library'
  const both = measure(31, () => checkFdl(text))
  console.log(`  ${label.padEnd(36)} ${fmt(both.wall)} (${fmt(both.cpu)})  read by the ${reader}`)
}

/** Median wall time of a command over `runs` spawns, in ms. */
function startup(args: string[], runs: number): number {
  spawnSync('node', args) // first run builds the CLI bundle if the sources changed
  return median(Array.from({ length: runs }, () => {
    const start = performance.now()
    spawnSync('node', args, { stdio: 'ignore', env: process.env })
    return performance.now() - start
  }))
}

const bare = startup(['-e', '0'], 10)
const cli = startup(['bin/fdl.mjs', 'schema'], 10)
console.log(`\nfdl start-up (node bin/fdl.mjs schema, median of 10): ${fmt(cli)}   (bare \`node -e 0\`: ${fmt(bare)}, so fdl adds ${fmt(cli - bare)})`)
