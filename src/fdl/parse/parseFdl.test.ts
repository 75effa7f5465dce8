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
  it('says so when a step field is an alias, which the model does not follow', () => {
    const text = 'params: &p {MessageBody: $}\nversion: v1\ntype: flow\nsteps:\n  - type: task\n    name: t\n    resourceArn: acs:mns:::/queues/q/messages\n    serviceParams: *p\n'
    const wrong = parseFdl(text).diagnostics.find((d) => d.code === 'field-type')
    expect(wrong?.message).toBe('`serviceParams` must be a mapping of keys to values. Here it is an alias (*p), which FDL Studio does not follow in step fields: write the value out.')
    expect(wrong?.range.line).toBe(8)
    expect(parseFdl(text).diagnostics.some((d) => d.code === 'yaml-alias-unresolved')).toBe(false)
  })
})
