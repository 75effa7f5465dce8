import type { JsonPath } from '../../fdl/model/jsonPaths.ts'
import type { Severity, Diagnostic } from '../../fdl/model/Diagnostic.ts'
import type { Message } from '../../i18n/Message.ts'
import type { Translate } from '../i18n/language.ts'
import { parseResourceArn } from '../../fdl/arn/resourceArn.ts'
import type { TaskStep } from '../../fdl/model/Step.ts'
import { msg } from '../../i18n/Message.ts'
import { pathKey } from '../../fdl/model/jsonPaths.ts'
import { Position, type NodeHandle } from '@xyflow/react'

/** The diagnostics badge of a node: how many, and the worst severity (its colour). */
export interface ProblemBadge {
  readonly count: number
  readonly severity: Severity
}

/** A step box: what it shows (type, name, integration, pattern, callback badge, problems). */
export interface StepNodeData extends Record<string, unknown> {
  readonly path: JsonPath
  readonly name: string
  readonly type: string
  /** Palette kind used for the icon: the integration for tasks, else the type. */
  readonly glyph: string
  /** What it calls (`Queue orders`), in words of the app around names from the document. */
  readonly detail: CanvasText | null
  readonly pattern: string | null
  readonly callback: boolean
  readonly problems: ProblemBadge | null
}

/** A container (choice / parallel / foreach) header: as a step, plus what its branch buttons do. */
export interface ContainerNodeData extends StepNodeData {
  /** `2 conditions + default`, `3 branches`; null for a container type the app does not know. */
  readonly summary: Message | null
  /** `branch.add` is offered for choice and parallel. */
  readonly canAddBranch: boolean
  /** A choice without a default may get one. */
  readonly canAddDefault: boolean
  /** Drawn closed, with how many steps it holds at any depth; null when open. */
  readonly collapsed: { readonly inside: number } | null
}

/** A lane's label row and its remove button. */
export interface LaneNodeData extends Record<string, unknown> {
  readonly owner: JsonPath
  readonly ownerName: string
  readonly role: 'choice' | 'default' | 'branch' | 'body'
  readonly index: number
  /** A choice's condition as written, or the app's `Default`, `Branch 2`, `For each item`. */
  readonly label: CanvasText
  readonly goto: string | null
  readonly removable: boolean
}

/** An empty sequence's slot: which sequence it is and what it is called (`Default of Route`). */
export interface PlaceholderNodeData extends Record<string, unknown> {
  readonly sequence: JsonPath
  readonly label: Message
  /** The container step the sequence belongs to (null: the flow's own top level). */
  readonly owner: JsonPath | null
}

/** Start, End and end-of-sequence markers. */
export interface MarkerNodeData extends Record<string, unknown> {
  /** Drawn in the current language, and so also in an exported picture (the export copies the drawn canvas). */
  readonly label: Message
  readonly variant: 'start' | 'end' | 'stop'
}

/**
 * Text the canvas draws: a `Message` in the app's own words (translated), or a string from the document
 * (a condition, an ARN, a type the document declares) shown exactly as written in every language.
 */
export type CanvasText = Message | string

/** The text in the current language; the document's own strings never go through the catalogue. */
export function sayCanvasText(t: Translate, text: CanvasText): string {
  return typeof text === 'string' ? text : t.message(text)
}

/**
 * What a task box shows: its icon kind and one line naming what it calls. API names, resource tags and ARNs
 * are the document's and stay as written; only the words around them are translated.
 */
export function describeTask(step: TaskStep): { readonly glyph: string; readonly detail: CanvasText } {
  if (step.action) return { glyph: 'task', detail: `API ${step.action}` }
  if (step.resourceTag) return { glyph: 'task', detail: `${step.resourceTag} ${step.resourceArn ?? ''}`.trim() }
  if (!step.resourceArn) return { glyph: 'task', detail: msg('No resource yet') }
  const i = parseResourceArn(step.resourceArn)
  switch (i?.kind) {
    case 'mns-queue':
      return { glyph: 'mns-queue', detail: msg('Queue {queue}', { queue: i.queue }) }
    case 'mns-topic':
      return { glyph: 'mns-topic', detail: msg('Topic {topic}', { topic: i.topic }) }
    case 'fc':
      return { glyph: 'fc', detail: msg('Function {service}/{function}', { service: i.service, function: i.function }) }
    case 'flow':
      return { glyph: 'child-flow', detail: msg('Flow {flow}', { flow: i.flow }) }
    default:
      return { glyph: 'task', detail: step.resourceArn }
  }
}

const RANK: Readonly<Record<Severity, number>> = { error: 3, warning: 2, info: 1 }

/**
 * Counts diagnostics per step: each one belongs to the deepest step whose path starts its own path (a problem
 * in a branch's task badges the task, not the choice around it). Document-level ones badge nothing.
 */
export function problemBadges(diagnostics: readonly Diagnostic[], stepKeys: ReadonlySet<string>): ReadonlyMap<string, ProblemBadge> {
  const badges = new Map<string, ProblemBadge>()
  for (const d of diagnostics) {
    let owner: string | undefined
    for (let n = d.path.length; n > 0 && owner === undefined; n--) {
      const key = pathKey(d.path.slice(0, n))
      if (stepKeys.has(key)) owner = key
    }
    if (owner === undefined) continue
    const prev = badges.get(owner)
    const severity = prev && RANK[prev.severity] >= RANK[d.severity] ? prev.severity : d.severity
    badges.set(owner, { count: (prev?.count ?? 0) + 1, severity })
  }
  return badges
}

/**
 * Handle positions computed from the fixed box size, so React Flow draws edges without measuring the DOM
 * first (and does not re-measure every node a new projection replaces). Matches `NodeHandles`.
 */
export function nodeHandles(kind: string, width: number, height: number): NodeHandle[] {
  const h = (hid: string, type: 'source' | 'target', position: Position, x: number, y: number): NodeHandle => ({ id: hid, type, position, x, y, width: 1, height: 1 })
  const top = h('in', 'target', Position.Top, width / 2 - 0.5, 0)
  const bottom = h('out', 'source', Position.Bottom, width / 2 - 0.5, height - 1)
  const jumpY = kind === 'container' ? 22 : height / 2
  const jumps = [h('jump-out', 'source', Position.Right, width - 1, jumpY - 4), h('jump-in', 'target', Position.Right, width - 1, jumpY + 4)]
  switch (kind) {
    case 'step':
    case 'container':
      return [top, bottom, ...jumps]
    case 'start':
      return [bottom]
    case 'end':
    case 'endMarker':
      return [top]
    case 'placeholder':
      return [top, bottom]
    default:
      return []
  }
}
