import { parseResourceArn } from '../../../fdl/arn/resourceArn.ts'
import type { TaskStep } from '../../../fdl/model/Step.ts'
import type { TaskTarget } from './TaskTarget.ts'

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
