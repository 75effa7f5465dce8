import { buildResourceArn, SUPPORTED_PATTERNS } from '../../../fdl/arn/resourceArn.ts'
import type { Integration } from '../../../fdl/arn/resourceArn.ts'
import type { EditCommand } from '../../../fdl/edit/EditCommand.ts'
import type { TaskStep } from '../../../fdl/model/Step.ts'
import { readTaskTarget } from './readTaskTarget.ts'
import { SERVICE_PARAM_SPECS } from './SERVICE_PARAM_SPECS.ts'

/** The text of `action` for a cloud API integration: `product:Api`. */
function actionText(target: Extract<Integration, { kind: 'action' }>): string {
  return target.api === '' && target.product === '' ? '' : `${target.product}:${target.api}`
}

/**
 * The commands that point a task at `next`: write `resourceArn` or `action` (removing the other, since a
 * task has exactly one), and when the integration kind changes, drop a `pattern` the new one does not
 * support and the old kind's documented service parameters, and add the new kind's initial ones
 * (`MessageBody: $`, `Priority: 8` for MNS).
 */
export function integrationCommands(step: TaskStep, next: Integration): readonly EditCommand[] {
  const at = (key: string) => [...step.path, key]
  const previous = readTaskTarget(step)
  const commands: EditCommand[] = []
  if (next.kind === 'action') {
    if (step.resourceArn !== undefined) commands.push({ type: 'field.remove', path: at('resourceArn') })
    commands.push({ type: 'field.set', path: at('action'), value: actionText(next) })
  } else {
    if (step.action !== undefined) commands.push({ type: 'field.remove', path: at('action') })
    commands.push({ type: 'field.set', path: at('resourceArn'), value: buildResourceArn(next) })
  }
  if (previous.kind === next.kind) return commands
  if (step.pattern !== undefined && !SUPPORTED_PATTERNS[next.kind].includes(step.pattern)) {
    commands.push({ type: 'field.remove', path: at('pattern') })
  }
  const params = step.serviceParams ?? {}
  const nextKeys = SERVICE_PARAM_SPECS[next.kind].map((s) => s.key)
  const oldSpecs = previous.kind === 'none' || previous.kind === 'custom' ? [] : SERVICE_PARAM_SPECS[previous.kind]
  for (const spec of oldSpecs) {
    if (spec.key in params && !nextKeys.includes(spec.key)) commands.push({ type: 'field.remove', path: [...at('serviceParams'), spec.key] })
  }
  for (const spec of SERVICE_PARAM_SPECS[next.kind]) {
    if (spec.initial !== undefined && !(spec.key in params)) {
      commands.push({ type: 'field.set', path: [...at('serviceParams'), spec.key], value: spec.initial })
    }
  }
  return commands
}
