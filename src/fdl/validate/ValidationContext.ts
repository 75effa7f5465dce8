import type { Document, LineCounter } from 'yaml'
import { formatMessage, type Message } from '../../i18n/Message.ts'
import type { Diagnostic } from '../model/Diagnostic.ts'
import type { Flow } from '../model/Flow.ts'
import type { JsonPath } from '../model/JsonPath.ts'
import type { Sequence } from '../model/Sequence.ts'
import type { Step } from '../model/Step.ts'
import { rangeOf } from '../parse/rangeOf.ts'
import { DIAGNOSTIC_CATALOGUE } from './diagnosticCatalogue.ts'
import { focusRange, type Focus } from './focusRange.ts'
import type { LocatedNode } from './locateNode.ts'
import { nodeLocator } from './nodeLocator.ts'
import { childSequences } from '../model/childSequences.ts'

/** A diagnostic code of the catalogue. */
export type DiagnosticCode = keyof typeof DIAGNOSTIC_CATALOGUE

/** A step with the sequence it sits in: siblings are what `goto` can reach. */
export interface StepVisit {
  readonly step: Step
  readonly sequence: Sequence
  readonly index: number
}

/** What every rule sees: the model, every step and sequence walked once, and a way to report. */
export interface ValidationContext {
  readonly flow: Flow
  /** The source text, for limits on the definition as a whole. */
  readonly text: string
  readonly steps: readonly StepVisit[]
  readonly sequences: readonly Sequence[]
  readonly diagnostics: Diagnostic[]
  /** The YAML node at a path (to tell "absent" from "present but empty", and to place a diagnostic). */
  locate(path: JsonPath): LocatedNode
  /**
   * Records a diagnostic with the catalogue's severity, underlining `focus` of the node at `path`. `text` is
   * the message as English source and values; its English rendering is the diagnostic's `message`.
   */
  report(code: DiagnosticCode, text: Message, path: JsonPath, focus?: Focus): void
  /** The 1-based line of the node at a path, for messages that point at another place. */
  lineOf(path: JsonPath): number
}

/** Builds the context for one parsed document. */
export function validationContext(text: string, flow: Flow, document: Document, lineCounter: LineCounter): ValidationContext {
  const steps: StepVisit[] = []
  const sequences: Sequence[] = []
  walk(flow.body, steps, sequences)
  const diagnostics: Diagnostic[] = []
  const locate = nodeLocator(document)
  const spanOf = (path: JsonPath, focus: Focus) => focusRange(locate(path), focus) ?? [0, 0]
  return {
    flow,
    text,
    steps,
    sequences,
    diagnostics,
    locate,
    report(code, text, path, focus = 'value') {
      const [start, end] = spanOf(path, focus)
      const severity = DIAGNOSTIC_CATALOGUE[code].severity
      diagnostics.push({ code, severity, message: formatMessage(text), text, path: [...path], range: rangeOf(lineCounter, start, end) })
    },
    lineOf: (path) => lineCounter.linePos(spanOf(path, 'value')[0]).line,
  }
}

/** Every step in document order with its sequence, and every sequence (depth is bounded by the parser's guard). */
function walk(sequence: Sequence, steps: StepVisit[], sequences: Sequence[]): void {
  sequences.push(sequence)
  sequence.steps.forEach((step, index) => {
    steps.push({ step, sequence, index })
    for (const child of childSequences(step)) walk(child, steps, sequences)
  })
}

