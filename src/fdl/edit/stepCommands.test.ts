import { describe, expect, it } from 'vitest'
import { COMMENTED_FLOW as FLOW } from './testing/fixtures.ts'
import { edit, refused, swap } from './testing/expectEdit.ts'
import { parseFdl } from '../parse/parseFdl.ts'

const PASS = { type: 'pass', name: 'added' }

describe('step.insert', () => {
  it('writes a new step canonically between two steps, before the comment that belongs to the next one', () => {
    const out = edit(FLOW, { type: 'step.insert', sequence: ['steps'], index: 1, step: { name: 'added', end: true, type: 'pass' } })
    expect(out).toBe(swap(FLOW, '\n  # Route on the result', '\n  - type: pass\n    name: added\n    end: true\n  # Route on the result'))
  })

  it('appends after the last step, keeping the comment that closes the document', () => {
    const out = edit(FLOW, { type: 'step.insert', sequence: ['steps'], index: 5, step: PASS })
    expect(out).toBe(swap(FLOW, '# quoted\n', '# quoted\n  - type: pass\n    name: added\n'))
  })

  it('inserts at the top of a choice branch with the branch indentation', () => {
    const out = edit(FLOW, { type: 'step.insert', sequence: ['steps', 1, 'choices', 0, 'steps'], index: 0, step: PASS })
    expect(out).toBe(swap(FLOW, '        steps:\n          - type: pass\n            name: fine', '        steps:\n          - type: pass\n            name: added\n          - type: pass\n            name: fine'))
  })

  it('creates `steps` in a branch that has only a goto', () => {
    const out = edit(FLOW, { type: 'step.insert', sequence: ['steps', 1, 'choices', 1, 'steps'], index: 0, step: PASS })
    expect(out).toBe(swap(FLOW, '      - condition: $.retry\n        goto: send', '      - condition: $.retry\n        steps:\n          - type: pass\n            name: added\n        goto: send'))
  })

  it('creates the steps of a default that has only a goto, before the goto', () => {
    const out = edit(FLOW, { type: 'step.insert', sequence: ['steps', 1, 'default', 'steps'], index: 0, step: PASS })
    expect(out).toBe(swap(FLOW, '    default:\n      goto: failed', '    default:\n      steps:\n        - type: pass\n          name: added\n      goto: failed'))
  })

  it('creates a missing default with its steps', () => {
    const text = 'version: v1\ntype: flow\nsteps:\n  - type: choice\n    name: c\n    choices:\n      - condition: $.a\n        goto: c\n'
    expect(edit(text, { type: 'step.insert', sequence: ['steps', 0, 'default', 'steps'], index: 0, step: PASS })).toBe(
      text + '    default:\n      steps:\n        - type: pass\n          name: added\n',
    )
  })

  it('inserts into a parallel branch and a foreach body', () => {
    const a = edit(FLOW, { type: 'step.insert', sequence: ['steps', 2, 'branches', 1, 'steps'], index: 1, step: PASS })
    expect(a).toBe(swap(FLOW, '            duration: 5\n', '            duration: 5\n          - type: pass\n            name: added\n'))
    const b = edit(FLOW, { type: 'step.insert', sequence: ['steps', 3, 'steps'], index: 0, step: PASS })
    expect(b).toBe(swap(FLOW, '    steps:\n      - type: pass\n        name: body', '    steps:\n      - type: pass\n        name: added\n      - type: pass\n        name: body'))
  })

  it('turns an empty `steps: []` into a block list, keeping a comment on the key line', () => {
    const text = 'version: v1\ntype: flow\nsteps: []   # nothing yet\n'
    expect(edit(text, { type: 'step.insert', sequence: ['steps'], index: 0, step: PASS })).toBe('version: v1\ntype: flow\nsteps:   # nothing yet\n  - type: pass\n    name: added\n')
  })

  it('creates the top-level steps of a flow that has none, and appends at the end of a file without a final newline', () => {
    expect(edit('version: v1\ntype: flow', { type: 'step.insert', sequence: ['steps'], index: 0, step: PASS })).toBe('version: v1\ntype: flow\nsteps:\n  - type: pass\n    name: added')
  })

  it('refuses a bad sequence, a position out of range and a name that is taken', () => {
    expect(refused(FLOW, { type: 'step.insert', sequence: ['steps', 0, 'steps'], index: 0, step: PASS })).toMatch(/not a place that holds steps/)
    expect(refused(FLOW, { type: 'step.insert', sequence: ['steps'], index: 9, step: PASS })).toMatch(/outside/)
    expect(refused(FLOW, { type: 'step.insert', sequence: ['steps'], index: 0, step: { type: 'pass', name: 'fine' } })).toMatch(/fine already exists/)
    expect(refused(FLOW, { type: 'step.insert', sequence: ['nope', 'steps'], index: 0, step: PASS })).toMatch(/not a place/)
  })
})

