import type { JsonPath } from './jsonPaths.ts'

/**
 * A step, discriminated on `type`: the eight FDL types, plus `unknown` for a type the language does not
 * define (kept and reported, never dropped).
 */
export type Step =
  | TaskStep
  | PassStep
  | WaitStep
  | ChoiceStep
  | ParallelStep
  | ForeachStep
  | SucceedStep
  | FailStep
  | UnknownStep

/** Fields every step type shares (REFERENCE §2.1). */
export interface StepBase {
  readonly name: string
  /** Where this step's mapping lives in the document: the key of the canvas node and of every edit. */
  readonly path: JsonPath
  readonly inputMappings?: readonly Mapping[]
  readonly outputMappings?: readonly Mapping[]
  /** Keys the language does not define, kept verbatim so nothing the user wrote is lost. */
  readonly extra?: Readonly<Record<string, unknown>>
}

/** The step types the FDL v1 documentation defines, in the order the designer's palette lists them. */
export const STEP_TYPES = ['task', 'pass', 'wait', 'choice', 'parallel', 'foreach', 'succeed', 'fail'] as const

/** One of {@link STEP_TYPES}. */
export type StepType = (typeof STEP_TYPES)[number]

/** Emits constants or reshapes data; its local is empty (REFERENCE §2.4). */
export interface PassStep extends StepBase {
  readonly type: 'pass'
  readonly end?: boolean
}

/** Ends the enclosing sequence successfully, like `return` (REFERENCE §2.9, §9.3). */
export interface SucceedStep extends StepBase {
  readonly type: 'succeed'
}

/** Ends the sequence with an error that propagates to the execution (REFERENCE §2.10, §9.4). */
export interface FailStep extends StepBase {
  readonly type: 'fail'
  readonly error?: string
  readonly cause?: string
}

/** Pauses for `duration` seconds or until `timestamp`; either may be a `$.path` (REFERENCE §2.5). */
export interface WaitStep extends StepBase {
  readonly type: 'wait'
  readonly duration?: number | string
  readonly timestamp?: string
  readonly end?: boolean
}

/** Invokes FC, an MNS queue or topic, a child flow (`resourceArn`) or a cloud API (`action`) (REFERENCE §2.3, §6). */
export interface TaskStep extends StepBase {
  readonly type: 'task'
  readonly resourceArn?: string
  /** Set when `resourceArn` is a deploy-time tag such as `!Ref service/function`: kept, not resolvable here. */
  readonly resourceTag?: string
  readonly action?: string
  /** `requestResponse` (default), `sync` or `waitForCallback`; any other text is kept and reported. */
  readonly pattern?: string
  readonly timeoutSeconds?: number
  readonly serviceParams?: Readonly<Record<string, unknown>>
  readonly errorMappings?: readonly Mapping[]
  readonly retry?: readonly RetryPolicy[]
  readonly catch?: readonly CatchPolicy[]
  readonly end?: boolean
}

/** One `choices` entry: a condition, optional steps, optional sibling `goto` (REFERENCE §2.6). */
export interface ChoiceBranch extends Sequence {
  readonly condition?: string
  readonly goto?: string
}

/** The `default` branch, run when no condition holds. */
export interface ChoiceDefault extends Sequence {
  readonly goto?: string
}

/** Switch-case over conditions on the step input; first true branch wins (REFERENCE §2.6, §4). */
export interface ChoiceStep extends StepBase {
  readonly type: 'choice'
  readonly choices: readonly ChoiceBranch[]
  readonly default?: ChoiceDefault
  readonly end?: boolean
}

/** Runs every branch concurrently; its local is the array of branch locals (REFERENCE §2.7, §8). */
export interface ParallelStep extends StepBase {
  readonly type: 'parallel'
  readonly branches: readonly Sequence[]
  readonly end?: boolean
}

/** Which array to iterate and under which keys each element and its position reach the body. */
export interface IterationMapping {
  readonly collection?: string
  readonly item?: string
  readonly index?: string
}

/** Runs `body` once per collection element, up to 100 at once (REFERENCE §2.8, §8). */
export interface ForeachStep extends StepBase {
  readonly type: 'foreach'
  readonly iterationMapping: IterationMapping
  readonly body: Sequence
  readonly end?: boolean
}

/**
 * A step whose `type` the language does not define (e.g. the undocumented `loop`), or that has no `type`.
 * Kept so that it survives every edit and is drawn on the canvas; its nested `steps`, if any, are still walked.
 */
export interface UnknownStep extends StepBase {
  readonly type: 'unknown'
  /** What the document says in `type` (empty when it says nothing usable). */
  readonly declaredType: string
  readonly body?: Sequence
}

/** One `catch` entry of a task (REFERENCE §5.2): matching errors jump to the sibling step `goto`. */
export interface CatchPolicy {
  readonly errors: readonly string[]
  readonly goto?: string
}

/** One `retry` entry of a task (REFERENCE §5.1). Defaults: interval 1 s, max interval 86400 s, 3 attempts, ×2. */
export interface RetryPolicy {
  readonly errors: readonly string[]
  readonly intervalSeconds?: number
  readonly maxIntervalSeconds?: number
  readonly maxAttempts?: number
  readonly multiplier?: number
}

/**
 * One row of `inputMappings` / `outputMappings` / `errorMappings`. `source` is a path when it is a string
 * starting with `$input`, `$local` or `$context`, otherwise a constant of any JSON type (REFERENCE §3.3).
 */
export interface Mapping {
  readonly target: string
  readonly source: unknown
}

/**
 * A serial `steps` list: the flow's top level, a choice branch or default, a parallel branch or a foreach body.
 * `path` points at the `steps` array itself, which is where inserts and moves are addressed.
 */
export interface Sequence {
  readonly path: JsonPath
  readonly steps: readonly Step[]
}

/** The sequences nested directly in a step, in document order: choice branches then default, parallel branches, a foreach body. */
export function childSequences(step: Step): readonly Sequence[] {
  switch (step.type) {
    case 'choice':
      return step.default ? [...step.choices, step.default] : step.choices
    case 'parallel':
      return step.branches
    case 'foreach':
      return [step.body]
    case 'unknown':
      return step.body ? [step.body] : []
    default:
      return []
  }
}
