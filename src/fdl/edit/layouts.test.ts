import { describe, expect, it } from 'vitest'
import { edit, refused } from './testing/expectEdit.ts'

describe('edits on other YAML layouts', () => {
  it('a JSON flow stays JSON, in its own indentation', () => {
    const json = JSON.stringify({ version: 'v1', type: 'flow', steps: [{ type: 'pass', name: 'a' }] }, null, 2) + '\n'
    const out = edit(json, { type: 'step.insert', sequence: ['steps'], index: 1, step: { type: 'wait', name: 'w', duration: 3 } })
    expect(out).toBe(JSON.stringify({ version: 'v1', type: 'flow', steps: [{ type: 'pass', name: 'a' }, { type: 'wait', name: 'w', duration: 3 }] }, null, 2) + '\n')
    const renamed = edit(json, { type: 'step.rename', path: ['steps', 0], name: 'b' })
    expect(renamed).toBe(json.replace('"name": "a"', '"name": "b"'))
    const compact = '{"version":"v1","type":"flow","steps":[]}'
    expect(edit(compact, { type: 'step.insert', sequence: ['steps'], index: 0, step: { type: 'pass', name: 'p' } })).toBe('{"version":"v1","type":"flow","steps":[{"type":"pass","name":"p"}]}')
  })

  it('a JSON flow moves and deletes steps across its sequences in one rewrite, still JSON', () => {
    const flow = (steps: unknown[]) => JSON.stringify({ version: 'v1', type: 'flow', steps }, null, 2) + '\n'
    const pass = (name: string) => ({ type: 'pass', name })
    const choice = (choices: unknown[][], def?: unknown[]) => ({ type: 'choice', name: 'c', choices: choices.map((steps) => ({ condition: '$.x > 1', steps })), ...(def ? { default: { steps: def } } : {}) })
    const json = flow([pass('a'), choice([[pass('b'), pass('d')]]), pass('e')])
    // Out of the top level into a branch: taking out and putting in each rewrite the whole object.
    expect(edit(json, { type: 'step.move', from: ['steps', 0], sequence: ['steps', 1, 'choices', 0, 'steps'], index: 1 })).toBe(flow([choice([[pass('b'), pass('a'), pass('d')]]), pass('e')]))
    // Into a default the choice does not have yet.
    expect(edit(json, { type: 'step.move', from: ['steps', 2], sequence: ['steps', 1, 'default', 'steps'], index: 0 })).toBe(flow([pass('a'), choice([[pass('b'), pass('d')]], [pass('e')])]))
    // Several steps, from two sequences, in document order.
    expect(edit(json, { type: 'steps.move', paths: [['steps', 2], ['steps', 1, 'choices', 0, 'steps', 0]], sequence: ['steps'], index: 0 })).toBe(flow([pass('b'), pass('e'), pass('a'), choice([[pass('d')]])]))
    expect(edit(json, { type: 'step.delete', paths: [['steps', 0], ['steps', 1, 'choices', 0, 'steps', 1]] })).toBe(flow([choice([[pass('b')]]), pass('e')]))
  })

  it('steps written as flow mappings are edited in place, in flow style', () => {
    const text = 'steps:\n  - {type: pass, name: a}   # first\n  - {type: pass, name: b}\n'
    expect(edit(text, { type: 'field.set', path: ['steps', 0, 'end'], value: true })).toBe('steps:\n  - { type: pass, name: a, end: true }   # first\n  - {type: pass, name: b}\n')
    expect(edit(text, { type: 'step.move', from: ['steps', 1], sequence: ['steps'], index: 0 })).toBe('steps:\n  - {type: pass, name: b}\n  - {type: pass, name: a}   # first\n')
    expect(edit(text, { type: 'field.set', path: ['steps', 1], value: { type: 'pass', name: 'b', end: true } })).toBe('steps:\n  - {type: pass, name: a}   # first\n  - { type: pass, name: b, end: true }\n')
  })

  it('a flow list of steps takes new steps in flow style and moves out of it as block text', () => {
    const text = 'steps: [{type: pass, name: a}]\n'
    expect(edit(text, { type: 'step.insert', sequence: ['steps'], index: 1, step: { type: 'pass', name: 'b' } })).toBe('steps: [ { type: pass, name: a }, { type: pass, name: b } ]\n')
    const nested = 'steps:\n  - type: foreach\n    name: f\n    steps: [{type: pass, name: a}]\n  - type: pass\n    name: z\n'
    expect(edit(nested, { type: 'step.move', from: ['steps', 0, 'steps', 0], sequence: ['steps'], index: 2 })).toBe('steps:\n  - type: foreach\n    name: f\n    steps: []\n  - type: pass\n    name: z\n  - type: pass\n    name: a\n')
  })

  it('lists written at their key column and 4-space indentation keep their style', () => {
    const text = 'steps:\n- type: pass\n  name: a\n- type: task\n  name: t\n  retry:\n  - errors:\n    - FnF.ALL\n'
    expect(edit(text, { type: 'step.insert', sequence: ['steps'], index: 1, step: { type: 'pass', name: 'b' } })).toBe('steps:\n- type: pass\n  name: a\n- type: pass\n  name: b\n- type: task\n  name: t\n  retry:\n  - errors:\n    - FnF.ALL\n')
    expect(edit(text, { type: 'field.set', path: ['steps', 1, 'retry', 0, 'errors', 1], value: 'FnF.TaskTimeout' })).toBe(text + '    - FnF.TaskTimeout\n')
    const four = 'steps:\n    -   type: pass\n        name: a\n'
    expect(edit(four, { type: 'field.set', path: ['steps', 0, 'end'], value: true })).toBe(four + '        end: true\n')
  })

  it('keeps a document start marker and a tag on an untouched value', () => {
    const text = '---\nversion: v1\ntype: flow\nsteps:\n  - type: task\n    name: t\n    resourceArn: !Ref svc/fn\n'
    expect(edit(text, { type: 'field.set', path: ['steps', 0, 'pattern'], value: 'sync' })).toBe(text + '    pattern: sync\n')
    expect(edit(text, { type: 'field.set', path: ['steps', 0, 'resourceArn'], value: 'acs:fc:::services/s/functions/f' })).toBe(text.replace('!Ref svc/fn', 'acs:fc:::services/s/functions/f'))
  })

  it('refuses to rewrite a value other places refer to through an anchor', () => {
    const text = 'x: &common\n  MessageBody: $\nsteps:\n  - type: task\n    name: t\n    serviceParams: *common\n'
    expect(refused(text, { type: 'field.set', path: ['x'], value: 1 })).toMatch(/anchor/)
  })
  it('fills a list written empty or null inside a flow collection, in one rewrite', () => {
    const empty = 'steps: [{type: pass, name: a}, {type: parallel, name: p, branches: [{steps: }]}]\n'
    expect(edit(empty, { type: 'step.move', from: ['steps', 0], sequence: ['steps', 1, 'branches', 0, 'steps'], index: 0 })).toBe(
      'steps: [ { type: parallel, name: p, branches: [ { steps: [ { type: pass, name: a } ] } ] } ]\n',
    )
    const json = '{"steps": [{"type": "pass", "name": "a"}, {"type": "foreach", "name": "f", "steps": null}]}'
    expect(edit(json, { type: 'step.move', from: ['steps', 0], sequence: ['steps', 1, 'steps'], index: 0 })).toBe(
      '{"steps":[{"type":"foreach","name":"f","steps":[{"type":"pass","name":"a"}]}]}',
    )
    const block = 'steps:\n  - type: foreach\n    name: f\n    steps: null  # none yet\n'
    expect(edit(block, { type: 'step.insert', sequence: ['steps', 0, 'steps'], index: 0, step: { type: 'pass', name: 'b' } })).toBe(
      'steps:\n  - type: foreach\n    name: f\n    steps:  # none yet\n      - type: pass\n        name: b\n',
    )
  })

  it('deletes steps from a flow list and from block lists in one command', () => {
    const text = 'steps:\n  - type: pass\n    name: a\n  - type: pass\n    name: b\n  - {type: parallel, name: p, branches: [{steps: [{type: pass, name: c}, {type: pass, name: d}]}, {steps: [{type: pass, name: e}]}]}\n'
    const out = edit(text, { type: 'step.delete', paths: [['steps', 0], ['steps', 2, 'branches', 0, 'steps', 1], ['steps', 2, 'branches', 1, 'steps', 0]] })
    expect(out).toBe('steps:\n  - type: pass\n    name: b\n  - { type: parallel, name: p, branches: [ { steps: [ { type: pass, name: c } ] }, { steps: [] } ] }\n')
    // Two flow lists side by side: each is rewritten once.
    const two = 'steps:\n  - {type: foreach, name: f, steps: [{type: pass, name: a}, {type: pass, name: b}]}\n  - {type: foreach, name: g, steps: [{type: pass, name: c}]}\n'
    expect(edit(two, { type: 'step.delete', paths: [['steps', 0, 'steps', 0], ['steps', 1, 'steps', 0]] })).toBe(
      'steps:\n  - { type: foreach, name: f, steps: [ { type: pass, name: b } ] }\n  - { type: foreach, name: g, steps: [] }\n',
    )
  })

  it('refuses to rewrite a flow collection that holds an anchor or an alias, which the rewrite would break', () => {
    const anchored = 'steps: [{type: pass, name: a, inputMappings: &m [{target: x, source: $input.x}]}, {type: pass, name: b}]\nother:\n  inputMappings: *m\n'
    expect(refused(anchored, { type: 'step.move', from: ['steps', 1], sequence: ['steps'], index: 0 })).toMatch(/anchors or aliases/)
    const aliased = 'defs:\n  p: &p {type: pass, name: z}\nsteps: [*p, {type: pass, name: b}]\n'
    expect(refused(aliased, { type: 'step.delete', paths: [['steps', 1]] })).toMatch(/anchors or aliases/)
    expect(refused(aliased, { type: 'step.insert', sequence: ['steps'], index: 2, step: { type: 'pass', name: 'c' } })).toMatch(/anchors or aliases/)
    // An anchor on the collection itself stays where it is, outside the rewritten text.
    const own = 'steps: &all [{type: pass, name: a}]\n'
    expect(edit(own, { type: 'step.insert', sequence: ['steps'], index: 1, step: { type: 'pass', name: 'b' } })).toBe('steps: &all [ { type: pass, name: a }, { type: pass, name: b } ]\n')
  })
  it('refuses an edit that would leave an alias with no anchor before it, wherever the anchor goes', () => {
    const text = 'steps:\n  - type: pass\n    name: a\n    inputMappings: &m [{target: x, source: $input.x}]\n  - {type: foreach, name: f, steps: [{type: pass, name: b}]}\n  - type: pass\n    name: c\n    inputMappings: *m\n'
    expect(refused(text, { type: 'step.move', from: ['steps', 0], sequence: ['steps', 1, 'steps'], index: 0 })).toMatch(/`\*m` with no anchor `&m`/)
    expect(refused(text, { type: 'step.delete', paths: [['steps', 0]] })).toMatch(/`\*m` with no anchor/)
    expect(refused(text, { type: 'step.move', from: ['steps', 0], sequence: ['steps'], index: 3 })).toMatch(/`\*m` with no anchor/)
    // Counted per name: taking away a dangling *old along with &m does not pass for even.
    const swap = text.replace('    name: a\n', '    name: a\n    extra: *old\n')
    expect(refused(swap, { type: 'step.delete', paths: [['steps', 0]] })).toMatch(/`\*m` with no anchor/)
    // The anchor's step moved but still before the alias, or the alias's own step deleted: fine.
    expect(edit(text, { type: 'step.delete', paths: [['steps', 2]] })).toBe(text.slice(0, text.indexOf('  - type: pass\n    name: c')))
    expect(edit(text.replace('*m', '[]'), { type: 'step.delete', paths: [['steps', 0]] })).not.toContain('&m')
  })

  it('refuses to rewrite a flow collection whose plain value would lose a tag, a typed key or a big number', () => {
    const flow = (extra: string) => `steps: [{type: pass, name: a${extra}}, {type: pass, name: b}]\n`
    const del = { type: 'step.delete', paths: [['steps', 1]] } as const
    expect(refused(flow(', resourceArn: !Ref svc/fn'), del)).toMatch(/tagged value \(!Ref\)/)
    expect(refused(flow(', result: {null: z}'), del)).toMatch(/key that is not a plain string \(null\)/)
    expect(refused(flow(', result: {1: x}'), del)).toMatch(/key that is not a plain string \(1\)/)
    expect(refused(flow(', duration: 12345678901234567890'), del)).toMatch(/number \(12345678901234567890\)/)
    expect(edit(flow(', duration: 12.5, result: {"1": x}'), del)).toBe('steps: [ { type: pass, name: a, duration: 12.5, result: { "1": x } } ]\n')
  })

  it('fills a null written on the line below its key, and a null default, keeping the comments', () => {
    const below = 'steps:\n  - type: foreach\n    name: f\n    steps: # filled later\n      ~\n'
    expect(edit(below, { type: 'step.insert', sequence: ['steps', 0, 'steps'], index: 0, step: { type: 'pass', name: 'b' } })).toBe(
      'steps:\n  - type: foreach\n    name: f\n    steps: # filled later\n      - type: pass\n        name: b\n',
    )
    expect(edit(below, { type: 'field.set', path: ['steps', 0, 'steps'], value: [] })).toBe('steps:\n  - type: foreach\n    name: f\n    steps: # filled later\n      []\n')
    const choice = 'steps:\n  - type: choice\n    name: c\n    choices:\n      - condition: $.x > 1\n        steps: []\n    default: ~  # none\n'
    expect(edit(choice, { type: 'step.insert', sequence: ['steps', 0, 'default', 'steps'], index: 0, step: { type: 'pass', name: 'd' } })).toBe(
      'steps:\n  - type: choice\n    name: c\n    choices:\n      - condition: $.x > 1\n        steps: []\n    default:  # none\n      steps:\n        - type: pass\n          name: d\n',
    )
  })
  it('says a step drawn through an alias is one, and leaves it to the code', () => {
    const text = 'steps:\n  - &s\n    type: pass\n    name: a\n  - *s\n  - {type: parallel, name: p, branches: *s}\n'
    expect(refused(text, { type: 'step.delete', paths: [['steps', 1]] })).toBe('steps.1 is an alias (*s) of a value written elsewhere; edit it in the code.')
    expect(refused(text, { type: 'step.rename', path: ['steps', 2, 'branches', 0, 'steps', 0], name: 'b' })).toMatch(/^steps\.2\.branches is an alias \(\*s\)/)
    expect(refused(text, { type: 'step.delete', paths: [['steps', 7]] })).toBe('There is no step at steps.7.')
  })
})
