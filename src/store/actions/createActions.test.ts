import { describe, expect, it } from 'vitest'
import type { Action } from './Action.ts'
import { createActions } from './createActions.ts'

const action = (id: string, extra: Partial<Action> = {}): Action => ({ id, label: id, enabled: () => true, run: () => undefined, ...extra })

describe('the action registry', () => {
  it('holds the shell actions and those a feature adds', () => {
    const registry = createActions([action('share')])
    expect(registry.get('history.undo')?.label).toBe('Undo')
    expect(registry.get('share')?.label).toBe('share')
  })

  it('refuses an id registered twice, unless the later action says it overrides', () => {
    expect(() => createActions([action('x'), action('x')])).toThrow('Action "x" is registered twice')
    expect(() => createActions([action('step.paste')])).toThrow('Action "step.paste" is registered twice')
    const paste = action('step.paste', { label: 'Paste a flow too', overrides: true })
    expect(createActions([paste]).get('step.paste')?.label).toBe('Paste a flow too')
  })

  it('refuses an override with nothing to override', () => {
    expect(() => createActions([action('nothing.here', { overrides: true })])).toThrow('none is registered before it')
  })
})
