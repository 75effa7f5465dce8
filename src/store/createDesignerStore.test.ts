import { describe, expect, it } from 'vitest'
import { formatMessage } from '../i18n/Message.ts'
import { ZH } from '../i18n/zh/index.ts'
import { createTestStore } from './createTestStore.ts'

const FLOW = `# top comment
version: v1
type: flow
steps:
  - type: pass
    name: A
  - type: pass
    name: B
`
const BROKEN = FLOW.replace('name: B', 'name: [B')

describe('designer store: typing in the code pane', () => {
  it('keeps the typed text at once and parses it only after the debounce', () => {
    const t = createTestStore(FLOW)
    const typed = FLOW.replace('name: B', 'name: Bee')
    t.state().dispatch({ origin: 'code', text: typed })
    expect(t.state().text).toBe(typed)
    expect(t.state().parsePending).toBe(true)
    expect(t.state().good.parsed.flow?.body.steps[1]?.name).toBe('B')
    t.advance(200)
    expect(t.state().parsePending).toBe(false)
    expect(t.state().good.parsed.flow?.body.steps[1]?.name).toBe('Bee')
  })

  it('keeps the last good model, marked by a blocker with its line, while the text does not parse', () => {
    const t = createTestStore(FLOW)
    t.state().dispatch({ origin: 'code', text: BROKEN })
    t.advance(200)
    expect(t.state().text).toBe(BROKEN)
    expect(t.state().analysis.blocker?.code).toBe('yaml-syntax')
    expect(t.state().analysis.blocker?.range.line).toBeGreaterThanOrEqual(8)
    expect(t.state().good.parsed.flow?.body.steps.map((s) => s.name)).toEqual(['A', 'B'])
  })

  it('refuses canvas edits while the text does not parse, and loses nothing typed', () => {
    const t = createTestStore(FLOW)
    t.state().dispatch({ origin: 'code', text: BROKEN })
    const result = t.state().dispatch({ origin: 'canvas', command: { type: 'step.delete', paths: [['steps', 0]] } })
    expect(result.ok).toBe(false)
    const notice = t.state().notice!.message
    const line = t.state().analysis.blocker!.range.line
    expect(formatMessage(notice)).toMatch(new RegExp(`^Fix the error on line ${line} of the code first: .`))
    expect(result.ok ? null : result.reason).toBe(formatMessage(notice))
    // In Chinese the sentence and its line are translated around the parser's own words.
    expect(formatMessage(notice, ZH)).toMatch(new RegExp(`^请先修复代码第 ${line} 行的错误：.`))
    expect(t.state().text).toBe(BROKEN)
  })

  it('updates the model again once the text is fixed', () => {
    const t = createTestStore(FLOW)
    t.state().dispatch({ origin: 'code', text: BROKEN })
    t.advance(200)
    t.state().dispatch({ origin: 'code', text: FLOW.replace('name: B', 'name: C') })
    t.advance(200)
    expect(t.state().analysis.blocker).toBeNull()
    expect(t.state().good.parsed.flow?.body.steps.map((s) => s.name)).toEqual(['A', 'C'])
  })
})

describe('designer store: one undo history', () => {
  it('groups a typing burst into one undo step and restores the exact text', () => {
    const t = createTestStore(FLOW)
    let text = FLOW
    for (const ch of 'xyz') {
      text = text.replace('name: B', `name: B${ch}`).replace(`B${ch}`, `B${ch}`)
      t.state().dispatch({ origin: 'code', text })
      t.advance(100)
    }
    t.state().undo()
    expect(t.state().text).toBe(FLOW)
    t.state().redo()
    expect(t.state().text).toBe(text)
  })

  it('splits bursts separated by a pause into separate steps', () => {
    const t = createTestStore(FLOW)
    const one = FLOW.replace('name: B', 'name: B1')
    const two = one.replace('name: B1', 'name: B12')
    t.state().dispatch({ origin: 'code', text: one })
    t.advance(3000)
    t.state().dispatch({ origin: 'code', text: two })
    t.state().undo()
    expect(t.state().text).toBe(one)
    t.state().undo()
    expect(t.state().text).toBe(FLOW)
  })

  it('makes a paste its own step even in the middle of typing', () => {
    const t = createTestStore(FLOW)
    const one = FLOW.replace('name: B', 'name: B1')
    const pasted = one.replace('name: B1', 'name: B1pasted')
    t.state().dispatch({ origin: 'code', text: one })
    t.state().dispatch({ origin: 'code', text: pasted, group: 'paste-1' })
    t.state().undo()
    expect(t.state().text).toBe(one)
  })

  it('does nothing on undo with an empty history and clears redo after a new edit', () => {
    const t = createTestStore(FLOW)
    t.state().undo()
    expect(t.state().text).toBe(FLOW)
    t.state().dispatch({ origin: 'code', text: `${FLOW}# a\n` })
    t.state().undo()
    t.state().dispatch({ origin: 'code', text: `${FLOW}# b\n` })
    t.state().redo()
    expect(t.state().text).toBe(`${FLOW}# b\n`)
  })

  it('tells the code pane how to apply an undo as one edit of the changed span', () => {
    const t = createTestStore(FLOW)
    const typed = FLOW.replace('name: A', 'name: Alpha')
    t.state().dispatch({ origin: 'code', text: typed })
    t.state().undo()
    const edit = t.state().lastEdit
    expect(edit?.origin).toBe('history')
    expect(edit?.before).toBe(typed)
    const change = edit!.change
    expect(typed.slice(0, change.offset) + change.insertText + typed.slice(change.offset + change.deleteLength)).toBe(FLOW)
    expect(change.deleteLength).toBeLessThan(10)
  })

  it('restores the selection with the text', () => {
    const t = createTestStore(FLOW)
    t.state().select([['steps', 1]])
    t.state().dispatch({ origin: 'code', text: `${FLOW}# c\n` })
    t.state().select([['steps', 0]])
    t.state().undo()
    expect(t.state().selection).toEqual([['steps', 1]])
  })
})

