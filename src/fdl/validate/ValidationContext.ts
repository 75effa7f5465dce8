import type { LineCounter } from 'yaml'
import { formatMessage, type Message } from '../../i18n/Message.ts'
import type { Diagnostic } from '../model/Diagnostic.ts'
import type { Flow } from '../model/Flow.ts'
import type { Sequence, Step } from '../model/Step.ts'
import type { JsonPath } from '../model/jsonPaths.ts'
import { rangeOf } from '../parse/readFields.ts'
import { DIAGNOSTIC_CATALOGUE } from './diagnosticCatalogue.ts'
import { childSequences } from '../model/Step.ts'
import { isMap, isPair, isScalar, isSeq, type Node, type Pair, type Document } from 'yaml'

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
   * Whether the node at `path` holds `key`, whatever its value (the model leaves out a value of the wrong
   * type, which the parser reported). Cheaper than locating `path` + `key`: the lookup table does not grow an
   * entry for every step and field asked about.
   */
  has(path: JsonPath, key: string): boolean
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
    has: (path, key) => stepInto(locate(path), key).exact,
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

/** A group of related checks with the codes it may report (the catalogue test holds every code to a rule). */
export interface Rule {
  readonly name: string
  readonly codes: readonly DiagnosticCode[]
  check(ctx: ValidationContext): void
}

interface Entry {
  readonly located: LocatedNode
  /** Created on the first lookup below this node: most nodes are looked up as the end of a path only. */
  children?: Map<string | number, Entry>
}

/**
 * A memoised {@link locateNode} for one document: rules look up many paths under the same steps, so each
 * prefix is resolved once and kept in a trie (no string keys to build per lookup).
 */
export function nodeLocator(document: Document): (path: JsonPath) => LocatedNode {
  const root: Entry = { located: locateNode(document, []) }
  return (path) => {
    let entry = root
    for (const segment of path) {
      let next = entry.children?.get(segment)
      if (next === undefined) {
        next = { located: stepInto(entry.located, segment) }
        ;(entry.children ??= new Map()).set(segment, next)
      }
      entry = next
    }
    return entry.located
  }
}

/** What a JSON path reaches in the YAML tree: the value node, and the pair holding it when it is a map value. */
export interface LocatedNode {
  /** The deepest node the path reaches (the root when nothing matches). */
  readonly node: Node | null
  /** The map pair whose value `node` is, when there is one. */
  readonly pair: Pair | null
  /** Whether the whole path exists; false means `node` is the nearest existing ancestor. */
  readonly exact: boolean
}

/**
 * Walks the document along a JSON path (map keys and sequence indexes) without ever throwing. Missing
 * segments stop the walk at the nearest ancestor, which is where "X is missing" diagnostics point.
 */
export function locateNode(document: Document, path: JsonPath): LocatedNode {
  let located: LocatedNode = { node: (document.contents ?? null) as Node | null, pair: null, exact: true }
  for (const segment of path) located = stepInto(located, segment)
  return located
}

/** One step of {@link locateNode}: the child at `segment`, or the same place marked inexact when there is none. */
export function stepInto(from: LocatedNode, segment: string | number): LocatedNode {
  const { node } = from
  if (!from.exact) return from
  if (typeof segment === 'number' && isSeq(node)) {
    const item = node.items[segment]
    return item === undefined ? { ...from, exact: false } : { node: item as Node, pair: null, exact: true }
  }
  if (typeof segment === 'string' && isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair) || !isScalar(pair.key) || String(pair.key.value) !== segment) continue
      // `key:` with nothing after it: point at the key, which is what the user sees.
      const value = (pair.value ?? pair.key) as Node | null
      return { node: value, pair: pair as Pair, exact: true }
    }
  }
  return { ...from, exact: false }
}

/** Which part of a located node a diagnostic underlines. */
export type Focus = 'value' | 'key' | 'head'

type Span = readonly [number, number]

/**
 * The offsets a diagnostic should underline: a scalar value itself; a collection value by its key (`retry:`),
 * so a whole block is not underlined; a step or row by its first entry (`- type: task`). Null when the
 * document has no node there (an empty document).
 */
export function focusRange(located: LocatedNode, focus: Focus): Span | null {
  const { node, pair } = located
  const key = pair?.key as Node | undefined
  if (focus === 'key' && located.exact && key?.range) return [key.range[0], key.range[1]]
  const emptyValue = isScalar(node) && node.range != null && node.range[0] === node.range[1]
  if (focus === 'value' && emptyValue && key?.range) return [key.range[0], key.range[1]]
  if (focus === 'value' && located.exact && isScalar(node) && node.range) return [node.range[0], node.range[1]]
  if (focus === 'value' && located.exact && key?.range && (isMap(node) || isSeq(node))) return [key.range[0], key.range[1]]
  return headOf(node)
}

/** The first line of a node: a map's first `key: scalar` pair, a sequence's first item, or the node itself. */
function headOf(node: Node | null): Span | null {
  if (!node?.range) return null
  if (isMap(node) && node.items.length > 0) {
    const first = node.items[0]!
    const key = first.key as Node | null
    const value = first.value as Node | null
    if (key?.range) return [key.range[0], isScalar(value) && value.range ? value.range[1] : key.range[1]]
  }
  if (isSeq(node) && node.items.length > 0) return headOf(node.items[0] as Node)
  return [node.range[0], isScalar(node) ? node.range[1] : node.range[0]]
}
