import { msg, type Message } from '../../i18n/Message.ts'
import { scenarioWarningTexts } from '../../sim/scenario/scenarioWarnings.ts'
import type { Flow } from '../../fdl/model/Flow.ts'
import { parseFdl } from '../../fdl/parse/parseFdl.ts'
import { createSimulation } from '../../sim/engine/runLoop.ts'
import type { Simulation } from '../../sim/engine/Simulation.ts'
import { readScenario } from '../../sim/scenario/readScenario.ts'
import { createDeltaTracker, type DeltaTracker } from './createDeltaTracker.ts'
import { manualCall, needsPerson } from './manualCall.ts'
import type { AdvanceTarget, HostCommand, HostEvent } from './SimHost.ts'

/** Where the host posts its events, and how it yields between slices of a long run (a macrotask in a worker). */
export interface EngineHostDeps {
  readonly post: (event: HostEvent) => void
  readonly defer: (run: () => void) => void
  /** Work items per slice before the host posts what it has and yields (keeps posts small, `stop` prompt). */
  readonly sliceWork?: number
}

/** The engine side of the simulation view: runs commands against one live simulation. */
export interface EngineHost {
  handle(command: HostCommand): void
}

interface Live {
  readonly session: number
  readonly sim: Simulation
  readonly tracker: DeltaTracker
  readonly manual: boolean
  /** Manual long polls not answered yet. */
  readonly polls: { readonly id: number; readonly queue: string }[]
  /** Bumped by every command, so a slice still queued for an older `idle` run stops. */
  epoch: number
  /** Deltas posted, and the last one the view said it has shown. */
  sent: number
  acked: number
  /** An `idle` run waiting for the view to catch up before its next slice. */
  waiting: (() => void) | null
}

/** Deltas the view may have unseen before a long run waits for it: bounds the work per frame on the page. */
const IN_FLIGHT = 2

/**
 * Creates the host: parses the flow and scenario, creates the simulation, and advances it as asked,
 * posting trace deltas. `idle` runs in slices until the run ends or (manual worker) a person must act;
 * manual calls answer with what the service would say.
 */
export function createEngineHost({ post, defer, sliceWork = 2_500 }: EngineHostDeps): EngineHost {
  let live: Live | null = null

  const done = (l: Live) => l.sim.status !== 'Running' && l.sim.nextEventTime() === null
  const flush = (l: Live, blocked = false) => {
    for (let i = l.polls.length - 1; i >= 0; i--) {
      const poll = l.polls[i]!
      const answer = l.sim.poll(poll.id)
      if (answer.status === 'waiting') continue
      l.polls.splice(i, 1)
      post({ kind: 'answer', session: l.session, answer: manualCall.fromPoll(answer, l.sim.now, poll.queue) })
    }
    post({ kind: 'delta', session: l.session, seq: ++l.sent, delta: l.tracker.collect(l.sim, done(l), blocked) })
  }

  /** Runs instant by instant until the run is over or a manual worker has something to do. */
  const runIdle = (l: Live, epoch: number) => {
    if (live !== l || l.epoch !== epoch) return
    const sim = l.sim
    let budget = sliceWork
    while (budget > 0) {
      const next = sim.nextEventTime()
      if (next === null) return flush(l)
      if (next > sim.now && needsPerson(sim, l.manual)) return flush(l, true)
      const before = sim.state.actions.length + eventCount(sim)
      sim.runUntil(next)
      budget -= Math.max(1, sim.state.actions.length + eventCount(sim) - before)
    }
    flush(l)
    const next = () => defer(() => runIdle(l, epoch))
    if (l.sent - l.acked < IN_FLIGHT) next()
    else l.waiting = next
  }

  const advance = (l: Live, target: AdvanceTarget) => {
    l.epoch++
    l.waiting = null
    if (target.kind === 'idle') return runIdle(l, l.epoch)
    const next = l.sim.nextEventTime()
    if (target.kind === 'next') {
      if (next !== null) l.sim.runUntil(next)
    } else l.sim.runUntil(target.time)
    flush(l, needsPerson(l.sim, l.manual))
  }

  const start = (session: number, text: string, scenarioData: unknown, manual: boolean, flows: Readonly<Record<string, string>>) => {
    const parsed = parseFdl(text)
    // A diagnostic's own message when the core gives one.
    const errors = parsed.diagnostics.filter((d) => d.severity === 'error').map((d) => msg('Line {line}: {message}', { line: d.range.line, message: d.text ?? d.message }))
    const scenario = readScenario(scenarioData)
    const problems: Message[] = [...errors, ...scenario.texts.map((problem) => msg('Scenario: {problem}', { problem }))]
    const childFlows: Record<string, Flow> = Object.create(null) as Record<string, Flow>
    for (const [name, childText] of Object.entries(flows)) {
      const child = parseFdl(childText)
      const childErrors = child.diagnostics.filter((d) => d.severity === 'error')
      for (const d of childErrors) problems.push(msg('Child flow {name}, line {line}: {message}', { name, line: d.range.line, message: d.text ?? d.message }))
      if (!child.flow) problems.push(msg('Child flow {name}: the file is not a flow.', { name }))
      else if (childErrors.length === 0) childFlows[name] = child.flow
    }
    if (!parsed.flow) problems.unshift(msg('The document is not a flow.'))
    if (problems.length > 0 || !parsed.flow) return post({ kind: 'refused', session, problems })
    const worker = { ...scenario.scenario.worker, manual }
    const sim = createSimulation({ flow: parsed.flow, scenario: { ...scenario.scenario, worker }, childFlows })
    live = { session, sim, tracker: createDeltaTracker(), manual, polls: [], epoch: 0, sent: 0, acked: 0, waiting: null }
    const warnings = scenarioWarningTexts(parsed.flow, scenario.scenario, Object.values(childFlows)).map((problem) => msg('Scenario: {problem}', { problem }))
    post({ kind: 'started', session, startTime: sim.state.executions[0]!.startTime, warnings })
    flush(live)
  }

  return {
    handle(command) {
      if (command.kind === 'start') return start(command.session, command.text, command.scenario, command.manual, command.flows ?? {})
      const l = live
      if (!l || l.session !== command.session) return
      switch (command.kind) {
        case 'stop':
          live = null
          return
        case 'ack': {
          l.acked = Math.max(l.acked, command.seq)
          const resume = l.waiting
          l.waiting = null
          return resume?.()
        }
        case 'advance':
          return advance(l, command.target)
        case 'manual': {
          l.epoch++
          l.waiting = null
          const answer = manualCall.perform(l.sim, command.call, l.polls)
          if (answer) post({ kind: 'answer', session: l.session, answer })
          return flush(l, needsPerson(l.sim, l.manual))
        }
      }
    },
  }
}

function eventCount(sim: Simulation): number {
  let n = 0
  for (const e of sim.state.executions) n += e.events.length
  return n
}
