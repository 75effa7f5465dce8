import { describe, expect, it } from 'vitest'
import { draftState, type DraftState } from './draftState.ts'

/** Types `texts` one after another into a focused field whose document value starts as `model`. */
function typeInto(model: string, texts: readonly [string, string | null][]): DraftState {
  let s = draftState.focus(draftState.idle(model), model)
  for (const [text, produced] of texts) {
    s = draftState.typed(s, text, produced)
    if (produced !== null) s = draftState.reconcile(s, produced)
  }
  return s
}

describe('draftState', () => {
  it('keeps "1." on screen while the document already reads 1', () => {
    const s = typeInto('', [['1', '1'], ['1.', '1']])
    expect(draftState.shown(s, '1')).toBe('1.')
  })

  it('shows the document again after a valid blur', () => {
    const s = draftState.blur(typeInto('', [['1.', '1']]))
    expect(draftState.shown(s, '1')).toBe('1')
  })

  it('keeps invalid text and its error after blur instead of losing it', () => {
    const s = draftState.blur(typeInto('8', [['8x', null]]))
    expect(s.invalid).toBe(true)
    expect(draftState.shown(s, '8')).toBe('8x')
  })

  it('adopts a change made elsewhere (an undo) even while focused', () => {
    const typed = typeInto('1', [['12', '12']])
    const s = draftState.reconcile(typed, '1')
    expect(draftState.shown(s, '1')).toBe('1')
    expect(s.editing).toBe(false)
  })

  it('does not treat its own earlier commits arriving late as a foreign change', () => {
    let s = draftState.focus(draftState.idle(''), '')
    s = draftState.typed(s, 'a', 'a')
    s = draftState.typed(s, 'ab', 'ab')
    s = draftState.reconcile(s, 'a')
    expect(draftState.shown(s, 'a')).toBe('ab')
  })
})

describe('draftState for edits that wait for blur', () => {
  it('marks emptied text as pending, neither sent nor invalid', () => {
    const s = draftState.typed(draftState.focus(draftState.idle('8'), '8'), '', undefined)
    expect(s).toMatchObject({ pending: true, invalid: false, text: '' })
    expect(draftState.shown(s, '8')).toBe('')
  })
})
