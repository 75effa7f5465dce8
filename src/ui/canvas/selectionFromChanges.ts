import type { NodeChange } from '@xyflow/react'

/**
 * Applies React Flow's select changes (a click, Ctrl+click, a selection box) to the store's selection keys;
 * null when the changes hold no selection change.
 */
export function selectionFromChanges(changes: readonly NodeChange[], current: ReadonlySet<string>): ReadonlySet<string> | null {
  const selects = changes.filter((c) => c.type === 'select')
  if (selects.length === 0) return null
  const next = new Set(current)
  for (const c of selects) {
    if (c.selected) next.add(c.id)
    else next.delete(c.id)
  }
  return next
}
