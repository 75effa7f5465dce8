import type { EditCommand } from '../fdl/edit/EditCommand.ts'
import type { JsonPath } from '../fdl/model/JsonPath.ts'

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
    case 'step.duplicate':
      return [[...command.path.slice(0, -1), (command.path.at(-1) as number) + 1]]
    case 'step.delete':
      return []
    default:
      return selection
  }
}
