import type { JsonPath } from '../../fdl/model/JsonPath.ts'
import type { Severity } from '../../fdl/model/Diagnostic.ts'

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
  readonly detail: string | null
  readonly pattern: string | null
  readonly callback: boolean
  readonly problems: ProblemBadge | null
}

/** A container (choice / parallel / foreach) header: as a step, plus what its branch buttons do. */
export interface ContainerNodeData extends StepNodeData {
  readonly summary: string
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
  readonly label: string
  readonly goto: string | null
  readonly removable: boolean
}

/** An empty sequence's slot: which sequence it is and what it is called (`Default of Route`). */
export interface PlaceholderNodeData extends Record<string, unknown> {
  readonly sequence: JsonPath
  readonly label: string
  /** The container step the sequence belongs to (null: the flow's own top level). */
  readonly owner: JsonPath | null
}

/** Start, End and end-of-sequence markers. */
export interface MarkerNodeData extends Record<string, unknown> {
  readonly label: string
  readonly variant: 'start' | 'end' | 'stop'
}
