import type { JsonPath } from '../model/jsonPaths.ts'
import type { Step, Mapping, TaskStep } from '../model/Step.ts'
import type { ValidationContext } from './ValidationContext.ts'
import type { Integration } from '../arn/resourceArn.ts'
import { parseResourceArn } from '../arn/resourceArn.ts'

/** One `goto` of a step: the sibling it names and where it is written. */
export interface StepGoto {
  readonly target: string
  readonly path: JsonPath
  readonly kind: 'choice' | 'catch'
}

/** The `goto`s a step can take: choice branches and default, and catch policies. */
export function stepGotos(step: Step): StepGoto[] {
  const gotos: StepGoto[] = []
  if (step.type === 'choice') {
    step.choices.forEach((c, i) => {
      if (c.goto !== undefined) gotos.push({ target: c.goto, path: step.path.concat('choices', i, 'goto'), kind: 'choice' })
    })
    if (step.default?.goto !== undefined) gotos.push({ target: step.default.goto, path: step.path.concat('default', 'goto'), kind: 'choice' })
  }
  if (step.type === 'task') {
    step.catch?.forEach((c, i) => {
      if (c.goto !== undefined) gotos.push({ target: c.goto, path: step.path.concat('catch', i, 'goto'), kind: 'catch' })
    })
  }
  return gotos
}

/** One mapping row with where it sits: its list, its path, and its step (null for the flow's own mappings). */
export interface MappingRow {
  readonly mapping: Mapping
  readonly list: 'inputMappings' | 'outputMappings' | 'errorMappings'
  readonly path: JsonPath
  readonly step: Step | null
}

// Several rules read the rows; they are collected once per validation.
const collected = new WeakMap<ValidationContext, readonly MappingRow[]>()

/** Every mapping row of the flow and its steps, in document order. */
export function mappingRows(ctx: ValidationContext): readonly MappingRow[] {
  const known = collected.get(ctx)
  if (known) return known
  const rows: MappingRow[] = []
  const add = (step: Step | null, base: JsonPath, list: MappingRow['list'], mappings: readonly Mapping[] | undefined) => {
    mappings?.forEach((mapping, i) => rows.push({ mapping, list, path: base.concat(list, i), step }))
  }
  add(null, [], 'inputMappings', ctx.flow.inputMappings)
  add(null, [], 'outputMappings', ctx.flow.outputMappings)
  for (const { step } of ctx.steps) {
    add(step, step.path, 'inputMappings', step.inputMappings)
    add(step, step.path, 'outputMappings', step.outputMappings)
    if (step.type === 'task') add(step, step.path, 'errorMappings', step.errorMappings)
  }
  collected.set(ctx, rows)
  return rows
}

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
