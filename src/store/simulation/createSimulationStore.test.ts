import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { formatMessage } from '../../i18n/Message.ts'
import { ZH } from '../../i18n/zh/index.ts'
import { createDesignerStore } from '../createDesignerStore.ts'
import { createLocalHost } from './createLocalHost.ts'
import { createSimulationStore } from './createSimulationStore.ts'
import type { FrameClock } from './SimHost.ts'
import { queueAt, statusAt } from './traceAt.ts'

const example = (name: string) => readFileSync(new URL(`../../../public/examples/${name}.yaml`, import.meta.url), 'utf8')

/** A frame clock the test moves by hand: `advance(ms)` runs the frames requested so far. */
function manualFrames() {
  let now = 0
  let pending: (() => void)[] = []
  const frames: FrameClock = {
    now: () => now,
    request: (run) => pending.push(run),
    cancel: () => undefined,
  }
  const advance = (ms: number) => {
    now += ms
    const run = pending
    pending = []
    run.forEach((r) => r())
  }
  return { frames, advance }
}

function setup(text: string) {
  const designer = createDesignerStore({ initialText: text })
  const { frames, advance } = manualFrames()
  const sim = createSimulationStore({ designer, createHost: createLocalHost, frames })
  return { sim, advance, designer, state: () => sim.getState() }
}

describe('simulation store', () => {
  it('runs mns-callback at instant speed to Succeeded with the message deleted', () => {
    const { state, advance } = setup(example('mns-callback'))
    state().setSpeed('instant')
    state().run()
    advance(16)
    const s = state()
    expect(statusAt(s.trace, s.t)).toBe('Succeeded')
    const queue = queueAt(s.trace, s.t)
    expect(queue).toHaveLength(1)
    expect(queue[0]!.state).toBe('deleted')
    expect(JSON.parse(queue[0]!.message.body)).toEqual({ task_token: expect.any(String), key: 'value' })
    const types = s.trace!.executions[0]!.events.filter((e) => e.stepName === 'Task_1').map((e) => e.type)
    expect(types.filter((t) => t.startsWith('Task'))).toEqual(['TaskScheduled', 'TaskStarted', 'TaskSubmitted', 'TaskSucceeded'])
  })

  it('runs a scenario with outcomes it cannot apply, and says which', () => {
    const { state, advance } = setup(example('mns-callback'))
    state().setScenario({ tasks: { Nobody: [{ succeed: {} }] } })
    state().setSpeed('instant')
    state().run()
    advance(16)
    expect(statusAt(state().trace, state().t)).toBe('Succeeded')
    expect(state().runWarnings).toEqual(['Scenario: tasks.Nobody: the flow has no task step named Nobody; these outcomes are not used.'])
    expect(state().runWarningText.map((m) => formatMessage(m, ZH))).toEqual(['场景：tasks.Nobody：流程中没有名为 Nobody 的任务步骤；这些结果不会被使用。'])
    // A scenario the engine applies in full gives none
    state().setScenario({ tasks: { Task_1: [{ succeed: { ok: true } }] } })
    state().run()
    advance(16)
    expect(state().runWarnings).toEqual([])
  })

  it('plays at ×1: after half a second of real time the task still waits and the status is Running', () => {
    const { state, advance } = setup(example('mns-callback'))
    state().run()
    advance(500)
    const s = state()
    expect(s.t - s.trace!.startTime).toBe(500)
    expect(statusAt(s.trace, s.t)).toBe('Running')
    expect(queueAt(s.trace, s.t)[0]!.state).toBe('inactive')
    advance(600)
    expect(statusAt(state().trace, state().t)).toBe('Succeeded')
    expect(state().playing).toBe(false)
  })

  it('lets a person play the worker: one message at a time, a second report is TaskAlreadyCompleted', () => {
    const { state, advance } = setup(example('mns-three-tasks'))
    state().setSpeed('instant')
    state().setManual(true)
    state().run()
    advance(16)
    for (let i = 1; i <= 3; i++) {
      expect(queueAt(state().trace, state().t)).toHaveLength(i)
      state().callManual({ kind: 'ReceiveMessage', queue: 'fnf-demo' })
      const held = state().held.at(-1)!
      const token = (JSON.parse(held.body) as { task_token: string }).task_token
      state().callManual({ kind: 'ReportTaskSucceeded', token, output: `{"n": ${i}}` })
      expect(state().answers.at(-1)!.code).toBe('OK')
      state().callManual({ kind: 'DeleteMessage', queue: 'fnf-demo', receiptHandle: held.receiptHandle })
      expect(state().answers.at(-1)!.code).toBe('OK')
      advance(16)
      if (i === 1) {
        state().callManual({ kind: 'ReportTaskSucceeded', token, output: '{}' })
        expect(state().answers.at(-1)!.code).toBe('TaskAlreadyCompleted')
      }
    }
    expect(statusAt(state().trace, state().t)).toBe('Succeeded')
  })

  it('resumes a paused run, but starts again when the flow was edited meanwhile', () => {
    const { state, advance, designer } = setup(example('mns-callback'))
    state().run()
    advance(400)
    state().pause()
    const first = state().trace
    state().run()
    expect(state().trace).toBe(first)
    state().pause()
    designer.getState().dispatch({ origin: 'load', text: example('mns-three-tasks') })
    state().run()
    advance(16)
    expect(state().trace).not.toBe(first)
    expect(state().t - state().trace!.startTime).toBe(16)
    expect(state().trace!.executions[0]!.events.some((e) => e.stepName === 'Task_3')).toBe(true)
  })

  it('shares the input with the inspector: a value set there is kept as is, retyping the same meaning keeps it', () => {
    const { state } = setup(example('mns-callback'))
    const value = { a: 1 }
    state().setInputValue(value)
    expect(state().inputText).toBe('{\n  "a": 1\n}')
    state().setInputText('{"a":1}')
    expect(state().inputValue).toBe(value)
    state().setInputText('{"a": 2}')
    expect(state().inputValue).toEqual({ a: 2 })
    state().setInputText('{"a": ')
    expect(state().inputValue).toEqual({ a: 2 })
  })

  it('with a manual worker at ×1, virtual time follows real time and the report lands when it is made', () => {
    const { state, advance } = setup(example('mns-callback'))
    state().setManual(true)
    state().run()
    advance(16)
    advance(2000)
    advance(16)
    const start = state().trace!.startTime
    expect(state().t - start).toBeGreaterThanOrEqual(2000)
    state().callManual({ kind: 'ReceiveMessage', queue: 'fnf-demo' })
    const held = state().held.at(-1)!
    expect(held.time - start).toBeGreaterThanOrEqual(2000)
    const token = (JSON.parse(held.body) as { task_token: string }).task_token
    state().callManual({ kind: 'ReportTaskSucceeded', token, output: '{}' })
    advance(16)
    const events = state().trace!.executions[0]!
    const at = events.eventTimes[events.events.findIndex((e) => e.type === 'TaskSucceeded')]! - start
    expect(at).toBeGreaterThanOrEqual(2000)
    expect(statusAt(state().trace, state().t)).toBe('Succeeded')
  })

  it('refuses to run with an input that is not a JSON object, keeping the text', () => {
    const { state } = setup(example('mns-callback'))
    state().setInputText('[1, 2')
    state().run()
    expect(state().phase).toBe('refused')
    expect(state().inputText).toBe('[1, 2')
  })
})

