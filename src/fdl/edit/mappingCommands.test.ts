import { describe, expect, it } from 'vitest'
import { COMMENTED_FLOW as FLOW } from './testing/fixtures.ts'
import { edit, refused, swap } from './testing/expectEdit.ts'

const INPUT = ['steps', 0, 'inputMappings']

describe('mapping commands', () => {
  it('mapping.add appends a row, or puts it at an index', () => {
    const end = edit(FLOW, { type: 'mapping.add', list: INPUT, mapping: { target: 'key', source: 'value' } })
    expect(end).toBe(swap(FLOW, '        source: $context.task.token\n', '        source: $context.task.token\n      - target: key\n        source: value\n'))
    const first = edit(FLOW, { type: 'mapping.add', list: INPUT, index: 0, mapping: { target: 'id', source: '$input.id' } })
    expect(first).toBe(swap(FLOW, '      - target: task_token', '      - target: id\n        source: $input.id\n      - target: task_token'))
  })

  it('mapping.add creates the list at its canonical place in the step', () => {
    const out = edit(FLOW, { type: 'mapping.add', list: ['steps', 0, 'outputMappings'], mapping: { target: 'result', source: '$local' } })
    expect(out).toBe(swap(FLOW, '    serviceParams: {MessageBody: $, Priority: 1}\n', '    serviceParams: {MessageBody: $, Priority: 1}\n    outputMappings:\n      - target: result\n        source: $local\n'))
  })

  it('mapping.add writes constant sources of any JSON type', () => {
    const out = edit(FLOW, { type: 'mapping.add', list: ['steps', 1, 'outputMappings'], mapping: { target: 'names', source: ['A', 'B'] } })
    expect(out).toContain('    outputMappings:\n      - target: names\n        source:\n          - A\n          - B\n')
  })

  it('mapping.set changes only the given side of a row, keeping its comment', () => {
    const out = edit(FLOW, { type: 'mapping.set', list: INPUT, index: 0, mapping: { target: 'token' } })
    expect(out).toBe(swap(FLOW, 'target: task_token   # token', 'target: token   # token'))
  })

  it('mapping.remove removes a row, and the list with its last row', () => {
    const two = edit(FLOW, { type: 'mapping.add', list: INPUT, mapping: { target: 'key', source: 'value' } })
    expect(edit(two, { type: 'mapping.remove', list: INPUT, index: 1 })).toBe(FLOW)
    expect(edit(FLOW, { type: 'mapping.remove', list: INPUT, index: 0 })).toBe(swap(FLOW, '    inputMappings:\n      - target: task_token   # token\n        source: $context.task.token\n', ''))
  })

  it('mapping.move reorders rows with their comments; `to` is the index after the move', () => {
    const text = 'inputMappings:\n  # first\n  - target: a\n    source: $input.a\n  - target: b\n    source: $input.b\n  - target: c\n    source: $input.c\n'
    expect(edit(text, { type: 'mapping.move', list: ['inputMappings'], from: 0, to: 2 })).toBe('inputMappings:\n  - target: b\n    source: $input.b\n  - target: c\n    source: $input.c\n  # first\n  - target: a\n    source: $input.a\n')
    expect(edit(text, { type: 'mapping.move', list: ['inputMappings'], from: 2, to: 1 })).toBe('inputMappings:\n  # first\n  - target: a\n    source: $input.a\n  - target: c\n    source: $input.c\n  - target: b\n    source: $input.b\n')
  })

  it('mapping.move inside a flow list rewrites that list', () => {
    const text = 'inputMappings: [{target: a, source: p}, {target: b, source: q}]\n'
    expect(edit(text, { type: 'mapping.move', list: ['inputMappings'], from: 0, to: 1 })).toBe('inputMappings: [ { target: b, source: q }, { target: a, source: p } ]\n')
  })

  it('refuses rows and lists that do not exist', () => {
    expect(refused(FLOW, { type: 'mapping.set', list: INPUT, index: 3, mapping: { target: 'x' } })).toMatch(/no row 3/)
    expect(refused(FLOW, { type: 'mapping.remove', list: ['steps', 0, 'outputMappings'], index: 0 })).toMatch(/no mapping list/)
    expect(refused(FLOW, { type: 'mapping.add', list: ['steps', 0, 'name'], mapping: { target: 'x', source: 1 } })).toMatch(/not a list/)
    expect(refused(FLOW, { type: 'mapping.move', list: INPUT, from: 0, to: 5 })).toMatch(/no row 5/)
  })
})
