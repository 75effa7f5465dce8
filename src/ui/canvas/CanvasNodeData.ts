import type { JsonPath } from '../../fdl/model/jsonPaths.ts'
import type { Severity } from '../../fdl/model/Diagnostic.ts'
import type { Message } from '../../i18n/Message.ts'
import type { CanvasText } from './canvasText.ts'

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
