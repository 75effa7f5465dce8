import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseFdl } from '../fdl/parse/parseFdl.ts'
import { flowToJson } from './flowToJson.ts'

describe('Download JSON', () => {
  it('gives the seed example as pretty JSON that reads back into the same flow', () => {
    const yaml = readFileSync('public/examples/mns-callback.yaml', 'utf8')
    const r = flowToJson(yaml)
    if (!r.ok) throw new Error(r.message)
    expect(r.value).toMatch(/^\{\n {2}"version": "v1",\n {2}"type": "flow",\n {2}"steps": \[/)
    expect(JSON.parse(r.value).steps[0].serviceParams).toEqual({ MessageBody: '$', Priority: 1 })
    const { flow: fromJson, diagnostics } = parseFdl(r.value)
    expect(diagnostics).toEqual([])
    expect(JSON.stringify(fromJson?.body.steps.map((s) => ({ ...s, range: undefined, nameRange: undefined })))).toBe(
      JSON.stringify(parseFdl(yaml).flow?.body.steps.map((s) => ({ ...s, range: undefined, nameRange: undefined }))),
    )
  })

  it('keeps date-like strings as strings, as the service reads them', () => {
    const r = flowToJson('version: v1\ntype: flow\nsteps:\n  - type: wait\n    name: W\n    timestamp: 2019-05-02T15:04:05Z\n')
    expect(r.ok && JSON.parse(r.value).steps[0].timestamp).toBe('2019-05-02T15:04:05Z')
  })

  it('refuses while the YAML has a syntax error, naming the line', () => {
    expect(flowToJson('version: v1\ntype: flow\nsteps: [\n')).toMatchObject({ ok: false, message: expect.stringMatching(/syntax error on line \d/) })
  })

  it('keeps __proto__ an ordinary key', () => {
    const r = flowToJson('version: v1\n__proto__: {polluted: true}\n')
    expect(r.ok && r.value).toBe('{\n  "version": "v1",\n  "__proto__": {\n    "polluted": true\n  }\n}\n')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})
