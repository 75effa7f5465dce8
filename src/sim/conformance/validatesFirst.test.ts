import { describe, expect, it } from 'vitest'
import { checkFdl } from '../../fdl/validate/validateFlow.ts'
import { createSimulation } from '../engine/runLoop.ts'
import { readScenario } from '../scenario/readScenario.ts'

/** One step that reads a broken expression, after a pass that gives it input to read. */
const CASES: Record<string, string> = {
  'an input mapping source': `  - type: pass
    name: reads
    inputMappings:
      - target: a
        source: $input.a[
`,
  'an output mapping source': `  - type: pass
    name: reads
    outputMappings:
      - target: a
        source: $local..a
`,
  'a $.x mapping source': `  - type: pass
    name: reads
    inputMappings:
      - target: a
        source: $.a[?(@.x)]
`,
  'a choice condition (syntax)': `  - type: choice
    name: reads
    choices:
      - condition: $.a ==
        goto: reads
`,
  'a choice condition (path)': `  - type: choice
    name: reads
    choices:
      - condition: $.a[0 == 1
        goto: reads
    default:
      goto: reads
`,
  'a wait duration path': `  - type: wait
    name: reads
    duration: $.seconds[
`,
  'a wait timestamp path': `  - type: wait
    name: reads
    timestamp: $.until..x
`,
  'a foreach collection': `  - type: foreach
    name: reads
    iterationMapping:
      collection: $.items[x]
      item: it
    steps:
      - type: pass
        name: inner
    outputMappings:
      - target: r
        source: $local
`,
  'a serviceParams value': `  - type: task
    name: reads
    resourceArn: acs:mns:::/queues/q/messages
    serviceParams:
      MessageBody: $.body[
`,
}

// REFERENCE §4 and §3.4 with issue 15 item 5: what would fail at run time is a validation problem first, in the
// same words, whether or not a run gets there.
describe('what the simulator cannot evaluate, the validator reports first, in the same words', () => {
  it.each(Object.entries(CASES))('%s', (_what, step) => {
    const text = `version: v1\ntype: flow\nsteps:\n${step}`
    const errors = checkFdl(text).diagnostics.filter((d) => d.severity === 'error')
    expect(errors.map((d) => d.code)).toHaveLength(1)
    expect(['path-invalid', 'condition-invalid']).toContain(errors[0]!.code)
    // The run reaches it: the step fails with the very message.
    const sim = createSimulation({ flow: checkFdl(text).flow!, scenario: readScenario({ input: { a: [1], items: [1], seconds: 1, until: 'x', body: 'b' } }).scenario })
    sim.run()
    const r = sim.result()
    expect(r.status).toBe('Failed')
    expect(r.cause).toContain(errors[0]!.message)
  })
})

/** Conditions that parse but fail whatever the input holds, with the simulator's default options. */
const CERTAIN: Record<string, string> = {
  'a number where true or false is needed': '$.a && 1',
  'a string where true or false is needed': '"yes"',
  'an ordering between a string and a number': '"a" < 1',
  'an ordering against a boolean': '$.n >= true',
}

describe('a condition certain to fail is reported before the run', () => {
  it.each(Object.entries(CERTAIN))('%s', (_what, condition) => {
    const text = `version: v1\ntype: flow\nsteps:\n  - type: choice\n    name: c\n    choices:\n      - condition: '${condition}'\n        goto: done\n    default:\n      goto: done\n  - type: succeed\n    name: done\n`
    const errors = checkFdl(text).diagnostics.filter((d) => d.severity === 'error')
    expect(errors.map((d) => d.code)).toEqual(['condition-invalid'])
    expect(errors[0]!.message.startsWith(`Condition \`${condition}\`: `)).toBe(true)
    const sim = createSimulation({ flow: checkFdl(text).flow!, scenario: readScenario({ input: { a: true, n: 5 } }).scenario })
    sim.run()
    const r = sim.result()
    expect(r.status).toBe('Failed')
    // The same words, except that the run shows a path's value where the validator can only name the path.
    const said = errors[0]!.message.slice(`Condition \`${condition}\`: `.length).replace('$.n', '5')
    expect(r.cause).toContain(said)
  })

  it('leaves alone what only the input decides', () => {
    for (const condition of ['$.a && $.b', '$.n < 3', '$.s >= "m"', '$.x == true', '1 == "1"', '$.a || false']) {
      const text = `version: v1\ntype: flow\nsteps:\n  - type: choice\n    name: c\n    choices:\n      - condition: '${condition}'\n        goto: done\n    default:\n      goto: done\n  - type: succeed\n    name: done\n`
      expect(checkFdl(text).diagnostics.filter((d) => d.severity === 'error'), condition).toEqual([])
    }
  })
})

describe('a source the validator calls constant text', () => {
  it('is constant text in the run too (`$inputs.a` is not `$input`), not a path that fails', () => {
    const text = 'version: v1\ntype: flow\nsteps:\n  - type: pass\n    name: p\n    outputMappings:\n      - target: a\n        source: $inputs.a\n'
    const found = checkFdl(text).diagnostics
    expect(found.map((d) => [d.code, d.severity])).toEqual([['mapping-source-unknown-root', 'warning']])
    expect(found[0]!.message).toContain('the service uses it as constant text')
    const sim = createSimulation({ flow: checkFdl(text).flow!, scenario: readScenario({ input: { a: 1 } }).scenario })
    sim.run()
    expect(sim.result()).toMatchObject({ status: 'Succeeded', output: { a: '$inputs.a' } })
  })
})