describe('designer store: one update per change', () => {
  it('wakes subscribers once for a form edit, an undo and a load, with the text, its history and its name together', () => {
    const t = createTestStore(FLOW)
    // What a subscriber sees: the code pane, the canvas and autosave's journal (a copy of the whole text) each run
    // once per update, so a change made in two updates did all of that twice.
    const seen: { text: string; past: number; name: string }[] = []
    t.store.subscribe((s) => seen.push({ text: s.text, past: s.history.past.length, name: s.documentName }))
    t.state().dispatch({ origin: 'form', command: { type: 'field.set', path: ['steps', 0, 'name'], value: 'Alpha' } })
    const renamed = FLOW.replace('name: A', 'name: Alpha')
    const name = 'Untitled flow'
    expect(seen).toEqual([{ text: renamed, past: 1, name }])
    t.state().undo()
    expect(seen.slice(1)).toEqual([{ text: FLOW, past: 0, name }])
    t.state().dispatch({ origin: 'load', text: renamed })
    expect(seen.slice(2)).toEqual([{ text: renamed, past: 1, name }])
    // A document opened by name: its name arrives with its text, never beside the previous document's text
    t.state().dispatch({ origin: 'load', text: FLOW, resetHistory: true, name: 'Orders' })
    expect(seen.slice(3)).toEqual([{ text: FLOW, past: 0, name: 'Orders' }])
  })
})

describe('designer store: loading and problems', () => {
  it('loads a new document without history when asked, and as an undoable step otherwise', () => {
    const t = createTestStore(FLOW)
    t.state().dispatch({ origin: 'load', text: 'version: v1\ntype: flow\nsteps: []\n' })
    t.state().undo()
    expect(t.state().text).toBe(FLOW)
    t.state().dispatch({ origin: 'load', text: 'version: v1\ntype: flow\nsteps: []\n', resetHistory: true })
    t.state().undo()
    expect(t.state().text).toBe('version: v1\ntype: flow\nsteps: []\n')
  })

  it('selects the step a diagnostic belongs to and asks the code pane to reveal its line', () => {
    const t = createTestStore(FLOW.replace('name: B', 'name: B\n    bogus: 1'))
    const d = t.state().analysis.diagnostics.find((x) => x.code === 'unknown-key')
    expect(d).toBeDefined()
    t.state().revealDiagnostic(d!)
    expect(t.state().selection).toEqual([['steps', 1]])
    expect(t.state().reveal?.line).toBe(9)
  })

  it('drops a selection that no longer names a step after the text changes', () => {
    const t = createTestStore(FLOW)
    t.state().select([['steps', 1]])
    t.state().dispatch({ origin: 'code', text: FLOW.replace(/  - type: pass\n    name: B\n/, '') })
    t.advance(200)
    expect(t.state().selection).toEqual([])
  })
})

describe('designer store: the document around the text', () => {
  it('renames the document, trimmed, ignoring an empty name, without an undo step', () => {
    const t = createTestStore(FLOW)
    t.state().rename('  Orders  ')
    expect(t.state().documentName).toBe('Orders')
    t.state().rename('   ')
    expect(t.state().documentName).toBe('Orders')
    expect(t.state().history.past).toEqual([])
  })

  it('puts back a stored history: undo and redo walk it, and the next edit starts a new step', () => {
    const t = createTestStore(FLOW)
    const earlier = { text: 'version: v1\ntype: flow\nsteps: []\n', selection: [] }
    t.state().restoreHistory({ past: [earlier], future: [] })
    t.state().undo()
    expect(t.state().text).toBe(earlier.text)
    t.state().redo()
    expect(t.state().text).toBe(FLOW)
    expect(t.state().history.burst).toBeNull()
  })
})
