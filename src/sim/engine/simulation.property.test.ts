import fc from 'fast-check'
import { stringify } from 'yaml'
import { describe, expect, it } from 'vitest'
import { parseFdl } from '../../fdl/parse/parseFdl.ts'
import { readScenario } from '../scenario/readScenario.ts'
import { createSimulation } from './runLoop.ts'

type Obj = Record<string, unknown>

/** Random steps lists: every type, nested up to `depth`, gotos only to siblings (valid by construction). */
function stepsArb(depth: number, prefix: string): fc.Arbitrary<Obj[]> {
  const leaf = fc.oneof(
    fc.record({ type: fc.constant('pass'), outputMappings: fc.option(fc.constant([{ target: 'n', source: '$input.n' }, { target: 'k', source: 'c' }]), { nil: undefined }) }),
    fc.record({ type: fc.constant('wait'), duration: fc.oneof(fc.integer({ min: 0, max: 20 }), fc.constant('$.n')) }),
    fc.record({ type: fc.constant('fail'), error: fc.constantFrom('E1', 'E2'), cause: fc.constant('c') }),
    fc.record({ type: fc.constant('succeed') }),
    taskArb(),
  )
  const nested = depth <= 0 ? leaf : fc.oneof(
    { weight: 3, arbitrary: leaf },
    { weight: 1, arbitrary: stepsArb(depth - 1, `${prefix}p`).chain((a) => stepsArb(depth - 1, `${prefix}q`).map((b) => ({ type: 'parallel', branches: [{ steps: a }, { steps: b }], outputMappings: [{ target: 'r', source: '$local[*].n' }] }))) },
    { weight: 1, arbitrary: stepsArb(depth - 1, `${prefix}f`).map((body) => ({ type: 'foreach', iterationMapping: { collection: '$.items', item: 'it', index: 'i' }, steps: body })) },
    { weight: 1, arbitrary: stepsArb(depth - 1, `${prefix}c`).map((body) => ({ type: 'choice', choices: [{ condition: '$.status == "ready" || $.n > 3', steps: body }], default: { steps: [] } })) },
  )
  return fc.array(nested, { minLength: 1, maxLength: 4 }).chain((steps) =>
    fc.tuple(...steps.map(() => fc.tuple(fc.boolean(), fc.nat(steps.length - 1), fc.boolean()))).map((extras) =>
      steps.map((s, i) => {
        const step: Obj = { ...s, name: `${prefix}${i}` }
        const [useGoto, target, end] = extras[i]!
        const sibling = `${prefix}${target}`
        if (step.type === 'choice' && useGoto) (step.choices as Obj[])[0]!.goto = sibling
        if (step.type === 'task' && useGoto) step.catch = [{ errors: ['FnF.ALL'], goto: sibling }]
        if (end && !['succeed', 'fail'].includes(String(step.type))) step.end = true
        return step
      }),
    ),
  )
}

function taskArb(): fc.Arbitrary<Obj> {
  const target = fc.constantFrom(
    { resourceArn: 'acs:fc:::services/s/functions/f' },
    { resourceArn: 'acs:mns:::/queues/q/messages', serviceParams: { MessageBody: '$', Priority: 3 } },
    { resourceArn: 'acs:mns:::/queues/q2/messages', serviceParams: { MessageBody: '$', DelaySeconds: 5 } },
    { resourceArn: 'acs:mns:::/topics/t/messages', serviceParams: { MessageBody: '$' } },
    { resourceArn: 'acs:fnf:::flow/child', serviceParams: { Input: '$' } },
    { action: 'ocr:Recognize' },
  )
  return fc.record({
    type: fc.constant('task'),
    target,
    pattern: fc.constantFrom('requestResponse', 'waitForCallback', 'sync'),
    timeoutSeconds: fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }),
    retry: fc.option(fc.constant([{ errors: ['E1', 'FnF.TaskTimeout'], intervalSeconds: 1, maxAttempts: 2 }]), { nil: undefined }),
  }).map(({ target, ...t }) => {
    const out: Obj = { ...t, ...target, inputMappings: [{ target: 'token', source: '$context.task.token' }, { target: 'n', source: '$input.n' }] }
    for (const k of Object.keys(out)) if (out[k] === undefined) delete out[k]
    return out
  })
}

const outcome = fc.oneof(
  fc.record({ succeed: fc.constantFrom({}, { n: 5 }, { status: 'ready' }, [1]), after: fc.integer({ min: 0, max: 40 }) }),
  fc.record({ fail: fc.record({ error: fc.constantFrom('E1', 'E2'), cause: fc.constant('x') }), after: fc.integer({ min: 0, max: 5 }) }),
  fc.record({ timeout: fc.constant(true) }),
)

