import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseFdl } from './parseFdl.ts'

describe('parseFdl', () => {
  it('reads the seed example into a task step with its mappings and service params', () => {
    const { flow, diagnostics } = parseFdl(readFileSync('public/examples/mns-callback.yaml', 'utf8'))
    expect(diagnostics).toEqual([])
    const step = flow?.body.steps[0]
    expect(step).toMatchObject({
      type: 'task',
      name: 'Task_1',
      path: ['steps', 0],
      resourceArn: 'acs:mns:::/queues/fnf-demo/messages',
      pattern: 'waitForCallback',
      inputMappings: [
        { target: 'task_token', source: '$context.task.token' },
        { target: 'key', source: 'value' },
      ],
      serviceParams: { MessageBody: '$', Priority: 1 },
    })
  })

  it('turns a YAML syntax error into a diagnostic with its line', () => {
    const { diagnostics } = parseFdl('version: v1\ntype: flow\nsteps: [\n')
    expect(diagnostics[0]).toMatchObject({ code: 'yaml-syntax', severity: 'error' })
    expect(diagnostics[0]!.range.line).toBeGreaterThanOrEqual(3)
  })
  it('follows aliases in step fields, bounded like any alias, and reports one that has no anchor once', () => {
    const text = 'params: &p {MessageBody: $, Priority: 2}\nrows: &rows\n  - target: task_token\n    source: $context.task.token\nstep: &s {type: pass, name: b}\nversion: v1\ntype: flow\nsteps:\n  - type: task\n    name: t\n    resourceArn: acs:mns:::/queues/q/messages\n    pattern: waitForCallback\n    inputMappings: *rows\n    serviceParams: *p\n  - *s\n'
    const { flow, diagnostics } = parseFdl(text)
    expect(diagnostics.map((d) => d.code)).toEqual(['unknown-key', 'unknown-key', 'unknown-key'])
    expect(flow?.body.steps.map((s) => s.name)).toEqual(['t', 'b'])
    expect(flow?.body.steps[0]).toMatchObject({ inputMappings: [{ target: 'task_token', source: '$context.task.token' }], serviceParams: { MessageBody: '$', Priority: 2 } })
    const dangling = parseFdl('version: v1\ntype: flow\nsteps:\n  - type: pass\n    name: a\n    inputMappings: *m\n').diagnostics
    expect(dangling.map((d) => [d.code, d.range.line, d.range.column])).toEqual([['yaml-alias-unresolved', 6, 20]])
  })
  it('spends the alias budget only on what can amplify: shared scalars and one shared list are free', () => {
    let tasks = 'arn: &arn acs:mns:::/queues/q/messages\nversion: v1\ntype: flow\nsteps:\n'
    for (let i = 0; i < 1200; i++) tasks += `  - type: task\n    name: t${i}\n    resourceArn: *arn\n    serviceParams: {MessageBody: $}\n`
    const many = parseFdl(tasks)
    expect(many.diagnostics.map((d) => d.code)).toEqual(['unknown-key'])
    expect(many.flow?.body.steps.every((s) => s.type === 'task' && s.resourceArn === 'acs:mns:::/queues/q/messages')).toBe(true)
    const scalars = `x: &x 1\nextra:\n${Array(1500).fill('  - *x').join('\n')}\nst: &st\n  - type: pass\n    name: a\nversion: v1\ntype: flow\nsteps: *st\n`
    expect(parseFdl(scalars).flow?.body.steps.map((s) => s.name)).toEqual(['a'])
    // An alias used as a key is still an unknown key.
    expect(parseFdl('version: v1\ntype: flow\nsteps:\n  - type: pass\n    name: &k foo\n    *k : 1\n').diagnostics.map((d) => d.code)).toEqual(['unknown-key'])
  })
})