describe('child flows', () => {
  const parent = [
    'version: v1', 'type: flow', 'steps:',
    '  - type: task', '    name: callAudit', '    resourceArn: acs:fnf:::flow/audit', '    pattern: sync',
    '    outputMappings:', '      - target: verdict', '        source: $local.verdict', '',
  ].join('\n')
  const audit = 'version: v1\ntype: flow\nsteps:\n  - type: pass\n    name: judge\n    outputMappings:\n      - target: verdict\n        source: fine\n'

  it('runs a loaded child flow as its own execution and names its file in the scenario', () => {
    const { sim, state, advance } = setup(parent)
    state().setChildFlow('audit', { fileName: 'audit.flow.yaml', text: audit })
    expect(state().scenarioFile().flows).toEqual({ audit: 'audit.flow.yaml' })
    state().setSpeed('instant')
    state().run()
    advance(16)
    const s = state()
    expect(statusAt(s.trace, s.t)).toBe('Succeeded')
    expect(s.trace!.executions.map((e) => e.flowName)).toEqual([expect.any(String), 'audit'])
    expect(s.trace!.executions[0]!.output).toEqual({ verdict: 'fine' })
    void sim
  })

  it('without the child loaded, the call runs as a task; a broken child refuses the run with its line', () => {
    const { state, advance } = setup(parent)
    state().setSpeed('instant')
    state().run()
    advance(16)
    expect(state().trace!.executions).toHaveLength(1)
    state().setChildFlow('audit', { fileName: 'audit.yaml', text: 'version: v1\ntype: flow\nsteps:\n  - type: pass\n    name: [a\n' })
    state().run()
    advance(16)
    expect(state().phase).toBe('refused')
    expect(state().refusal.join('\n')).toMatch(/^Child flow audit, line \d+: YAML syntax error/m)
    state().setChildFlow('audit', null)
    expect(state().scenario.flows).toBeUndefined()
  })

  it('a loaded child flow nothing calls any more does not block runs, and opening a scenario keeps naming loaded files', () => {
    const { state, advance, designer } = setup(parent)
    state().setChildFlow('audit', { fileName: 'audit.yaml', text: 'version: v1\ntype: flow\nsteps:\n  - type: pass\n    name: [a\n' })
    designer.getState().dispatch({ origin: 'code', text: parent.replace('flow/audit', 'flow/audit2') })
    state().setSpeed('instant')
    state().run()
    advance(16)
    expect(state().phase).toBe('active')
    expect(statusAt(state().trace, state().t)).toBe('Succeeded')
    state().loadScenarioFile({ input: {}, flows: { other: 'other.yaml' } })
    expect(state().scenario.flows).toEqual({ other: 'other.yaml', audit: 'audit.yaml' })
  })
})
