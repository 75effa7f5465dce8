import { describe, expect, it } from 'vitest'
import { createActions } from './actions/Action.ts'
import { canDispatch } from './canDispatch.ts'
import { createTestStore } from './createTestStore.ts'

const FLOW = 'version: v1\ntype: flow\nsteps:\n  - type: pass\n    name: A\n  - type: pass\n    name: B\n'

describe('canDispatch', () => {
  it("enables Delete, Cut and Duplicate exactly when the command's own rule accepts them", () => {
    const t = createTestStore(FLOW)
    const actions = createActions()
    const enabled = (id: string) => actions.get(id)!.enabled(t.state())
    t.state().select([['steps', 1]])
    expect(['step.delete', 'step.cut', 'step.duplicate'].map(enabled)).toEqual([true, true, true])
    // A selection the document no longer has (a path past the end): the commands refuse it, so do the controls.
    t.state().select([['steps', 7]])
    expect(canDispatch(t.state(), { type: 'step.delete', paths: [['steps', 7]] })).toBe(false)
    expect(t.state().dispatch({ origin: 'canvas', command: { type: 'step.delete', paths: [['steps', 7]] } }).ok).toBe(false)
  })

  it('answers false while the code does not parse, and again once it does', () => {
    const t = createTestStore(FLOW)
    const command = { type: 'step.duplicate', path: ['steps', 0] } as const
    expect(canDispatch(t.state(), command)).toBe(true)
    t.state().dispatch({ origin: 'code', text: `${FLOW}  - [` })
    t.state().flushParse()
    expect(canDispatch(t.state(), command)).toBe(false)
    t.state().dispatch({ origin: 'code', text: FLOW })
    t.state().flushParse()
    expect(canDispatch(t.state(), command)).toBe(true)
  })
})
