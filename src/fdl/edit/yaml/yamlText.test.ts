import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { yamlText } from './yamlText.ts'

describe('yamlText', () => {
  it('writes steps in canonical FDL key order, block style, 2-space indent', () => {
    const step = { end: true, serviceParams: { Priority: 8, MessageBody: '$' }, inputMappings: [{ source: '$input.a', target: 'a' }], pattern: 'waitForCallback', resourceArn: 'acs:mns:::/queues/q/messages', name: 'T', type: 'task' }
    expect(yamlText.item(step)).toBe(
      '- type: task\n  name: T\n  resourceArn: acs:mns:::/queues/q/messages\n  pattern: waitForCallback\n  inputMappings:\n    - target: a\n      source: $input.a\n  serviceParams:\n    MessageBody: $\n    Priority: 8\n  end: true',
    )
  })

  it('quotes strings that YAML 1.1 or 1.2 would read as something else, and keeps them strings', () => {
    for (const s of ['yes', 'off', 'true', '12', '1_000', '2019-05-02T15:04:05Z', '', ' x', '#x', 'a: b', 'null', '0o14']) {
      const text = yamlText.pair('k', s)
      expect(parse(text, { version: '1.1' })).toEqual({ k: s })
      expect(parse(text, { version: '1.2' })).toEqual({ k: s })
    }
    expect(yamlText.pair('k', '$.x == "y"')).toBe('k: $.x == "y"')
  })

  it('writes one-line flow text for values inside flow collections', () => {
    expect(yamlText.flow({ a: [1, 'x, y'], m: 'l1\nl2' })).toBe('{ a: [ 1, "x, y" ], m: "l1\\nl2" }')
    expect(yamlText.flow('a, b')).toBe('"a, b"')
  })

  it('keeps __proto__ an ordinary key', () => {
    const value = JSON.parse('{"__proto__": {"polluted": true}}') as unknown
    expect(yamlText.item(value)).toBe('- __proto__:\n    polluted: true')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})
