// `npm run bench -- sim`: how fast the simulator runs big flows. Targets (issue 3): a 10,000-item foreach whose body
// is an MNS waitForCallback task in <= 1 s, i.e. >= 100,000 history events per second; and a 1,000-step sequence.
import { readFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { performance } from 'node:perf_hooks'
import { parseFdl } from '../src/fdl/parse/parseFdl.ts'
import { createSimulation } from '../src/sim/engine/runLoop.ts'
import type { SimOptions } from '../src/sim/SimOptions.ts'
import { readScenario } from '../src/sim/scenario/readScenario.ts'

// The service's 5,000-event and 32 KiB limits would stop these flows at once; the bench measures the engine.
const unlimited: Partial<SimOptions> = { maxEvents: 10_000_000, stepDataLimitBytes: 0, eventDataLimitBytes: 0 }

// The shared foreach, collecting each iteration's answer as the flows of the conformance cases do.
const foreachFlow = parseFdl(`${readFileSync('bench/flows/foreach-mns-callback.yaml', 'utf8')}    outputMappings:
      - target: done
        source: $local[*].ok
`).flow!

function sequenceFlow(n: number, task: boolean): string {
  const step = (i: number) => task
    ? `  - type: task\n    name: s${i}\n    resourceArn: acs:fc:::services/s/functions/f\n    outputMappings:\n      - target: last\n        source: ${i}\n`
    : `  - type: pass\n    name: s${i}\n    outputMappings:\n      - target: last\n        source: ${i}\n`
  return `version: v1\ntype: flow\nsteps:\n${Array.from({ length: n }, (_, i) => step(i)).join('')}`
}

function measure(label: string, make: () => ReturnType<typeof createSimulation>, runs = 5): void {
  const times: number[] = []
  const cpu: number[] = []
  let events = 0
  let actions = 0
  let status = ''
  let virtual = 0
  let first = 0
  for (let i = 0; i < runs; i++) {
    ;(globalThis as { gc?: () => void }).gc?.()
    const c0 = process.cpuUsage()
    const t0 = performance.now()
    const sim = make()
    sim.run()
    times.push(performance.now() - t0)
    if (i === 0) first = times[0]!
    const c = process.cpuUsage(c0)
    cpu.push((c.user + c.system) / 1000)
    const trace = sim.trace()
    events = trace.executions.reduce((n, e) => n + e.events.length, 0)
    actions = trace.actions.length
    status = sim.status
    virtual = (sim.now - trace.startTime) / 1000
  }
  times.sort((a, b) => a - b)
  cpu.sort((a, b) => a - b)
  const median = times[Math.floor(times.length / 2)]!
  const medianCpu = cpu[Math.floor(cpu.length / 2)]!
  const rate = (ms: number) => Math.round(events / (ms / 1000)).toLocaleString('en')
  console.log(`${label}: ${status}, ${events.toLocaleString('en')} history events + ${actions.toLocaleString('en')} queue/worker calls, ${virtual.toLocaleString('en')} s virtual`)
  console.log(`  wall: median ${median.toFixed(0)} ms, best ${times[0]!.toFixed(0)} ms, first ${first.toFixed(0)} ms -> ${rate(median)} events/s (median), ${rate(times[0]!)} events/s (best)`)
  console.log(`  cpu:  median ${medianCpu.toFixed(0)} ms (includes GC threads) over ${runs} runs`)
}

console.log(`load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on this machine (2 cores shared): wall times rise with it`)
const items = Array.from({ length: 10_000 }, (_, i) => i)
measure('foreach of 10,000 items, body an MNS waitForCallback task, 1 worker', () => createSimulation({ flow: foreachFlow, input: { items }, options: unlimited }))
const hundredWorkers = readScenario({ worker: { concurrency: 100 } }).scenario
measure('same, 100 worker slots', () => createSimulation({ flow: foreachFlow, input: { items }, options: unlimited, scenario: hundredWorkers }))
const passes = parseFdl(sequenceFlow(1000, false)).flow!
measure('sequence of 1,000 pass steps', () => createSimulation({ flow: passes, options: unlimited }), 9)
const tasks = parseFdl(sequenceFlow(1000, true)).flow!
measure('sequence of 1,000 FC tasks', () => createSimulation({ flow: tasks, options: unlimited }), 9)
