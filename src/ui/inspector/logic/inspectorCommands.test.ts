import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { applyEdit } from '../../../fdl/edit/applyEdit.ts'
import type { Integration } from '../../../fdl/arn/resourceArn.ts'
import type { EditCommand } from '../../../fdl/edit/EditCommand.ts'
import type { TaskStep } from '../../../fdl/model/Step.ts'
import { parseFdl } from '../../../fdl/parse/parseFdl.ts'
import { newStep } from '../../../fdl/templates/newStep.ts'
import { integrationCommands, emptyIntegration, readTaskTarget, taskTokenCommands } from './taskCommands.ts'

const SEED = new URL('../../../../public/examples/mns-callback.yaml', import.meta.url)

/** Applies commands in order, as the store does for one undo group; fails the test on a refused command. */
function apply(text: string, commands: readonly EditCommand[]): string {
  return commands.reduce((t, c) => {
    const outcome = applyEdit(t, c)
    if (!outcome.ok) throw new Error(`${c.type} refused: ${outcome.reason}`)
    return outcome.text
  }, text)
}

/** The first top-level step, which these tests keep a task. */
function task(text: string): TaskStep {
  const step = parseFdl(text).flow?.body.steps[0]
  if (step?.type !== 'task') throw new Error('not a task')
  return step
}

describe.skipIf(!existsSync(SEED))('the inspector\'s commands on the real edit engine', () => {
  it('turn the palette\'s MNS queue task into exactly the seed\'s step', () => {
    let text = apply('version: v1\ntype: flow\nsteps: []\n', [{ type: 'step.insert', sequence: ['steps'], index: 0, step: newStep('mns-queue', new Set()) }])
    text = apply(text, integrationCommands(task(text), { kind: 'mns-queue', queue: 'fnf-demo', region: '', account: '' }))
    text = apply(text, taskTokenCommands(task(text), true))
    text = apply(text, [
      { type: 'mapping.add', list: ['steps', 0, 'inputMappings'], mapping: { target: 'key', source: '$input.key' } },
      { type: 'mapping.set', list: ['steps', 0, 'inputMappings'], index: 1, mapping: { source: 'value' } },
      { type: 'field.set', path: ['steps', 0, 'serviceParams', 'Priority'], value: 1 },
    ])
    expect(task(text)).toEqual(parseFdl(readFileSync(SEED, 'utf8')).flow?.body.steps[0])
    expect(text).toContain('source: value\n')
  })

  it('switch the seed task to a cloud API and back without leaving MNS parameters behind', () => {
    const seed = readFileSync(SEED, 'utf8')
    const api = apply(seed, integrationCommands(task(seed), { kind: 'action', product: 'fnf', api: 'StartExecution' }))
    const asApi = task(api)
    expect(asApi.action).toBe('fnf:StartExecution')
    expect(asApi.resourceArn).toBeUndefined()
    expect(asApi.pattern).toBeUndefined()
    expect(asApi.serviceParams).toBeUndefined()
    expect(parseFdl(api).diagnostics.filter((d) => d.severity === 'error')).toEqual([])
    const back = apply(api, integrationCommands(asApi, { ...emptyIntegration('mns-queue', readTaskTarget(asApi)), queue: 'q2' } as Integration))
    expect(task(back).resourceArn).toBe('acs:mns:::/queues/q2/messages')
    expect(task(back).serviceParams).toEqual({ MessageBody: '$', Priority: 8 })
  })

  it('untick and tick Pass task token, keeping every other comment byte for byte', () => {
    const seed = readFileSync(SEED, 'utf8')
    const off = apply(seed, taskTokenCommands(task(seed), false))
    expect(off).not.toContain('$context.task.token')
    const on = apply(off, taskTokenCommands(task(off), true))
    expect(task(on).inputMappings).toEqual(task(seed).inputMappings)
    for (const line of seed.split('\n').filter((l) => l.trim().startsWith('#') && !l.includes('token the worker must'))) {
      expect(on).toContain(line)
    }
  })
})
