import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseFdl } from '../../../fdl/parse/parseFdl.ts'
import { formatMessage } from '../../../i18n/Message.ts'
import { ZH } from '../../../i18n/zh/index.ts'
import { computePreview } from './computePreview.ts'

const SEED = new URL('../../../../public/examples/mns-callback.yaml', import.meta.url)

/** The flow and its first step from YAML text. */
function first(text: string) {
  const flow = parseFdl(text).flow!
  return { flow, step: flow.body.steps[0]! }
}

describe.skipIf(!existsSync(SEED))('computePreview on the seed example', () => {
  it('shows the exact MNS message body with the placeholder token', () => {
    const { flow, step } = first(readFileSync(SEED, 'utf8'))
    const preview = computePreview(flow, step, { jobId: '42' })
    expect(preview.input).toEqual({ task_token: '<task token>', key: 'value' })
    expect(preview.messageBody).toBe('{"task_token":"<task token>","key":"value"}')
    expect(preview.serviceParams?.Priority).toBe(1)
    expect(preview.rows.map((r) => r.kind)).toEqual(['path', 'constant'])
  })
})

describe('computePreview', () => {
  it('gives a step without input mappings the flow input, after the flow input mappings', () => {
    const { flow, step } = first('version: v1\ntype: flow\ninputMappings:\n  - { target: id, source: $input.jobId }\nsteps:\n  - { type: pass, name: p }\n')
    expect(computePreview(flow, step, { jobId: '42', other: 1 }).input).toEqual({ id: '42' })
  })
  it('resolves `$.x` in a topic MessageBody to one field of the mapped input', () => {
    const { flow, step } = first(`version: v1
type: flow
steps:
  - type: task
    name: t
    resourceArn: acs:mns:::/topics/t1/messages
    inputMappings: [{ target: msg, source: $input.text }]
    serviceParams: { MessageBody: $.msg, MessageTag: a }
`)
    const preview = computePreview(flow, step, { text: 'hello' })
    expect(preview.messageBody).toBe('hello')
    expect(preview.notes).toHaveLength(1)
  })
  it('reports a bad path instead of throwing, in the person\'s language', () => {
    const { flow, step } = first('version: v1\ntype: flow\nsteps:\n  - type: pass\n    name: p\n    inputMappings: [{ target: a, source: "$input.[" }]\n')
    const preview = computePreview(flow, step, {})
    expect(preview.input).toBeNull()
    expect(preview.error && formatMessage(preview.error)).toBe('Invalid path `$input.[`: Expected a field name after `.` at column 8.')
    expect(preview.error && formatMessage(preview.error, ZH)).toBe('无效路径 `$input.[`：第 8 列的 `.` 后面应为字段名。')
  })
  it('gives a foreach body step its first iteration: the foreach input plus item and index', () => {
    const flow = parseFdl(`version: v1
type: flow
steps:
  - type: foreach
    name: each
    inputMappings: [{ target: names, source: $input.list }]
    iterationMapping: { collection: $.names, item: name, index: i }
    steps:
      - type: pass
        name: body
`).flow!
    const body = flow.body.steps[0]!.type === 'foreach' ? flow.body.steps[0].body.steps[0]! : null
    const preview = computePreview(flow, body!, { list: ['a', 'b'] })
    expect(preview.input).toEqual({ names: ['a', 'b'], name: 'a', i: 0 })
    expect(preview.notes.some((n) => n.text.includes('first element'))).toBe(true)
  })
})
