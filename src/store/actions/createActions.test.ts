import { describe, expect, it } from 'vitest'
import type { Action } from './Action.ts'
import { createActions } from './Action.ts'

const action = (id: string, extra: Partial<Action> = {}): Action => ({ id, label: 'Share', enabled: () => true, run: () => undefined, ...extra })

describe('the action registry', () => {
  it('holds the shell actions and those a feature adds', () => {
    const registry = createActions([action('share')])
    expect(registry.get('history.undo')?.label).toBe('Undo')
    expect(registry.get('share')?.label).toBe('Share')
  })

  it('refuses an id registered twice, unless the later action says it overrides', () => {
    expect(() => createActions([action('x'), action('x')])).toThrow('Action "x" is registered twice')
    expect(() => createActions([action('step.paste')])).toThrow('Action "step.paste" is registered twice')
    const paste = action('step.paste', { label: 'Paste', overrides: true, run: () => 'mine' as never })
    expect(createActions([paste]).get('step.paste')).toBe(paste)
  })

  it('refuses an override with nothing to override', () => {
    expect(() => createActions([action('nothing.here', { overrides: true })])).toThrow('none is registered before it')
  })
})
