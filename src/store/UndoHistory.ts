import type { JsonPath } from '../fdl/model/jsonPaths.ts'

/** One undoable state: the document text and what was selected. */
export interface Snapshot {
  readonly text: string
  readonly selection: readonly JsonPath[]
}

/**
 * The one undo history shared by canvas, forms and code: snapshots before each step, snapshots to redo, and
 * the burst being grouped (edits with the same key, each within `GROUP_GAP_MS` of the last, are one step).
 */
export interface UndoHistory {
  readonly past: readonly Snapshot[]
  readonly future: readonly Snapshot[]
  readonly burst: { readonly key: string; readonly at: number } | null
}

/** A pause longer than this ends a typing burst, so the next keystroke starts a new undo step. */
const GROUP_GAP_MS = 1000
/** Old steps past this are dropped; snapshots are whole texts. */
const MAX_STEPS = 300

/** Pure operations on {@link UndoHistory}; each returns a new history. */
export const UndoHistory = {
  empty: { past: [], future: [], burst: null } as UndoHistory,

  /** Records `before` as the state to return to, unless this edit continues the current burst of `group`. */
  record(h: UndoHistory, before: Snapshot, group: string | undefined, now: number): UndoHistory {
    const continues = group !== undefined && h.burst !== null && h.burst.key === group && now - h.burst.at <= GROUP_GAP_MS
    const burst = group === undefined ? null : { key: group, at: now }
    if (continues) return { past: h.past, future: [], burst }
    return { past: [...h.past, before].slice(-MAX_STEPS), future: [], burst }
  },

  /** Ends the current burst: the next edit is a new step even with the same group key. */
  seal(h: UndoHistory): UndoHistory {
    return h.burst === null ? h : { ...h, burst: null }
  },

  /** Steps back: returns the snapshot to show and the new history, or null when there is nothing to undo. */
  undo(h: UndoHistory, current: Snapshot): { readonly history: UndoHistory; readonly snapshot: Snapshot } | null {
    const snapshot = h.past.at(-1)
    if (snapshot === undefined) return null
    return { snapshot, history: { past: h.past.slice(0, -1), future: [...h.future, current], burst: null } }
  },

  /** Steps forward again after an undo. */
  redo(h: UndoHistory, current: Snapshot): { readonly history: UndoHistory; readonly snapshot: Snapshot } | null {
    const snapshot = h.future.at(-1)
    if (snapshot === undefined) return null
    return { snapshot, history: { past: [...h.past, current], future: h.future.slice(0, -1), burst: null } }
  },
}
