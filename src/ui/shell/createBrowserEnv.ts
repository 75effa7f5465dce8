import type { ActionEnv } from '../../store/actions/Action.ts'
import { pathKey } from '../../fdl/model/jsonPaths.ts'

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
