import type { Flow } from '../../../fdl/model/Flow.ts'
import type { Step } from '../../../fdl/model/Step.ts'
import { EvaluationError } from '../../../sim/data/EvaluationError.ts'
import { evaluateMappings } from '../../../sim/data/evaluateMappings.ts'
import { explainMappings, type MappingRowResult } from '../../../sim/data/explainMappings.ts'
import { mergeObjects } from '../../../sim/data/mergeObjects.ts'
import { resolveServiceParams } from '../../../sim/data/resolveServiceParams.ts'
import { readTaskTarget } from './readTaskTarget.ts'

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
  readonly error?: string
  /** What the preview assumed, said plainly because it is not a full simulation. */
  readonly notes: readonly string[]
}

const CONTEXT = {
  task: { token: TOKEN_PLACEHOLDER },
  execution: { name: '<execution name>' },
  flow: { name: '<flow name>' },
  step: { eventId: 0 },
}

/**
 * Computes a step's input from the sample input with the simulator's own mapping functions (REFERENCE §3.2
 * R1, R2, R6, R10), and for tasks the parameters sent, for MNS the exact message body. Outputs of earlier
 * steps are not simulated here, so the parent's local is taken to be empty; nested steps are given the flow
 * input as their parent input. Never throws: bad paths come back as `error` or on their row.
 */
export function computePreview(flow: Flow, step: Step, sampleInput: unknown): StepPreview {
  const notes = ['Earlier steps’ outputs are not simulated here: $local is taken to be empty. Run the simulator for the full data flow.']
  if (step.path.length > 2) notes.push('This step is nested: its parent input is taken to be the flow input.')
  try {
    const flowInput = flow.inputMappings ? evaluateMappings(flow.inputMappings, { input: sampleInput, local: {}, context: CONTEXT }) : sampleInput
    const scope = { input: flowInput, local: {}, context: CONTEXT }
    const rows = step.inputMappings ? explainMappings(step.inputMappings, scope) : []
    const input = step.inputMappings ? evaluateMappings(step.inputMappings, scope) : mergeObjects(flowInput, {})
    if (step.type !== 'task') return { input, rows, notes }
    if (step.pattern !== 'waitForCallback' && step.inputMappings?.some((m) => m.source === '$context.task.token')) {
      notes.push('Only waitForCallback tasks get a task token; this pattern has none.')
    }
    const serviceParams = resolveServiceParams(step.serviceParams, input)
    const kind = readTaskTarget(step).kind
    if (kind !== 'mns-queue' && kind !== 'mns-topic') return { input, rows, serviceParams, notes }
    const body = serviceParams.MessageBody
    const messageBody = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body)
    return { input, rows, serviceParams, messageBody, notes }
  } catch (e) {
    const error = e instanceof EvaluationError ? e.message : `Cannot compute the preview: ${String(e)}`
    return { input: null, rows: [], error, notes }
  }
}
