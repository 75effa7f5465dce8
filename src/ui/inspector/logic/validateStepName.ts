import type { Flow } from '../../../fdl/model/Flow.ts'
import type { JsonPath } from '../../../fdl/model/JsonPath.ts'
import { collectSteps } from './collectSteps.ts'
import { samePath } from '../../../fdl/model/jsonPaths.ts'

/** The recommended (not enforced by the service) name rule of REFERENCE §1.2. */
const NAME_RULE = /^[A-Za-z_][A-Za-z0-9_-]{0,127}$/

/** What the Name field says about a proposed name. */
export interface NameCheck {
  /** Blocking: the rename is not sent (empty, or the name is taken). */
  readonly error?: string
  /** Advisory: the rename is sent, the user is told why it may be rejected. */
  readonly warning?: string
}

/**
 * Checks a new name for the step at `path`: names are unique across the whole flow at any depth (the
 * service's graph renderer rejects duplicates, REFERENCE §1.2), so a taken name is blocked, not sent.
 */
export function validateStepName(flow: Flow, path: JsonPath, name: string): NameCheck {
  if (name.trim() === '') return { error: 'A step needs a name.' }
  const clash = collectSteps(flow).find((s) => s.name === name && !samePath(s.path, path))
  if (clash) return { error: `Another step is already called “${name}”; step names must be unique in the flow.` }
  if (!NAME_RULE.test(name)) {
    return { warning: 'Use letters, digits, _ and -, starting with a letter or _ (at most 128 characters).' }
  }
  return {}
}
