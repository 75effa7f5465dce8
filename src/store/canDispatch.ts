import { canApplyText } from '../fdl/edit/applyEdit.ts'
import type { EditCommand } from '../fdl/edit/EditCommand.ts'
import type { DesignerState } from './DesignerState.ts'

/** Answers per parsed document: `enabled()` runs on every store update, the document changes far less often. */
const answers = new WeakMap<object, Map<string, boolean>>()

/**
 * Whether `command` would apply now: the code parses, and the command's own rule (`canApply`, diagram-js's
 * `canExecute`) accepts it. Controls and actions ask this instead of re-deriving the rules, so a control is
 * enabled exactly when the dispatch it makes would be accepted.
 */
export function canDispatch(s: DesignerState, command: EditCommand): boolean {
  if (s.analysis.blocker !== null) return false
  const parsed = s.good.parsed
  let known = answers.get(parsed)
  if (!known) answers.set(parsed, (known = new Map()))
  const key = JSON.stringify(command)
  let ok = known.get(key)
  if (ok === undefined) {
    ok = canApplyText(parsed, command) === null
    known.set(key, ok)
  }
  return ok
}
