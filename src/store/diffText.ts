import type { TextChange } from '../fdl/edit/text/Splice.ts'

/**
 * The single replacement that turns `before` into `after` (common prefix and suffix kept), so an undo or a
 * load can be applied to the code pane as one edit operation instead of replacing the whole model.
 */
export function diffText(before: string, after: string): TextChange {
  const max = Math.min(before.length, after.length)
  let start = 0
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++
  let end = 0
  while (end < max - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++
  return { offset: start, deleteLength: before.length - start - end, insertText: after.slice(start, after.length - end) }
}
