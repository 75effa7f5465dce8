import type { ActionEnv } from '../../store/actions/Action.ts'
import { pathKey } from '../../fdl/model/jsonPaths.ts'
import { useEffect } from 'react'
import type { Designer } from '../../store/Designer.ts'
import { matchShortcut } from '../../store/actions/Action.ts'

/** The id of the hidden file input that `Open` clicks. */
export const OPEN_INPUT_ID = 'fdl-open-file'

/**
 * The browser side of actions: the system clipboard with an in-memory fallback (some browsers refuse reads
 * without a permission prompt), downloads through a temporary link, and focus moves on the canvas.
 */
export function createBrowserEnv(): ActionEnv {
  let memory: string | null = null
  return {
    async writeClipboard(text) {
      memory = text
      try {
        await navigator.clipboard.writeText(text)
      } catch {
        // Kept in memory: pasting inside FDL Studio still works.
      }
    },
    async readClipboard() {
      try {
        const text = await navigator.clipboard.readText()
        return text.trim() === '' ? memory : text
      } catch {
        return memory
      }
    },
    download(fileName, text, mime) {
      const url = URL.createObjectURL(new Blob([text], { type: mime }))
      const a = document.createElement('a')
      a.href = url
      a.download = fileName
      a.click()
      setTimeout(() => URL.revokeObjectURL(url), 1000)
    },
    pickFile() {
      document.getElementById(OPEN_INPUT_ID)?.click()
    },
    focusStep(path) {
      const focus = () => {
        const el = document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(pathKey(path))}"]`)
        el?.focus({ preventScroll: true })
        return el !== null
      }
      // After an edit the node is drawn (or redrawn under a new id) by the next frames: an element found now may be
      // the one on its way out.
      requestAnimationFrame(() => {
        if (!focus()) requestAnimationFrame(() => void focus())
      })
    },
  }
}

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
