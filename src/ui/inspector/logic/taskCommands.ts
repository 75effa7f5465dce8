import type { EditCommand } from '../../../fdl/edit/EditCommand.ts'
import type { TaskStep } from '../../../fdl/model/Step.ts'
import { buildResourceArn, SUPPORTED_PATTERNS, parseResourceArn } from '../../../fdl/arn/resourceArn.ts'
import type { Integration, IntegrationKind } from '../../../fdl/arn/resourceArn.ts'
import { SERVICE_PARAM_SPECS } from './SERVICE_PARAM_SPECS.ts'
import type { JsonPath } from '../../../fdl/model/jsonPaths.ts'

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

/**
 * Appends `item` to the list at `list` (a `retry` or `catch` list): sets the whole list when there is
 * none yet, else sets index `length`, so the existing entries and their comments are not rewritten.
 */
export function appendItemCommand(list: JsonPath, length: number, item: unknown): EditCommand {
  return length === 0 ? { type: 'field.set', path: list, value: [item] } : { type: 'field.set', path: [...list, length], value: item }
}

/** A field edit: `undefined` removes the key (an emptied optional field leaves no `key: ''` behind). */
export function setOrRemove(path: JsonPath, value: unknown): EditCommand {
  return value === undefined ? { type: 'field.remove', path } : { type: 'field.set', path, value }
}

/** The path of a waitForCallback task's token (REFERENCE §3.5, §6.5). */
export const TASK_TOKEN_SOURCE = '$context.task.token'

/**
 * The integration the picker switches to: names start empty for the user to type, region and account carry
 * over from the current ARN so switching between MNS queue and topic keeps them.
 */
export function emptyIntegration(kind: IntegrationKind, current: TaskTarget): Integration {
  const region = 'region' in current ? current.region : ''
  const account = 'account' in current ? current.account : ''
  switch (kind) {
    case 'mns-queue':
      return { kind, queue: '', region, account }
    case 'mns-topic':
      return { kind, topic: '', region, account }
    case 'fc':
      return { kind, service: '', function: '', region, account }
    case 'flow':
      return { kind, flow: '', region, account }
    case 'action':
      return { kind, product: '', api: '' }
  }
}

// Same shapes as parseResourceArn but names may be empty or odd, so a half-typed ARN keeps its integration.
const SCOPE = '([^:/]*):([^:/]*)'
const MNS = new RegExp(`^acs:mns:${SCOPE}:/(queues|topics)/([^/]*)/messages$`)
const FC = new RegExp(`^acs:fc:${SCOPE}:services/([^/]*)/functions/([^/]*)$`)
const FLOW = new RegExp(`^acs:fnf:${SCOPE}:flow/([^/]*)$`)

/** Reads the integration of a task from its `action` or `resourceArn`, tolerating names not yet typed. */
export function readTaskTarget(step: TaskStep): TaskTarget {
  if (step.action !== undefined && step.resourceArn === undefined) {
    const cut = step.action.indexOf(':')
    return cut < 0
      ? { kind: 'action', product: step.action, api: '' }
      : { kind: 'action', product: step.action.slice(0, cut), api: step.action.slice(cut + 1) }
  }
  const arn = step.resourceArn
  if (arn === undefined) return step.action === undefined ? { kind: 'none' } : { kind: 'custom', arn: '' }
  if (step.resourceTag) return { kind: 'custom', arn }
  const strict = parseResourceArn(arn)
  if (strict) return strict
  const text = arn.trim()
  let m = MNS.exec(text)
  if (m) {
    const [, region = '', account = '', what, name = ''] = m
    return what === 'queues' ? { kind: 'mns-queue', queue: name, region, account } : { kind: 'mns-topic', topic: name, region, account }
  }
  m = FC.exec(text)
  if (m) return { kind: 'fc', region: m[1] ?? '', account: m[2] ?? '', service: m[3] ?? '', function: m[4] ?? '' }
  m = FLOW.exec(text)
  if (m) return { kind: 'flow', region: m[1] ?? '', account: m[2] ?? '', flow: m[3] ?? '' }
  return { kind: 'custom', arn }
}

/**
 * What a task talks to, as the form shows it: a known integration (names may still be empty while the user
 * types), nothing yet, or an ARN the picker cannot read (a `!Ref` tag, another service), which the form
 * keeps as raw text.
 */
export type TaskTarget = Integration | { readonly kind: 'none' } | { readonly kind: 'custom'; readonly arn: string }
