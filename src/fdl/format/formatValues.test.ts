import { describe, expect, it } from 'vitest'
import { formatFdl } from './formatFdl.ts'

const formatted = (text: string) => {
  const r = formatFdl(text)
  if (!r.ok) throw new Error(`did not format: ${r.diagnostics.map((d) => d.message).join('; ')}`)
  return r.text
}

/** Numbers as people write them, each of which a round trip through a JavaScript number would change. */
const NUMBERS = ['12345678901234567890', '9'.repeat(401), '3600.0', '1e3', '1.0E+4', '0x1F', '0o17', '.5', '+12', '-0', '007', '1.10', '-.5e-7']
const YAML_ONLY = ['0x1F', '0o17', '.5', '+12', '007', '-.5e-7']

describe('formatting changes layout only, never values', () => {
  it('keeps the text of every number in YAML, as values and as keys', () => {
    const rows = NUMBERS.map((n, i) => `      - target: n${i}\n        source: ${n}\n`).join('')
    const text = `steps:\n  - name: a\n    type: pass\n    outputMappings:\n${rows}    serviceParams:\n      ${NUMBERS.map((n) => `${n}: ${n}`).join('\n      ')}\ntype: flow\nversion: v1\n`
    const out = formatted(text)
    for (const n of NUMBERS) {
      expect(out, n).toContain(`source: ${n}\n`)
      expect(out, n).toContain(`${n}: ${n}\n`)
    }
    expect(formatted(out)).toBe(out)
  })

  it('keeps the text of every number and string in a JSON flow', () => {
    const numbers = NUMBERS.filter((n) => !YAML_ONLY.includes(n))
    const rows = numbers.map((n, i) => `{"target": "n${i}", "source": ${n}}`).join(', ')
    const text = `{"steps": [{"name": "a", "type": "pass", "outputMappings": [${rows}], "serviceParams": {"Text": "caf\\u00e9 \\/ \\"q\\"", "Big": 1E400}}], "type": "flow", "version": "v1"}`
    const out = formatted(text)
    for (const n of numbers) expect(out, n).toContain(`"source": ${n}\n`)
    expect(out).toContain('"Text": "caf\\u00e9 \\/ \\"q\\""')
    expect(out).toContain('"Big": 1E400')
    expect(out.startsWith('{\n  "version": "v1",\n  "type": "flow",\n  "steps": [\n    {\n      "type": "pass",\n      "name": "a",')).toBe(true)
    expect(JSON.parse(out)).toEqual(JSON.parse(text))
    expect(formatted(out)).toBe(out)
  })

  it('still writes a flow-style YAML mapping as valid JSON', () => {
    const out = formatted("{steps: [{name: a, type: pass, inputMappings: [{target: x, source: 'it''s'}]}], type: flow, version: v1, n: 3600.0}")
    expect(JSON.parse(out)).toEqual({ version: 'v1', type: 'flow', steps: [{ type: 'pass', name: 'a', inputMappings: [{ target: 'x', source: "it's" }] }], n: 3600 })
    expect(out).toContain('"n": 3600.0')
  })
})
