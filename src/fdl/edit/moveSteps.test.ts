import { describe, expect, it } from 'vitest'
import { COMMENTED_FLOW as FLOW } from './testing/fixtures.ts'
import { edit, refused } from './testing/expectEdit.ts'
import { parseFdl } from '../parse/parseFdl.ts'

const names = (text: string, path: (string | number)[] = ['steps']) => {
  let node: unknown = parseFdl(text).document.toJS()
  for (const seg of path) node = (node as Record<string | number, unknown>)[seg]
  return (node as { name: string }[]).map((s) => s.name)
}

const FIVE = ['a', 'b', 'c', 'd', 'e'].map((n) => `  # about ${n}\n  - type: pass\n    name: ${n}\n`).join('')
const LIST = `version: v1\ntype: flow\nsteps:\n${FIVE}`

describe('steps.move', () => {
  it('moves separated steps together to a place between others, in document order, each with its comment', () => {
    const out = edit(LIST, { type: 'steps.move', paths: [['steps', 3], ['steps', 0]], sequence: ['steps'], index: 2 })
    expect(names(out)).toEqual(['b', 'a', 'd', 'c', 'e'])
    expect(out).toContain('  # about a\n  - type: pass\n    name: a\n  # about d\n  - type: pass\n    name: d\n  # about c\n')
  })

  it('moves them before the first step, after the last one, and right before one of them', () => {
    expect(names(edit(LIST, { type: 'steps.move', paths: [['steps', 2], ['steps', 4]], sequence: ['steps'], index: 0 }))).toEqual(['c', 'e', 'a', 'b', 'd'])
    expect(names(edit(LIST, { type: 'steps.move', paths: [['steps', 0], ['steps', 2]], sequence: ['steps'], index: 5 }))).toEqual(['b', 'd', 'e', 'a', 'c'])
    expect(names(edit(LIST, { type: 'steps.move', paths: [['steps', 1], ['steps', 3]], sequence: ['steps'], index: 1 }))).toEqual(['a', 'b', 'd', 'c', 'e'])
    expect(names(edit(LIST, { type: 'steps.move', paths: [['steps', 0], ['steps', 4]], sequence: ['steps'], index: 4 }))).toEqual(['b', 'c', 'd', 'a', 'e'])
  })

  it('changes nothing when the steps already sit together at that place', () => {
    expect(edit(LIST, { type: 'steps.move', paths: [['steps', 1], ['steps', 2]], sequence: ['steps'], index: 1 })).toBe(LIST)
    expect(edit(LIST, { type: 'steps.move', paths: [['steps', 1], ['steps', 2]], sequence: ['steps'], index: 3 })).toBe(LIST)
  })

  it('moves steps from different branches into another, re-indented, leaving `steps: []` where a branch empties', () => {
    const out = edit(FLOW, { type: 'steps.move', paths: [['steps', 1, 'choices', 0, 'steps', 0], ['steps', 0]], sequence: ['steps', 2, 'branches', 0, 'steps'], index: 0 })
    const parsed = parseFdl(out)
    expect(parsed.diagnostics.filter((d) => d.code === 'yaml-syntax')).toEqual([])
    expect(out).toContain('        steps: []\n')
    const branch = names(out, ['steps', 1, 'branches', 0, 'steps'])
    expect(branch.slice(0, 2)).toEqual([names(FLOW)[0], 'fine'])
    expect(names(out)).toHaveLength(names(FLOW).length - 1)
  })

  it('takes a step inside another moved step along with it, once', () => {
    const out = edit(FLOW, { type: 'steps.move', paths: [['steps', 1], ['steps', 1, 'choices', 0, 'steps', 0], ['steps', 0]], sequence: ['steps'], index: 5 })
    expect(names(out).slice(-2)).toEqual([names(FLOW)[0], 'route'])
    expect(out.match(/name: fine/g)).toHaveLength(1)
  })

  it('refuses a move into one of the moved steps, a path that is no step, and an empty selection', () => {
    expect(refused(FLOW, { type: 'steps.move', paths: [['steps', 0], ['steps', 1]], sequence: ['steps', 1, 'default', 'steps'], index: 0 })).toMatch(/into itself/)
    expect(refused(FLOW, { type: 'steps.move', paths: [['steps', 0], ['steps', 9]], sequence: ['steps'], index: 0 })).toMatch(/no step/)
    expect(refused(FLOW, { type: 'steps.move', paths: [], sequence: ['steps'], index: 0 })).toMatch(/No step/)
  })
})

describe('moves that end a list after a removed last item with a blank line around it', () => {
  it('appends a multi-selection after the last step when that step is one of the moved ones', () => {
    const text = 'steps:\n  - type: pass\n    name: a\n  - type: pass\n    name: b\n\n  - type: pass\n    name: c\n\n'
    expect(names(edit(text, { type: 'steps.move', paths: [['steps', 0], ['steps', 2]], sequence: ['steps'], index: 3 }))).toEqual(['b', 'a', 'c'])
  })

  it('moves the last step of a foreach body out to just after the foreach (step.move)', () => {
    const text = 'steps:\n  - type: foreach\n    name: f\n    steps:\n      - type: pass\n        name: a\n\n      - type: pass\n        name: b\n\n'
    const out = edit(text, { type: 'step.move', from: ['steps', 0, 'steps', 1], sequence: ['steps'], index: 1 })
    expect(names(out)).toEqual(['f', 'b'])
    expect(names(out, ['steps', 0, 'steps'])).toEqual(['a'])
  })
})