const scenarioArb = fc.record({
  tasks: fc.dictionary(fc.constantFrom('s0', 's1', 's2', 's3', 's4', 's5', 's6', 's7', 's8', 's9'), fc.array(outcome, { minLength: 1, maxLength: 3 })),
  worker: fc.record({ reportTwice: fc.boolean(), crashBeforeDelete: fc.boolean(), visibilityTimeout: fc.integer({ min: 1, max: 60 }), concurrency: fc.integer({ min: 1, max: 3 }) }),
  options: fc.record({
    succeedScope: fc.constantFrom('sequence', 'execution'),
    cancelOnFailure: fc.boolean(),
    retryCounting: fc.constantFrom('retries', 'attempts'),
    foreachConcurrency: fc.integer({ min: 1, max: 3 }),
    priorityJitter: fc.constantFrom(0, 0.5),
    maxEvents: fc.constantFrom(5000, 300),
  }),
  seed: fc.integer(),
})

/** Step names must be unique flow-wide: renames every step `sN` in document order, keeping gotos on their siblings. */
function uniqueNames(steps: readonly Obj[], counter: { n: number }): Obj[] {
  const renamed = new Map<string, string>()
  const out = steps.map((s) => {
    const name = `s${counter.n++}`
    renamed.set(String(s.name), name)
    const step: Obj = { ...s, name }
    if (Array.isArray(s.branches)) step.branches = (s.branches as Obj[]).map((b) => ({ steps: uniqueNames(b.steps as Obj[], counter) }))
    if (Array.isArray(s.steps)) step.steps = uniqueNames(s.steps as Obj[], counter)
    if (Array.isArray(s.choices)) step.choices = (s.choices as Obj[]).map((c) => ({ ...c, steps: uniqueNames(c.steps as Obj[], counter) }))
    return step
  })
  for (const step of out) {
    const fix = (g: unknown) => renamed.get(String(g)) ?? g
    if (Array.isArray(step.choices)) step.choices = (step.choices as Obj[]).map((c) => (c.goto === undefined ? c : { ...c, goto: fix(c.goto) }))
    if (Array.isArray(step.catch)) step.catch = (step.catch as Obj[]).map((c) => ({ ...c, goto: fix(c.goto) }))
  }
  return out
}

const input = fc.record({ n: fc.integer({ min: -2, max: 6 }), status: fc.constantFrom('ready', 'failed'), items: fc.array(fc.nat(9), { maxLength: 4 }) })
const child = 'version: v1\ntype: flow\nsteps:\n  - {type: wait, name: cw, duration: 3}\n  - {type: pass, name: cp, outputMappings: [{target: fromChild, source: 1}]}\n'

describe('any valid flow with any scenario (fast-check)', () => {
  it('terminates within the event limit, never throws, and runs identically twice', () => {
    fc.assert(
      fc.property(stepsArb(2, 's'), scenarioArb, input, (steps, scenarioData, inputData) => {
        const text = stringify({ version: 'v1', type: 'flow', steps: uniqueNames(steps, { n: 0 }) }, { aliasDuplicateObjects: false })
        const parsed = parseFdl(text)
        expect(parsed.diagnostics.filter((d) => d.severity === 'error')).toEqual([])
        const { scenario, errors } = readScenario(scenarioData)
        expect(errors).toEqual([])
        const once = () => {
          const sim = createSimulation({ flow: parsed.flow!, scenario, input: inputData, childFlows: { child: parseFdl(child).flow! } })
          expect(sim.run(2_000_000)).toBe(true)
          const trace = sim.trace()
          for (const exec of trace.executions) {
            expect(exec.status).not.toBe('Running')
            expect(exec.events.length).toBeLessThanOrEqual(scenario.options.maxEvents ?? 5000)
            exec.events.forEach((e, i) => {
              expect(e.eventId).toBe(i + 1)
              if (i > 0) expect(exec.eventTimes[i]!).toBeGreaterThanOrEqual(exec.eventTimes[i - 1]!)
            })
            expect(exec.events.at(-1)!.type).toMatch(/^Execution(Succeeded|Failed|TimedOut)$/)
          }
          return JSON.stringify({ e: trace.executions, m: trace.messages, a: trace.actions })
        }
        expect(once()).toBe(once())
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 150), seed: Number(process.env.FC_SEED ?? 20260101) },
    )
  }, 300_000)
})
