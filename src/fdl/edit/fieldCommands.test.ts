import { describe, expect, it } from 'vitest'
import { COMMENTED_FLOW as FLOW } from './testing/fixtures.ts'
import { edit, refused, swap } from './testing/expectEdit.ts'
import { applyEdit } from './applyEdit.ts'

describe('field.set', () => {
  it('changes one scalar in place, even inside a flow mapping, and reports just that character', () => {
    const outcome = applyEdit(FLOW, { type: 'field.set', path: ['steps', 0, 'serviceParams', 'Priority'], value: 2 })
    expect(outcome).toEqual({ ok: true, text: swap(FLOW, 'Priority: 1}', 'Priority: 2}'), change: { offset: FLOW.indexOf('Priority: 1') + 10, deleteLength: 1, insertText: '2' } })
  })

  it('keeps the quote style of a changed string and leaves an unchanged value untouched', () => {
    const a = edit(FLOW, { type: 'field.set', path: ['steps', 0, 'resourceArn'], value: 'acs:mns:::/queues/other/messages' })
    expect(a).toBe(swap(FLOW, "'acs:mns:::/queues/q/messages'", "'acs:mns:::/queues/other/messages'"))
    expect(applyEdit(FLOW, { type: 'field.set', path: ['steps', 4, 'error'], value: 'Boom' })).toEqual({ ok: true, text: FLOW, change: null })
    expect(edit(FLOW, { type: 'field.set', path: ['steps', 4, 'error'], value: 'Bang' })).toBe(swap(FLOW, '"Boom"', '"Bang"'))
  })

  it('adds a missing key at its canonical place in the step', () => {
    const out = edit(FLOW, { type: 'field.set', path: ['steps', 0, 'timeoutSeconds'], value: 3600 })
    expect(out).toBe(swap(FLOW, '    pattern: waitForCallback\n', '    pattern: waitForCallback\n    timeoutSeconds: 3600\n'))
    const end = edit(FLOW, { type: 'field.set', path: ['steps', 1, 'end'], value: true })
    expect(end).toBe(swap(FLOW, '      goto: failed\n  - type: parallel', '      goto: failed\n    end: true\n  - type: parallel'))
  })

  it('creates intermediate mappings, written in block style', () => {
    const out = edit(FLOW, { type: 'field.set', path: ['steps', 4, 'extra', 'deep', 'key'], value: 'v' })
    expect(out).toBe(swap(FLOW, '    error: "Boom"   # quoted\n', '    error: "Boom"   # quoted\n    extra:\n      deep:\n        key: v\n'))
  })

  it('adds a retry policy at the end of the list, or creates the list with it', () => {
    const policy = { errors: ['FnF.TaskTimeout'], maxAttempts: 2 }
    const more = edit(FLOW, { type: 'field.set', path: ['steps', 0, 'catch', 1], value: { errors: ['X'], goto: 'route' } })
    expect(more).toBe(swap(FLOW, '        goto: failed\n\n', '        goto: failed\n      - errors:\n          - X\n        goto: route\n\n'))
    const created = edit(FLOW, { type: 'field.set', path: ['steps', 0, 'retry', 0], value: policy })
    expect(created).toBe(swap(FLOW, '    catch:\n', '    retry:\n      - errors:\n          - FnF.TaskTimeout\n        maxAttempts: 2\n    catch:\n'))
  })

  it('updates a mapping key by key, so comments on untouched keys stay', () => {
    const text = 'steps:\n  - type: task\n    name: t\n    serviceParams:\n      # the body\n      MessageBody: $\n      Priority: 1   # high\n'
    const out = edit(text, { type: 'field.set', path: ['steps', 0, 'serviceParams'], value: { MessageBody: '$', Priority: 1, DelaySeconds: 10 } })
    expect(out).toBe(text + '      DelaySeconds: 10\n')
    const out2 = edit(text, { type: 'field.set', path: ['steps', 0, 'serviceParams'], value: { MessageBody: '$.body' } })
    expect(out2).toBe('steps:\n  - type: task\n    name: t\n    serviceParams:\n      # the body\n      MessageBody: $.body\n')
  })

  it('replaces a scalar by a block value and a block value by a scalar', () => {
    const a = edit(FLOW, { type: 'field.set', path: ['steps', 2, 'branches', 1, 'steps', 0, 'duration'], value: { a: [1, 2] } })
    expect(a).toBe(swap(FLOW, '            duration: 5\n', '            duration:\n              a:\n                - 1\n                - 2\n'))
    const b = edit(FLOW, { type: 'field.set', path: ['steps', 3, 'iterationMapping'], value: '$.x' })
    expect(b).toBe(swap(FLOW, '    iterationMapping:\n      collection: $.items\n      item: item\n', '    iterationMapping: $.x\n'))
  })

  it('quotes strings a YAML 1.1 reader would misread', () => {
    const out = edit(FLOW, { type: 'field.set', path: ['steps', 4, 'cause'], value: 'yes' })
    expect(out).toContain('    cause: "yes"\n')
    const ts = edit(FLOW, { type: 'field.set', path: ['steps', 2, 'branches', 1, 'steps', 0, 'timestamp'], value: '2019-05-02T15:04:05Z' })
    expect(ts).toContain('            timestamp: "2019-05-02T15:04:05Z"\n')
  })

  it('writes a multi-line string as a block scalar indented under its key', () => {
    const out = edit(FLOW, { type: 'field.set', path: ['steps', 4, 'cause'], value: 'line one\nline two' })
    expect(out).toContain('    cause: |-\n      line one\n      line two\n')
  })

  it('refuses undefined values, empty paths and paths that cannot hold the value', () => {
    expect(refused(FLOW, { type: 'field.set', path: ['steps', 0, 'x'], value: undefined })).toMatch(/field.remove/)
    expect(refused(FLOW, { type: 'field.set', path: [], value: 1 })).toMatch(/path is needed/)
    expect(refused(FLOW, { type: 'field.set', path: ['steps', 0, 'name', 'x'], value: 1 })).toMatch(/no room/)
    expect(refused(FLOW, { type: 'field.set', path: ['steps', 42, 'name'], value: 'x' })).toMatch(/no room/)
  })
})

