import type { EditCommand } from '../../../fdl/edit/EditCommand.ts'
import type { JsonPath } from '../../../fdl/model/jsonPaths.ts'

/** A field edit: `undefined` removes the key (an emptied optional field leaves no `key: ''` behind). */
export function setOrRemove(path: JsonPath, value: unknown): EditCommand {
  return value === undefined ? { type: 'field.remove', path } : { type: 'field.set', path, value }
}
