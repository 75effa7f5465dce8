import { uniqueName } from './uniqueName.ts'
import type { PaletteKind } from './PaletteKind.ts'
import { PLACEHOLDER_CONDITION } from './placeholderCondition.ts'


const TOKEN_MAPPING = { target: 'task_token', source: '$context.task.token' }
const FC_ARN = 'acs:fc:::services/my-service/functions/my-function'

/**
 * A new step of a palette kind as plain data, named `Kind_N` with a name unused in `existingNames` (pass
 * every name in the flow; nested steps get fresh names too). Templates are valid FDL, or as close as the
 * language allows, so a new step never lights up the problems list by itself:
 * - choice: one branch on a placeholder condition with empty `steps` (allowed: a branch's steps are
 *   optional) and an empty `default`, so the canvas shows both places to drop steps;
 * - parallel: two branches each holding one pass step (a branch with `steps: []` is invalid FDL), plus
 *   `outputMappings` keeping the branch results, which are otherwise dropped (REFERENCE §2.7);
 * - foreach: iterates `$.items` with a pass step as body and keeps the results the same way (§2.8);
 * - MNS queue / topic: `waitForCallback` that passes `$context.task.token` in the message (§6.5); the
 *   queue task sends with the MNS default priority 8;
 * - Function Compute: a `requestResponse` call; child flow: a `sync` run that waits for the child (§6.1).
 */
export function newStep(kind: PaletteKind, existingNames: ReadonlySet<string>): Record<string, unknown> {
  const names = new Set(existingNames)
  const name = (base: string) => {
    const n = uniqueName(`${base}_1`, names)
    names.add(n)
    return n
  }
  const pass = () => ({ type: 'pass', name: name('Pass') })
  switch (kind) {
    case 'task':
      return { type: 'task', name: name('Task'), resourceArn: FC_ARN }
    case 'pass':
      return pass()
    case 'wait':
      return { type: 'wait', name: name('Wait'), duration: 10 }
    case 'choice':
      return { type: 'choice', name: name('Choice'), choices: [{ condition: PLACEHOLDER_CONDITION, steps: [] }], default: { steps: [] } }
    case 'parallel': {
      const own = name('Parallel')
      return { type: 'parallel', name: own, branches: [{ steps: [pass()] }, { steps: [pass()] }], outputMappings: [{ target: 'branches', source: '$local' }] }
    }
    case 'foreach': {
      const own = name('Foreach')
      return { type: 'foreach', name: own, iterationMapping: { collection: '$.items', item: 'item' }, steps: [pass()], outputMappings: [{ target: 'results', source: '$local' }] }
    }
    case 'succeed':
      return { type: 'succeed', name: name('Succeed') }
    case 'fail':
      return { type: 'fail', name: name('Fail'), error: 'StepFailed', cause: 'Describe why the flow failed' }
    case 'mns-queue':
      return { type: 'task', name: name('Task'), resourceArn: 'acs:mns:::/queues/my-queue/messages', pattern: 'waitForCallback', inputMappings: [TOKEN_MAPPING], serviceParams: { MessageBody: '$', Priority: 8 } }
    case 'mns-topic':
      return { type: 'task', name: name('Task'), resourceArn: 'acs:mns:::/topics/my-topic/messages', pattern: 'waitForCallback', inputMappings: [TOKEN_MAPPING], serviceParams: { MessageBody: '$' } }
    case 'fc':
      return { type: 'task', name: name('Task'), resourceArn: FC_ARN, pattern: 'requestResponse' }
    case 'child-flow':
      return { type: 'task', name: name('Task'), resourceArn: 'acs:fnf:::flow/my-child-flow', pattern: 'sync', serviceParams: { Input: '$' } }
  }
}
