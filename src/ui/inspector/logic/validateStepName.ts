import type { Flow } from '../../../fdl/model/Flow.ts'
import { msg } from '../../../i18n/Message.ts'
import type { FieldCheck } from '../fields/FieldCheck.ts'
import type { JsonPath } from '../../../fdl/model/jsonPaths.ts'
import { collectSteps } from './collectSteps.ts'
import { samePath } from '../../../fdl/model/jsonPaths.ts'

/** The recommended (not enforced by the service) name rule of REFERENCE §1.2. */
const NAME_RULE = /^[A-Za-z_][A-Za-z0-9_-]{0,127}$/

/**
 * What the Name field says about a proposed name: an error blocks the rename (empty, or the name is taken);
 * a warning lets it through and says why the service may reject it.
 */
export type NameCheck = FieldCheck

/**
 * Checks a new name for the step at `path`: names are unique across the whole flow at any depth (the
 * service's graph renderer rejects duplicates, REFERENCE §1.2), so a taken name is blocked, not sent.
 */
export function validateStepName(flow: Flow, path: JsonPath, name: string): NameCheck {
  if (name.trim() === '') return { error: msg('A step needs a name.') }
  const clash = collectSteps(flow).find((s) => s.name === name && !samePath(s.path, path))
  if (clash) return { error: msg('Another step is already called “{name}”; step names must be unique in the flow.', { name }) }
  if (!NAME_RULE.test(name)) {
    return { warning: msg('Use letters, digits, _ and -, starting with a letter or _ (at most 128 characters).') }
  }
  return {}
}