describe('field.remove', () => {
  it('removes a key with its own comment lines', () => {
    const text = 'steps:\n  - type: task\n    name: t\n    # why\n    pattern: sync\n    end: true\n'
    expect(edit(text, { type: 'field.remove', path: ['steps', 0, 'pattern'] })).toBe('steps:\n  - type: task\n    name: t\n    end: true\n')
  })

  it('removes a mapping left empty, up to (not including) the step', () => {
    const text = 'steps:\n  - type: task\n    name: t\n    serviceParams:\n      Priority: 1\n    end: true\n'
    expect(edit(text, { type: 'field.remove', path: ['steps', 0, 'serviceParams', 'Priority'] })).toBe('steps:\n  - type: task\n    name: t\n    end: true\n')
  })

  it('removes from a flow mapping by rewriting just that mapping', () => {
    expect(edit(FLOW, { type: 'field.remove', path: ['steps', 0, 'serviceParams', 'Priority'] })).toBe(swap(FLOW, '{MessageBody: $, Priority: 1}', '{ MessageBody: $ }'))
  })

  it('removes one error name of a flow list and the list when it is the last', () => {
    const out = edit(FLOW, { type: 'field.remove', path: ['steps', 0, 'catch', 0, 'errors', 0] })
    expect(out).toBe(swap(FLOW, '      - errors: [FnF.ALL]\n        goto: failed\n', '      - goto: failed\n'))
  })

  it('refuses a path that does not exist', () => {
    expect(refused(FLOW, { type: 'field.remove', path: ['steps', 0, 'nothing'] })).toMatch(/nothing at/)
  })
})