describe('step.move', () => {
  it('moves a step down with its comment, re-indented into a parallel branch', () => {
    const out = edit(FLOW, { type: 'step.move', from: ['steps', 1], sequence: ['steps', 2, 'branches', 0, 'steps'], index: 1 })
    const moved = [
      '          # Route on the result',
      '          - type: choice',
      '            name: route',
      '            choices:',
      '              - condition: $.ok == true',
      '                steps:',
      '                  - type: pass',
      '                    name: fine',
      '              - condition: $.retry',
      '                goto: send',
      '            default:',
      '              goto: failed',
    ].join('\n')
    const removed = swap(FLOW, FLOW.slice(FLOW.indexOf('  # Route'), FLOW.indexOf('  - type: parallel')), '')
    expect(out).toBe(swap(removed, '            name: left\n', `            name: left\n${moved}\n`))
    expect(parseFdl(out).diagnostics.filter((d) => d.code === 'yaml-syntax')).toEqual([])
  })

  it('counts the index before removal: moving the first of three to 2 puts it between the others', () => {
    const text = 'steps:\n  - type: pass\n    name: a\n  - type: pass\n    name: b\n  - type: pass\n    name: c\n'
    expect(edit(text, { type: 'step.move', from: ['steps', 0], sequence: ['steps'], index: 2 })).toBe('steps:\n  - type: pass\n    name: b\n  - type: pass\n    name: a\n  - type: pass\n    name: c\n')
    expect(edit(text, { type: 'step.move', from: ['steps', 2], sequence: ['steps'], index: 0 })).toBe('steps:\n  - type: pass\n    name: c\n  - type: pass\n    name: a\n  - type: pass\n    name: b\n')
  })

  it('leaves `steps: []` behind when it takes the only step of a branch, and moving onto itself changes nothing', () => {
    const out = edit(FLOW, { type: 'step.move', from: ['steps', 1, 'choices', 0, 'steps', 0], sequence: ['steps'], index: 0 })
    expect(out).toContain('      - condition: $.ok == true\n        steps: []\n      - condition')
    expect(out).toContain('steps:\n  - type: pass\n    name: fine\n  # Send the job\n')
    expect(edit(FLOW, { type: 'step.move', from: ['steps', 1], sequence: ['steps'], index: 2 })).toBe(FLOW)
  })

  it('refuses to move a step into its own branch, or from a path that is not a step', () => {
    expect(refused(FLOW, { type: 'step.move', from: ['steps', 1], sequence: ['steps', 1, 'default', 'steps'], index: 0 })).toMatch(/into itself/)
    expect(refused(FLOW, { type: 'step.move', from: ['steps', 7], sequence: ['steps'], index: 0 })).toMatch(/no step/)
  })
})

describe('step.delete', () => {
  it('removes steps with their own comments and the blank line that separated them', () => {
    const out = edit(FLOW, { type: 'step.delete', paths: [['steps', 0]] })
    expect(out).toBe(swap(FLOW, FLOW.slice(FLOW.indexOf('  # Send the job'), FLOW.indexOf('  # Route')), ''))
  })

  it('deletes several steps at once, ignoring steps inside a deleted one', () => {
    const out = edit(FLOW, { type: 'step.delete', paths: [['steps', 2], ['steps', 2, 'branches', 0, 'steps', 0], ['steps', 4]] })
    const parsed = parseFdl(out)
    expect(parsed.flow?.body.steps.map((s) => s.name)).toEqual(['send', 'route', 'each'])
    expect(out).toContain('# trailing comment of the document\n')
  })

  it('writes `steps: []` when every step of a sequence goes', () => {
    const out = edit(FLOW, { type: 'step.delete', paths: [['steps', 3, 'steps', 0]] })
    expect(out).toBe(swap(FLOW, '    steps:\n      - type: pass\n        name: body\n', '    steps: []\n'))
  })

  it('refuses an empty list or a path that is not a step', () => {
    expect(refused(FLOW, { type: 'step.delete', paths: [] })).toMatch(/No step/)
    expect(refused(FLOW, { type: 'step.delete', paths: [['steps', 0, 'catch', 0]] })).toMatch(/no step/)
  })
})

