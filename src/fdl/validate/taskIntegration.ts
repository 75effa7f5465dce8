import type { Integration } from '../arn/Integration.ts'
import { parseResourceArn } from '../arn/parseResourceArn.ts'
import type { TaskStep } from '../model/TaskStep.ts'

// `<product>:<ApiName>`, e.g. fnf:StartExecution, ocr:RecognizeIdentityCard (REFERENCE §2.3).
const ACTION = /^([A-Za-z][A-Za-z0-9-]*):([A-Za-z][A-Za-z0-9]*)$/

// Placeholders such as `{region}` (documentation), `<queue-name>` or `${queue}` (deploy-time templates); `0` fits
// every ARN field's charset.
const PLACEHOLDER = /\$\{[^{}]*\}|<[^<>]*>|\{[^{}]*\}/g

/**
 * What a task talks to, or null when that cannot be known: no target, a malformed one, or a deploy-time tag
 * (`!Ref service/function`) that only the deployment tool resolves. An ARN copied from the docs with
 * `{placeholders}` still tells the kind (the validator warns about the placeholders).
 */
export function taskIntegration(step: TaskStep): Integration | null {
  if (known.has(step)) return known.get(step)!
  const integration = resolve(step)
  known.set(step, integration)
  return integration
}

// Several rules ask about the same task; ARN parsing runs once per step.
const known = new WeakMap<TaskStep, Integration | null>()

function resolve(step: TaskStep): Integration | null {
  if (step.resourceTag !== undefined) return null
  if (step.resourceArn !== undefined) {
    if (step.action !== undefined) return null
    return parseResourceArn(step.resourceArn) ?? parseResourceArn(step.resourceArn.replace(PLACEHOLDER, '0'))
  }
  const m = step.action === undefined ? null : ACTION.exec(step.action.trim())
  return m ? { kind: 'action', product: m[1]!, api: m[2]! } : null
}
