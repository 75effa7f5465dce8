import type { EditCommand } from './EditCommand.ts'
import type { EditContext, Plan, Reason } from './EditContext.ts'
import type { CommandHandler, CommandOf } from './commands/CommandHandler.ts'
import { insertStep, pasteSteps, duplicateStep, renameStep } from './commands/steps.ts'
import { moveStep, moveSteps } from './commands/moveSteps.ts'
import { deleteSteps } from './commands/deleteSteps.ts'
import { setField, removeField } from './commands/fields.ts'
import { addMapping, setMapping, removeMapping, moveMapping } from './commands/mappings.ts'
import { addBranch, removeBranch } from './commands/branches.ts'

/** A command bound to its handler: its rule and its effect, ready to run on one document. */
export interface BoundCommand {
  check(ctx: EditContext): Reason | null
  plan(ctx: EditContext): Plan
}

function bind<T extends EditCommand['type']>(handler: CommandHandler<T>, command: CommandOf<T>): BoundCommand {
  return { check: (ctx) => handler.check(ctx, command), plan: (ctx) => handler.plan(ctx, command) }
}

/** The one place commands meet their handlers: an exhaustive switch, so a new command variant fails to compile until handled. */
export function commandHandler(command: EditCommand): BoundCommand | null {
  switch (command.type) {
    case 'step.insert': return bind(insertStep, command)
    case 'step.paste': return bind(pasteSteps, command)
    case 'step.move': return bind(moveStep, command)
    case 'steps.move': return bind(moveSteps, command)
    case 'step.delete': return bind(deleteSteps, command)
    case 'step.duplicate': return bind(duplicateStep, command)
    case 'step.rename': return bind(renameStep, command)
    case 'field.set': return bind(setField, command)
    case 'field.remove': return bind(removeField, command)
    case 'mapping.add': return bind(addMapping, command)
    case 'mapping.set': return bind(setMapping, command)
    case 'mapping.remove': return bind(removeMapping, command)
    case 'mapping.move': return bind(moveMapping, command)
    case 'branch.add': return bind(addBranch, command)
    case 'branch.remove': return bind(removeBranch, command)
    default: {
      const exhaustive: never = command
      void exhaustive
      return null
    }
  }
}
