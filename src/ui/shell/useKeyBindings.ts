import { useEffect } from 'react'
import type { Designer } from '../../store/Designer.ts'
import { matchShortcut } from '../../store/actions/Action.ts'

/**
 * True when canvas shortcuts (Delete, arrows, copy / paste of steps) may fire: focus is on the canvas or on
 * nothing in particular, not in a field, a menu or the palette, whose keys mean something else.
 */
function canvasHasFocus(target: Element | null): boolean {
  if (!target || target === document.body || target === document.documentElement) return true
  if (target instanceof HTMLElement && target.isContentEditable) return false
  if (['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) return false
  return target.closest('.react-flow') !== null
}

/**
 * Binds the registry's shortcuts on the window. The code pane (inside `.nokey`) binds its own undo / redo to
 * the same actions, so keys typed there are left to Monaco.
 */
export function useKeyBindings(designer: Designer): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing) return
      const target = e.target instanceof Element ? e.target : null
      if (target?.closest('.nokey')) return
      const onCanvas = canvasHasFocus(target)
      for (const action of designer.actions.values()) {
        if (!action.shortcut?.some((s) => matchShortcut(s, e))) continue
        if (action.scope === 'canvas' && !onCanvas) return
        e.preventDefault()
        if (action.enabled(designer.store.getState())) void action.run(designer)
        return
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [designer])
}
