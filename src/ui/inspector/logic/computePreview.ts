import type { Flow } from '../../../fdl/model/Flow.ts'
import type { Step } from '../../../fdl/model/Step.ts'
import { msg, type Message } from '../../../i18n/Message.ts'
import { EvaluationError, evaluatePath } from '../../../sim/data/evaluatePath.ts'
import { evaluateMappings, explainMappings, type MappingRowResult, resolveServiceParams } from '../../../sim/data/evaluateMappings.ts'
import { mergeObjects } from '../../../sim/data/objects.ts'
import { collectSteps } from './stepLookup.ts'
import { coreText } from './checks.ts'
import { readTaskTarget } from './taskCommands.ts'

/** Stands in for the real token, which only exists while the task runs. */
const TOKEN_PLACEHOLDER = '<task token>'

/** What the preview shows for one step, computed from the sample input. */
export interface StepPreview {
  /** The step's input (the FC event, the `$` of serviceParams); null when it cannot be computed. */
  readonly input: Record<string, unknown> | null
  /** Per-row results of the step's input mappings (empty without mappings). */
  readonly rows: readonly MappingRowResult[]
  /** The request parameters the task sends, with `$` / `$.x` resolved. */
  readonly serviceParams?: Record<string, unknown>
  /** For MNS queue and topic tasks: the exact message body text. */
  readonly messageBody?: string
  readonly error?: Message
  /** What the preview assumed, said plainly because it is not a full simulation. */
  readonly notes: readonly Message[]
}

const CONTEXT = {
  task: { token: TOKEN_PLACEHOLDER },
  execution: { name: '<execution name>' },
  flow: { name: '<flow name>' },
  step: { eventId: 0 },
}

/** A step's input from its parent's input (R1 / R2, with the parent's local taken to be empty). */
function inputOf(step: Step, parentInput: unknown): Record<string, unknown> {
  return step.inputMappings
    ? evaluateMappings(step.inputMappings, { input: parentInput, local: {}, context: CONTEXT })
    : mergeObjects(parentInput, {})
}

/** What the steps inside a container see as their parent input; a foreach body sees its first iteration (R8). */
function childInput(container: Step, input: Record<string, unknown>): Record<string, unknown> {
  if (container.type !== 'foreach') return input
  const { collection, item, index } = container.iterationMapping
  const found = collection ? evaluatePath(collection, { $: input }) : { found: false as const }
  const first = found.found && Array.isArray(found.value) ? found.value[0] : undefined
  return { ...input, ...(item ? { [item]: first ?? null } : {}), ...(index ? { [index]: 0 } : {}) }
}

/** The enclosing steps of `step`, outermost first. */
function ancestorsOf(flow: Flow, step: Step): readonly Step[] {
  const isPrefix = (p: readonly unknown[]) => p.length < step.path.length && p.every((k, i) => k === step.path[i])
  return collectSteps(flow).filter((s) => isPrefix(s.path)).sort((a, b) => a.path.length - b.path.length)
}

/**
 * Computes a step's input from the sample input with the simulator's own mapping functions (REFERENCE §3.2
 * R1, R2, R6, R8, R10), and for tasks the parameters sent, for MNS the exact message body. Outputs of
 * earlier steps are not simulated here, so every local is taken to be empty; a nested step's parent input
 * comes from its enclosing steps (a foreach body gets the first element). Never throws: bad paths come back
 * as `error` or on their row.
 */
export function computePreview(flow: Flow, step: Step, sampleInput: unknown): StepPreview {
  const notes = [msg('Earlier steps’ outputs are not simulated here: $local is taken to be empty. Run the simulator for the full data flow.')]
  const ancestors = ancestorsOf(flow, step)
  if (ancestors.some((a) => a.type === 'foreach')) notes.push(msg('Inside a foreach: shown for the first element of the collection.'))
  try {
    const flowInput = flow.inputMappings ? evaluateMappings(flow.inputMappings, { input: sampleInput, local: {}, context: CONTEXT }) : sampleInput
    const parentInput = ancestors.reduce<unknown>((parent, a) => childInput(a, inputOf(a, parent)), flowInput)
    const rows = step.inputMappings ? explainMappings(step.inputMappings, { input: parentInput, local: {}, context: CONTEXT }) : []
    const input = inputOf(step, parentInput)
    if (step.type !== 'task') return { input, rows, notes }
    if (step.pattern !== 'waitForCallback' && step.inputMappings?.some((m) => m.source === '$context.task.token')) {
      notes.push(msg('Only waitForCallback tasks get a task token; this pattern has none.'))
    }
    const serviceParams = resolveServiceParams(step.serviceParams, input)
    const kind = readTaskTarget(step).kind
    if (kind !== 'mns-queue' && kind !== 'mns-topic') return { input, rows, serviceParams, notes }
    const body = serviceParams.MessageBody
    const messageBody = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body)
    return { input, rows, serviceParams, messageBody, notes }
  } catch (e) {
    const error = e instanceof EvaluationError ? coreText(e) : msg('Cannot compute the preview: {detail}', { detail: String(e) })
    return { input: null, rows: [], error, notes }
  }
}
