import { describe, expect, it } from 'vitest'
import { parseFdl } from '../../../fdl/parse/parseFdl.ts'
import { formatMessage } from '../../../i18n/Message.ts'
import { findStep } from './stepLookup.ts'
import { validateStepName } from './checks.ts'

const FLOW = parseFdl(`version: v1
type: flow
steps:
  - type: choice
    name: check
    choices:
      - condition: $.ok
        steps:
          - type: pass
            name: inner
    default:
      goto: done
  - type: foreach
    name: each
    iterationMapping: { collection: $.names, item: name }
    steps:
      - type: task
        name: work
        resourceArn: acs:fc:::services/s/functions/f
  - type: succeed
    name: done
`).flow!

describe('findStep', () => {
  it('finds a step nested in a choice branch, with the sequence that holds it', () => {
    const found = findStep(FLOW, ['steps', 0, 'choices', 0, 'steps', 0])
    expect(found?.step.name).toBe('inner')
    expect(found?.sequence.steps.map((s) => s.name)).toEqual(['inner'])
  })
  it('finds a top-level step and a foreach body step', () => {
    expect(findStep(FLOW, ['steps', 2])?.step.name).toBe('done')
    expect(findStep(FLOW, ['steps', 1, 'steps', 0])?.step.type).toBe('task')
  })
  it('gives null for a stale selection', () => {
    expect(findStep(FLOW, ['steps', 7])).toBeNull()
  })
})

describe('validateStepName', () => {
  it('accepts the current name and a fresh one', () => {
    expect(validateStepName(FLOW, ['steps', 2], 'done')).toEqual({})
    expect(validateStepName(FLOW, ['steps', 2], 'finish')).toEqual({})
  })
  it('blocks a name used anywhere else in the flow, even nested', () => {
    expect(formatMessage(validateStepName(FLOW, ['steps', 2], 'inner').error ?? '')).toMatch(/already called “inner”/)
  })
  it('blocks an empty name and warns about odd characters', () => {
    expect(formatMessage(validateStepName(FLOW, ['steps', 2], ' ').error ?? '')).toBe('A step needs a name.')
    const check = validateStepName(FLOW, ['steps', 2], 'my step')
    expect(check.error).toBeUndefined()
    expect(formatMessage(check.warning ?? '')).toMatch(/letters, digits/)
  })
})