describe('step.duplicate', () => {
  it('inserts a copy right after the step with fresh names for it and every step inside it', () => {
    const out = edit(FLOW, { type: 'step.duplicate', path: ['steps', 1] })
    const copy = FLOW.slice(FLOW.indexOf('  - type: choice'), FLOW.indexOf('  - type: parallel')).replace('name: route', 'name: route_2').replace('name: fine', 'name: fine_2')
    expect(out).toBe(swap(FLOW, '  - type: parallel', copy + '  - type: parallel'))
  })

  it('points gotos inside the copy at the copied siblings, and leaves gotos to outside steps alone', () => {
    const text = 'steps:\n  - type: parallel\n    name: p\n    branches:\n      - steps:\n          - type: choice\n            name: c\n            choices:\n              - condition: $.a\n                goto: d\n            default:\n              goto: p\n          - type: pass\n            name: d\n'
    const out = edit(text, { type: 'step.duplicate', path: ['steps', 0] })
    expect(out.slice(text.length)).toBe('  - type: parallel\n    name: p_2\n    branches:\n      - steps:\n          - type: choice\n            name: c_2\n            choices:\n              - condition: $.a\n                goto: d_2\n            default:\n              goto: p\n          - type: pass\n            name: d_2\n')
  })
})

describe('step.rename', () => {
  it('renames the step and every sibling goto naming it, keeping quotes and comments', () => {
    const out = edit(FLOW, { type: 'step.rename', path: ['steps', 4], name: 'broken' })
    expect(out).toBe(FLOW.replace('    name: failed', '    name: broken').replace('        goto: failed', '        goto: broken').replace('      goto: failed', '      goto: broken'))
  })

  it('does not touch a goto of the same name in another sequence', () => {
    const text = 'steps:\n  - type: pass\n    name: a\n  - type: choice\n    name: c\n    choices:\n      - condition: $.x\n        steps:\n          - type: choice\n            name: inner\n            choices:\n              - condition: $.y\n                goto: a\n        goto: a\n'
    const out = edit(text, { type: 'step.rename', path: ['steps', 0], name: 'b' })
    expect(out).toBe('steps:\n  - type: pass\n    name: b\n  - type: choice\n    name: c\n    choices:\n      - condition: $.x\n        steps:\n          - type: choice\n            name: inner\n            choices:\n              - condition: $.y\n                goto: a\n        goto: b\n')
  })

  it('keeps the quoting style of the name', () => {
    expect(edit(FLOW, { type: 'step.rename', path: ['steps', 0], name: 'send' })).toBe(FLOW)
    const text = "steps:\n  - type: pass\n    name: 'a'\n"
    expect(edit(text, { type: 'step.rename', path: ['steps', 0], name: 'b' })).toBe("steps:\n  - type: pass\n    name: 'b'\n")
  })

  it('refuses a name used by any other step in the flow, an empty name or a bad path', () => {
    expect(refused(FLOW, { type: 'step.rename', path: ['steps', 0], name: 'body' })).toMatch(/body already exists/)
    expect(refused(FLOW, { type: 'step.rename', path: ['steps', 0], name: '  ' })).toMatch(/needs a name/)
    expect(refused(FLOW, { type: 'step.rename', path: ['steps', 0, 'name'], name: 'x' })).toMatch(/no step/)
  })
})

describe('step.paste', () => {
  it('pastes a list of steps with their comments, renaming clashes and the gotos between them', () => {
    const yaml = '# copied\n- type: pass\n  name: fine   # keep me\n- type: choice\n  name: again\n  choices:\n    - condition: $.z\n      goto: fine\n'
    const out = edit(FLOW, { type: 'step.paste', sequence: ['steps'], index: 5, yaml })
    expect(out).toBe(swap(FLOW, '# quoted\n', '# quoted\n  # copied\n  - type: pass\n    name: fine_2   # keep me\n  - type: choice\n    name: again\n    choices:\n      - condition: $.z\n        goto: fine_2\n'))
  })

  it('pastes one step written as a mapping', () => {
    const out = edit(FLOW, { type: 'step.paste', sequence: ['steps', 3, 'steps'], index: 1, yaml: 'type: wait\nname: nap\nduration: 3\n' })
    expect(out).toBe(swap(FLOW, '        name: body\n', '        name: body\n      - type: wait\n        name: nap\n        duration: 3\n'))
  })

  it('pastes the steps of a whole pasted flow', () => {
    const yaml = 'version: v1\ntype: flow\nsteps:\n  # first\n  - type: pass\n    name: body\n'
    const out = edit(FLOW, { type: 'step.paste', sequence: ['steps'], index: 0, yaml })
    expect(out).toBe(swap(FLOW, 'steps:\n  # Send the job', 'steps:\n  # first\n  - type: pass\n    name: body_2\n  # Send the job'))
  })

  it('refuses text that is not YAML or not steps', () => {
    expect(refused(FLOW, { type: 'step.paste', sequence: ['steps'], index: 0, yaml: 'a: [' })).toMatch(/not valid YAML/)
    expect(refused(FLOW, { type: 'step.paste', sequence: ['steps'], index: 0, yaml: 'just text' })).toMatch(/not a step/)
  })
})
