import { describe, expect, it } from 'vitest'
import { createTestStore } from './createTestStore.ts'
import { selectionAfter } from './selectionAfter.ts'

const FLOW = `# keep me
version: v1
type: flow
steps:
  - type: pass
    name: A
  - type: parallel
    name: P
    branches:
      - steps:
          # inner
          - type: pass
            name: B
  - type: pass
    name: C
`

describe('designer store: commands from the canvas and forms', () => {
  it('applies a canvas insert, selects the new step and undoes it exactly', () => {
    const t = createTestStore(FLOW)
    const r = t.state().dispatch({ origin: 'canvas', command: { type: 'step.insert', sequence: ['steps'], index: 1, step: { type: 'wait', name: 'W', duration: 1 } } })
    expect(r.ok).toBe(true)
    expect(t.state().good.parsed.flow?.body.steps.map((s) => s.name)).toEqual(['A', 'W', 'P', 'C'])
    expect(t.state().selection).toEqual([['steps', 1]])
    expect(t.state().text).toContain('# keep me\n')
    expect(t.state().lastEdit?.origin).toBe('canvas')
    t.state().undo()
    expect(t.state().text).toBe(FLOW)
  })

  it('gives the code pane the exact change to apply', () => {
    const t = createTestStore(FLOW)
    t.state().dispatch({ origin: 'form', command: { type: 'step.rename', path: ['steps', 2], name: 'Last' } })
    const { before, change } = t.state().lastEdit!
    expect(before.slice(0, change.offset) + change.insertText + before.slice(change.offset + change.deleteLength)).toBe(t.state().text)
  })

  it('merges a field typing burst (same group) into one undo step', () => {
    const t = createTestStore(FLOW)
    for (const name of ['X', 'XY', 'XYZ']) {
      t.state().dispatch({ origin: 'form', command: { type: 'step.rename', path: ['steps', 0], name }, group: 'field:steps.0.name' })
      t.advance(200)
    }
    t.state().dispatch({ origin: 'form', command: { type: 'step.rename', path: ['steps', 2], name: 'D' }, group: 'field:steps.2.name' })
    t.state().undo()
    expect(t.state().good.parsed.flow?.body.steps.map((s) => s.name)).toEqual(['XYZ', 'P', 'C'])
    t.state().undo()
    expect(t.state().text).toBe(FLOW)
  })

  it('moves a step into a branch as one undo step and selects it where it landed', () => {
    const t = createTestStore(FLOW)
    t.state().dispatch({ origin: 'canvas', command: { type: 'step.move', from: ['steps', 0], sequence: ['steps', 1, 'branches', 0, 'steps'], index: 1 } })
    expect(t.state().selection).toEqual([['steps', 0, 'branches', 0, 'steps', 1]])
    expect(t.state().text).toContain('# inner\n')
    t.state().undo()
    expect(t.state().text).toBe(FLOW)
    expect(t.state().history.future).toHaveLength(1)
  })

  it('refuses a command that does not apply, with a notice and no history', () => {
    const t = createTestStore(FLOW)
    const r = t.state().dispatch({ origin: 'canvas', command: { type: 'step.delete', paths: [['steps', 9]] } })
    expect(r.ok).toBe(false)
    expect(t.state().notice).not.toBeNull()
    expect(t.state().history.past).toHaveLength(0)
    expect(t.state().text).toBe(FLOW)
  })

  it('parses pending typing before a command, so the command sees what was typed', () => {
    const t = createTestStore(FLOW)
    t.state().dispatch({ origin: 'code', text: FLOW.replace('name: C', 'name: Cee') })
    t.state().dispatch({ origin: 'canvas', command: { type: 'step.delete', paths: [['steps', 0]] } })
    expect(t.state().good.parsed.flow?.body.steps.map((s) => s.name)).toEqual(['P', 'Cee'])
    t.state().undo()
    expect(t.state().text).toBe(FLOW.replace('name: C', 'name: Cee'))
  })
})

describe('selectionAfter', () => {
  it('follows a step moved later in its own sequence (the index counts before removal)', () => {
    expect(selectionAfter({ type: 'step.move', from: ['steps', 0], sequence: ['steps'], index: 3 }, [])).toEqual([['steps', 2]])
  })
  it('follows a step moved into a container that sits after it', () => {
    expect(selectionAfter({ type: 'step.move', from: ['steps', 0], sequence: ['steps', 2, 'steps'], index: 0 }, [])).toEqual([['steps', 1, 'steps', 0]])
  })
  it('follows a step moved out of a branch to the top level', () => {
    expect(selectionAfter({ type: 'step.move', from: ['steps', 1, 'branches', 0, 'steps', 0], sequence: ['steps'], index: 0 }, [])).toEqual([['steps', 0]])
  })
  it('selects the copy after a duplicate and nothing after a delete', () => {
    expect(selectionAfter({ type: 'step.duplicate', path: ['steps', 1] }, [['steps', 1]])).toEqual([['steps', 2]])
    expect(selectionAfter({ type: 'step.delete', paths: [['steps', 1]] }, [['steps', 1]])).toEqual([])
  })
})

describe('selection after steps.move', () => {
  const text = [
    'version: v1', 'type: flow', 'steps:',
    '  - type: pass', '    name: a',
    '  - type: parallel', '    name: p', '    branches:', '      - steps:', '          - type: pass', '            name: x', '          - type: pass', '            name: y',
    '  - type: pass', '    name: b',
    '  - type: pass', '    name: c', '',
  ].join('\n')
  const cases: [string, (string | number)[][], (string | number)[], number][] = [
    ['two top-level steps into the branch after them', [['steps', 0], ['steps', 2]], ['steps', 1, 'branches', 0, 'steps'], 1],
    ['a branch step and a top-level step to the end', [['steps', 1, 'branches', 0, 'steps', 0], ['steps', 0]], ['steps'], 4],
    ['separated steps between others', [['steps', 3], ['steps', 0]], ['steps'], 2],
  ]
  it.each(cases)('selects the moved steps where they land: %s', (_, paths, sequence, index) => {
    const t = createTestStore(text)
    const nameAt = (p: readonly (string | number)[]) => (t.state().good.parsed.document.getIn(p) as { get(k: string): unknown }).get('name')
    const before = paths.map(nameAt).sort()
    const r = t.state().dispatch({ origin: 'canvas', command: { type: 'steps.move', paths, sequence, index } })
    expect(r.ok).toBe(true)
    expect(t.state().selection.map(nameAt).sort()).toEqual(before)
  })
})
