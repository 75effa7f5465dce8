import type { EditCommand } from '../../../fdl/edit/EditCommand.ts'
import type { TaskStep } from '../../../fdl/model/Step.ts'
import { TASK_TOKEN_SOURCE } from './TASK_TOKEN_SOURCE.ts'

/**
 * The commands behind the “Pass task token” checkbox: on, add `task_token ← $context.task.token` as the
 * first input mapping (where workers look for it); off, remove every row that passes the token (from the
 * last, so the indexes of the remaining ones stay right). No commands when already in the wanted state.
 */
export function taskTokenCommands(step: TaskStep, on: boolean): readonly EditCommand[] {
  const list = [...step.path, 'inputMappings']
  const rows = step.inputMappings ?? []
  const passing = rows.flatMap((m, i) => (m.source === TASK_TOKEN_SOURCE ? [i] : []))
  if (on) {
    return passing.length > 0 ? [] : [{ type: 'mapping.add', list, index: 0, mapping: { target: 'task_token', source: TASK_TOKEN_SOURCE } }]
  }
  return passing.reverse().map((index): EditCommand => ({ type: 'mapping.remove', list, index }))
}
