import { describe, expect, it } from 'vitest'
import { newStep, PALETTE_KINDS, uniqueName, collectStepNames } from './newStep.ts'
import { parseFdl } from '../parse/parseFdl.ts'
import { applyEdit } from '../edit/applyEdit.ts'

const FLOW = 'version: v1\ntype: flow\nsteps:\n  - type: pass\n    name: Pass_1\n  - type: parallel\n    name: p\n    branches:\n      - steps:\n          - type: pass\n            name: Pass_2\n'

describe('uniqueName', () => {
  it('keeps a free name and otherwise counts up from the number it ends with', () => {
    expect(uniqueName('Pass_1', new Set())).toBe('Pass_1')
    expect(uniqueName('Pass_1', new Set(['Pass_1', 'Pass_2']))).toBe('Pass_3')
    expect(uniqueName('check', new Set(['check']))).toBe('check_2')
    expect(uniqueName('', new Set())).toBe('Step')
  })
})

describe('collectStepNames', () => {
  it('collects names at every depth', () => {
    expect([...collectStepNames(parseFdl(FLOW).flow)].sort()).toEqual(['Pass_1', 'Pass_2', 'p'])
    expect(collectStepNames(null).size).toBe(0)
  })
})

describe('newStep', () => {
  it('names a new step Kind_N, unique in the flow, nested steps included', () => {
    const names = collectStepNames(parseFdl(FLOW).flow)
    expect(newStep('pass', names).name).toBe('Pass_3')
    expect(newStep('parallel', names)).toMatchObject({ name: 'Parallel_1', branches: [{ steps: [{ name: 'Pass_3' }] }, { steps: [{ name: 'Pass_4' }] }] })
  })

  it('prefills the MNS queue task for a callback through the queue', () => {
    expect(newStep('mns-queue', new Set())).toEqual({
      type: 'task',
      name: 'Task_1',
      resourceArn: 'acs:mns:::/queues/my-queue/messages',
      pattern: 'waitForCallback',
      inputMappings: [{ target: 'task_token', source: '$context.task.token' }],
      serviceParams: { MessageBody: '$', Priority: 8 },
    })
  })

  it.each(PALETTE_KINDS)('inserts a %s that parses with no error', (kind) => {
    const base = 'version: v1\ntype: flow\nsteps:\n  - type: pass\n    name: start\n'
    const outcome = applyEdit(base, { type: 'step.insert', sequence: ['steps'], index: 1, step: newStep(kind, new Set(['start'])) })
    if (!outcome.ok) throw new Error(outcome.reason)
    const errors = parseFdl(outcome.text).diagnostics.filter((d) => d.severity === 'error')
    expect(errors).toEqual([])
    expect(parseFdl(outcome.text).flow?.body.steps[1]?.type).toBe(kind === 'mns-queue' || kind === 'mns-topic' || kind === 'fc' || kind === 'child-flow' ? 'task' : kind)
  })
})
