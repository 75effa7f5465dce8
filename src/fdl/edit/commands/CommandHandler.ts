import type { EditCommand } from '../EditCommand.ts'
import type { EditContext, Plan, Reason } from '../EditContext.ts'

/** The command variant whose `type` is `T`. */
export type CommandOf<T extends EditCommand['type']> = Extract<EditCommand, { readonly type: T }>

/**
 * One command family: the rule (whether it applies, cheap, no text produced; the UI uses it to disable
 * controls) kept apart from the effect (the splices), as diagram-js keeps `canExecute` apart from `execute`.
 * `plan` runs only after `check` returned null.
 */
export interface CommandHandler<T extends EditCommand['type']> {
  check(ctx: EditContext, command: CommandOf<T>): Reason | null
  plan(ctx: EditContext, command: CommandOf<T>): Plan
}
