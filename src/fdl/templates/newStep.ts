import type { Flow } from '../model/Flow.ts'
import type { Sequence } from '../model/Step.ts'
import { childSequences } from '../model/Step.ts'

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

/** The palette kinds in the order the palette shows them: the eight step types, then four ready-made task integrations (CONTRACTS.md §4). */
export const PALETTE_KINDS = ['task', 'pass', 'wait', 'choice', 'parallel', 'foreach', 'succeed', 'fail', 'mns-queue', 'mns-topic', 'fc', 'child-flow'] as const

/** One of {@link PALETTE_KINDS}. */
export type PaletteKind = (typeof PALETTE_KINDS)[number]

/** The condition a new choice branch starts with: valid syntax, meant to be replaced by the user. */
export const PLACEHOLDER_CONDITION = '$.x == "y"'

/**
 * A step name not in `names`: `base` itself when free, else `stem_N` with the smallest N above the
 * number `base` already ends with (`Pass_1` → `Pass_2`, `check` → `check_2`). Step names must be unique
 * flow-wide (REFERENCE §1.2), so callers pass every name in the flow.
 */
export function uniqueName(base: string, names: ReadonlySet<string>): string {
  const clean = base.trim() === '' ? 'Step' : base
  if (!names.has(clean)) return clean
  const m = /^(.*?)_(\d+)$/.exec(clean)
  const stem = m ? m[1]! : clean
  let n = m ? Number(m[2]) + 1 : 2
  while (names.has(`${stem}_${n}`)) n++
  return `${stem}_${n}`
}

/** Every step name used anywhere in the flow, at any depth (names must be unique flow-wide, REFERENCE §1.2). */
export function collectStepNames(flow: Flow | null): ReadonlySet<string> {
  const names = new Set<string>()
  if (!flow) return names
  const stack: Sequence[] = [flow.body]
  while (stack.length > 0) {
    for (const step of stack.pop()!.steps) {
      if (step.name) names.add(step.name)
      stack.push(...childSequences(step))
    }
  }
  return names
}
