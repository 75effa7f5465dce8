import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { BUILT_IN_DIR, flowFiles, itCorpus } from '../../testing/corpus.ts'
import { FDL_SCHEMA } from './fdlSchema.ts'
import { STEP_TYPES } from '../model/Step.ts'
import { parseFdl } from '../parse/parseFdl.ts'
import { checkFdl } from '../validate/validateFlow.ts'
import { plainContext, toPlain } from '../parse/toPlain.ts'
import { validateAgainstSchema } from '../testing/validateAgainstSchema.ts'

const plainOf = (text: string) => {
  const { document } = parseFdl(text)
  return toPlain(document.contents, plainContext(document))
}
const violations = (text: string) => validateAgainstSchema(FDL_SCHEMA, plainOf(text))
/** A real flow is valid by the schema too. */
const accepts = (file: string) => expect(violations(readFileSync(file, 'utf8'))).toEqual([])

describe('FDL_SCHEMA', () => {
  it('is what public/fdl.schema.json serves (run `npm run schema` after changing it)', () => {
    expect(readFileSync('public/fdl.schema.json', 'utf8')).toBe(JSON.stringify(FDL_SCHEMA, null, 2) + '\n')
  })

  it('is draft-07 with a schema for every step type, and describes every step field', () => {
    expect(FDL_SCHEMA.$schema).toBe('http://json-schema.org/draft-07/schema#')
    for (const type of STEP_TYPES) {
      const step = FDL_SCHEMA.definitions[`${type}Step`]
      expect(step.properties.type.const).toBe(type)
      for (const [key, field] of Object.entries(step.properties)) {
        if (key !== 'name' && key !== 'end') expect(field, `${type}.${key}`).toHaveProperty('description')
      }
    }
  })

  it.each(flowFiles(BUILT_IN_DIR, /\.yaml$/))('accepts %s', accepts)
  itCorpus('accepts %s', accepts, /\.yaml$/)

  it.each([
    ['an unknown version', 'version: v2\ntype: flow\nsteps: [{type: pass, name: a}]', '$.version: not one of'],
    ['a task with both targets', 'version: v1\ntype: flow\nsteps: [{type: task, name: t, action: "fnf:StartExecution", resourceArn: "acs:fnf:::flow/x"}]', 'exactly one of oneOf'],
    ['a wait without a time', 'version: v1\ntype: flow\nsteps: [{type: wait, name: w}]', 'exactly one of oneOf'],
    ['an unknown step key', 'version: v1\ntype: flow\nsteps: [{type: pass, name: a, colour: red}]', 'unexpected key colour'],
    ['an MNS priority of 17', 'version: v1\ntype: flow\nsteps: [{type: task, name: t, resourceArn: "acs:mns:::/queues/q/messages", serviceParams: {MessageBody: $, Priority: 17}}]', 'Priority: matches none of anyOf'],
    ['a catch without goto', 'version: v1\ntype: flow\nsteps: [{type: task, name: t, action: "fnf:StartExecution", catch: [{errors: [FnF.ALL]}]}]', 'missing goto'],
    ['an unknown step type', 'version: v1\ntype: flow\nsteps: [{type: loop, name: l}]', '$.steps[0].type: not one of'],
  ])('rejects %s', (_, text, expected) => {
    expect(violations(text).join('\n')).toContain(expected)
  })
})

// Issue 18 item 7: the code pane's schema marks and Problems' errors are one verdict on empty step lists.
describe('FDL_SCHEMA and the validator agree on empty step lists', () => {
  const choice = (lines: string) => `version: v1\ntype: flow\nsteps:\n  - type: choice\n    name: c\n${lines}`
  const cases: [string, string, boolean][] = [
    ['a choice branch with steps: [] (from the palette)', choice('    choices:\n      - condition: $.go == true\n        steps: []\n    default:\n      steps: []\n'), true],
    ['a choice branch that only jumps', choice('    choices:\n      - condition: $.go == true\n        goto: c\n'), true],
    ['a parallel branch with steps: []', 'version: v1\ntype: flow\nsteps:\n  - type: parallel\n    name: p\n    branches:\n      - steps: []\n    outputMappings:\n      - target: r\n        source: $local\n', false],
    ['a foreach with steps: []', 'version: v1\ntype: flow\nsteps:\n  - type: foreach\n    name: f\n    iterationMapping:\n      collection: $.xs\n      item: x\n    steps: []\n    outputMappings:\n      - target: r\n        source: $local\n', false],
    ['a flow with steps: []', 'version: v1\ntype: flow\nsteps: []\n', false],
  ]
  it.each(cases)('%s', (_what, text, valid) => {
    const errors = checkFdl(text).diagnostics.filter((d) => d.severity === 'error')
    expect(violations(text).length === 0, `schema: ${violations(text).join('; ')}`).toBe(valid)
    expect(errors.length === 0, `validator: ${errors.map((e) => e.code).join(', ')}`).toBe(valid)
  })
})
