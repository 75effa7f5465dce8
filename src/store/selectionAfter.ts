import type { EditCommand } from '../fdl/edit/EditCommand.ts'
import type { JsonPath } from '../fdl/model/jsonPaths.ts'
import { outermostPaths } from '../fdl/model/jsonPaths.ts'

/** Where a step lands after `step.move` (the command's index counts before the step is removed). */
function movedPath(from: JsonPath, sequence: JsonPath, index: number): JsonPath {
  const parent = from.slice(0, -1)
  const i = from.at(-1) as number
  const inside = sequence.length > parent.length && parent.every((p, k) => p === sequence[k])
  const seq = inside && typeof sequence[parent.length] === 'number' && (sequence[parent.length] as number) > i
    ? [...parent, (sequence[parent.length] as number) - 1, ...sequence.slice(parent.length + 1)]
    : [...sequence]
  const same = seq.length === parent.length && parent.every((p, k) => p === seq[k])
  return [...seq, same && index > i ? index - 1 : index]
}

/**
 * Where steps moved together land (`steps.move`): side by side at `index` of the sequence, whose path and
 * index shift for every moved step that sat before them in a containing or the same sequence.
 */
function movedPaths(paths: readonly JsonPath[], sequence: JsonPath, index: number): JsonPath[] {
  const moved = outermostPaths(paths)
  const seq = [...sequence]
  let at = index
  for (const p of moved) {
    const parent = p.slice(0, -1)
    const i = p.at(-1) as number
    if (parent.length === sequence.length && parent.every((x, k) => x === sequence[k])) {
      if (i < index) at--
    } else if (sequence.length > parent.length && parent.every((x, k) => x === sequence[k]) && typeof sequence[parent.length] === 'number' && (sequence[parent.length] as number) > i) {
      seq[parent.length] = (seq[parent.length] as number) - 1
    }
  }
  return moved.map((_, k) => [...seq, at + k])
}

/**
 * The selection after a command: the step it created or moved, nothing after a delete, otherwise unchanged.
 * Pure so undo, tests and the canvas agree on it.
 */
export function selectionAfter(command: EditCommand, selection: readonly JsonPath[]): readonly JsonPath[] {
  switch (command.type) {
    case 'step.insert':
    case 'step.paste':
      return [[...command.sequence, command.index]]
    case 'step.move':
      return [movedPath(command.from, command.sequence, command.index)]
    case 'steps.move':
      return movedPaths(command.paths, command.sequence, command.index)
    case 'step.duplicate':
      return [[...command.path.slice(0, -1), (command.path.at(-1) as number) + 1]]
    case 'step.delete':
      return []
    default:
      return selection
  }
}
