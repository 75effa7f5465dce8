import { describe, expect, it } from 'vitest'
import { formatMessage } from '../../i18n/Message.ts'
import { ZH } from '../../i18n/zh/index.ts'
import { readScenarioText, scenarioToYaml, withTaskOutcomes } from './scenarioEditing.ts'

describe('scenario files', () => {
  it('writes the contract example and reads it back unchanged, input first', () => {
    const file = {
      worker: { visibilityTimeout: 30, reportTwice: true },
      tasks: { Task_1: [{ fail: { error: 'WorkerError', cause: 'disk full' }, after: 2 }, { succeed: { key: 'value' } }], Task_2: [{ timeout: true as const }] },
      input: { jobId: '42' },
      startTime: '2026-01-01T00:00:00Z',
    }
    const text = scenarioToYaml(file)
    expect(text.split('\n').find((l) => !l.startsWith('#'))).toBe('input:')
    const back = readScenarioText(text)
    expect(back.errors).toEqual([])
    expect(back.file).toEqual(file)
  })

  it('reads JSON too, and lists problems without losing what was readable', () => {
    const r = readScenarioText('{"tasks": {"A": [{"succeed": {}, "fail": {"error": "E"}}]}, "worker": {"visibilityTimeout": 0}}')
    expect(r.file).not.toBeNull()
    expect(r.errors).toEqual(['tasks.A[0]: give exactly one of succeed, fail or timeout', 'worker.visibilityTimeout: must be a number from 1 to 43200'])
    expect(r.texts.map((m) => formatMessage(m))).toEqual(r.errors)
    expect(r.texts.map((m) => formatMessage(m, ZH))).toEqual(['tasks.A[0]：succeed、fail、timeout 必须且只能给出其中一个', 'worker.visibilityTimeout：必须是 1 到 43200 之间的数字'])
  })

  it('refuses text that is not a mapping', () => {
    expect(readScenarioText('- a\n- b').file).toBeNull()
    expect(readScenarioText('a: [').errors[0]).toMatch(/^Not valid YAML or JSON/)
  })

  it('sets and clears one task\'s outcomes, keeping a step named __proto__ a plain key', () => {
    const one = withTaskOutcomes({}, '__proto__', [{ succeed: 1 }])
    expect(Object.keys(one.tasks!)).toEqual(['__proto__'])
    expect(withTaskOutcomes(one, '__proto__', [])).toEqual({})
  })
})
