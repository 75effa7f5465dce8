import { describe, expect, it } from 'vitest'
import { parseFdl } from '../../../fdl/parse/parseFdl.ts'
import type { TaskStep } from '../../../fdl/model/Step.ts'
import { appendItemCommand, emptyIntegration, integrationCommands, readTaskTarget, taskTokenCommands } from './taskCommands.ts'

/** The first step of a one-task flow written as YAML lines under the step's `- type: task`. */
function task(lines: string): TaskStep {
  const text = `version: v1\ntype: flow\nsteps:\n  - type: task\n    name: T\n${lines.replace(/^/gm, '    ')}\n`
  const step = parseFdl(text).flow?.body.steps[0]
  if (step?.type !== 'task') throw new Error('fixture is not a task')
  return step
}

describe('readTaskTarget', () => {
  it('reads a queue ARN, a half-typed one and an action', () => {
    expect(readTaskTarget(task('resourceArn: acs:mns:::/queues/fnf-demo/messages'))).toEqual({ kind: 'mns-queue', queue: 'fnf-demo', region: '', account: '' })
    expect(readTaskTarget(task('resourceArn: acs:mns:::/queues//messages'))).toEqual({ kind: 'mns-queue', queue: '', region: '', account: '' })
    expect(readTaskTarget(task('action: fnf:StartExecution'))).toEqual({ kind: 'action', product: 'fnf', api: 'StartExecution' })
  })
  it('keeps an unreadable ARN or a deploy-time tag as custom, and no target as none', () => {
    expect(readTaskTarget(task('resourceArn: arn:aws:sqs:q'))).toEqual({ kind: 'custom', arn: 'arn:aws:sqs:q' })
    expect(readTaskTarget(task('resourceArn: !Ref svc/fn')).kind).toBe('custom')
    expect(readTaskTarget(task('pattern: sync')).kind).toBe('none')
  })
})

describe('integrationCommands', () => {
  it('picking an MNS queue for an empty task writes the ARN and the documented defaults', () => {
    const step = task('pattern: sync')
    expect(integrationCommands(step, emptyIntegration('mns-queue', readTaskTarget(step)))).toEqual([
      { type: 'field.set', path: ['steps', 0, 'resourceArn'], value: 'acs:mns:::/queues//messages' },
      { type: 'field.remove', path: ['steps', 0, 'pattern'] },
      { type: 'field.set', path: ['steps', 0, 'serviceParams', 'MessageBody'], value: '$' },
      { type: 'field.set', path: ['steps', 0, 'serviceParams', 'Priority'], value: 8 },
    ])
  })
  it('typing a queue name only rewrites the ARN and keeps the user\'s Priority', () => {
    const step = task('resourceArn: acs:mns:::/queues/a/messages\nserviceParams: { MessageBody: $, Priority: 1 }')
    expect(integrationCommands(step, { kind: 'mns-queue', queue: 'fnf-demo', region: '', account: '' })).toEqual([
      { type: 'field.set', path: ['steps', 0, 'resourceArn'], value: 'acs:mns:::/queues/fnf-demo/messages' },
    ])
  })
  it('switching from a queue to a cloud API drops the ARN and the MNS parameters', () => {
    const step = task('resourceArn: acs:mns:::/queues/a/messages\npattern: waitForCallback\nserviceParams: { MessageBody: $, Priority: 1, Custom: x }')
    expect(integrationCommands(step, { kind: 'action', product: 'fnf', api: 'StartExecution' })).toEqual([
      { type: 'field.remove', path: ['steps', 0, 'resourceArn'] },
      { type: 'field.set', path: ['steps', 0, 'action'], value: 'fnf:StartExecution' },
      { type: 'field.remove', path: ['steps', 0, 'pattern'] },
      { type: 'field.remove', path: ['steps', 0, 'serviceParams', 'MessageBody'] },
      { type: 'field.remove', path: ['steps', 0, 'serviceParams', 'Priority'] },
    ])
  })
  it('switching from a queue to a topic keeps MessageBody and the region', () => {
    const step = task('resourceArn: acs:mns:cn-hangzhou::/queues/a/messages\nserviceParams: { MessageBody: $, Priority: 1 }')
    expect(integrationCommands(step, emptyIntegration('mns-topic', readTaskTarget(step)))).toEqual([
      { type: 'field.set', path: ['steps', 0, 'resourceArn'], value: 'acs:mns:cn-hangzhou::/topics//messages' },
      { type: 'field.remove', path: ['steps', 0, 'serviceParams', 'Priority'] },
    ])
  })
})

describe('taskTokenCommands', () => {
  it('ticking adds the token row first; ticking again changes nothing', () => {
    const step = task('inputMappings:\n  - { target: key, source: value }')
    expect(taskTokenCommands(step, true)).toEqual([
      { type: 'mapping.add', list: ['steps', 0, 'inputMappings'], index: 0, mapping: { target: 'task_token', source: '$context.task.token' } },
    ])
    expect(taskTokenCommands(task('inputMappings:\n  - { target: t, source: $context.task.token }'), true)).toEqual([])
  })
  it('unticking removes every row passing the token, last first', () => {
    const step = task('inputMappings:\n  - { target: a, source: $context.task.token }\n  - { target: k, source: v }\n  - { target: b, source: $context.task.token }')
    expect(taskTokenCommands(step, false)).toEqual([
      { type: 'mapping.remove', list: ['steps', 0, 'inputMappings'], index: 2 },
      { type: 'mapping.remove', list: ['steps', 0, 'inputMappings'], index: 0 },
    ])
  })
})

describe('appendItemCommand', () => {
  it('creates the list when empty, else sets the next index', () => {
    expect(appendItemCommand(['steps', 0, 'retry'], 0, { errors: ['FnF.ALL'] })).toEqual({ type: 'field.set', path: ['steps', 0, 'retry'], value: [{ errors: ['FnF.ALL'] }] })
    expect(appendItemCommand(['steps', 0, 'retry'], 2, { errors: [] })).toEqual({ type: 'field.set', path: ['steps', 0, 'retry', 2], value: { errors: [] } })
  })
})
