import type { EditCommand } from '../../../fdl/edit/EditCommand.ts'
import type { JsonPath } from '../../../fdl/model/jsonPaths.ts'

/**
 * Appends `item` to the list at `list` (a `retry` or `catch` list): sets the whole list when there is
 * none yet, else sets index `length`, so the existing entries and their comments are not rewritten.
 */
export function appendItemCommand(list: JsonPath, length: number, item: unknown): EditCommand {
  return length === 0 ? { type: 'field.set', path: list, value: [item] } : { type: 'field.set', path: [...list, length], value: item }
}
