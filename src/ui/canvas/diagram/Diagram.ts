import type { JsonPath } from '../../../fdl/model/jsonPaths.ts'
import type { Step } from '../../../fdl/model/Step.ts'
import type { CanvasText } from '../CanvasNodeData.ts'

/** What a diagram node stands for. Containers hold lanes; lanes hold the steps of one sequence. */
export type DiagramNodeKind = 'step' | 'container' | 'lane' | 'start' | 'end' | 'endMarker' | 'placeholder'

/** A lane: one sequence inside a container (a choice branch or default, a parallel branch, a foreach body). */
export interface LaneInfo {
  readonly sequence: JsonPath
  /** The container step's path. */
  readonly owner: JsonPath
  readonly role: 'choice' | 'default' | 'branch' | 'body'
  /** 0-based branch index (for `branch.remove`); -1 for default and body. */
  readonly index: number
  /** The condition as written for a choice branch; the app's words (`Default`, `Branch 2`) otherwise. */
  readonly label: CanvasText
  readonly condition?: string
  readonly goto?: string
}

/**
 * One box of the diagram. `parent` is the id of the container or lane it sits in (null at the top level);
 * leaves carry their fixed size, containers and lanes get theirs from the layout.
 */
export interface DiagramNode {
  readonly id: string
  readonly kind: DiagramNodeKind
  readonly parent: string | null
  readonly width?: number
  readonly height?: number
  readonly step?: Step
  readonly lane?: LaneInfo
  /** A container drawn closed: a fixed box with the number of steps inside, no lanes. */
  readonly collapsed?: { readonly inside: number }
}

/**
 * A line between boxes: `next` is the sequence flow, `goto` a choice jump, `catch` an error jump; `order`
 * lines are invisible and only keep steps in document order for the layout (after `end: true`, succeed, fail).
 */
export interface DiagramEdge {
  readonly id: string
  readonly kind: 'next' | 'order' | 'goto' | 'catch'
  readonly source: string
  readonly target: string
  /** A goto's condition as written, or the app's words (`default`, `catch FC.Unknown`). */
  readonly label?: CanvasText
}

/**
 * The flow as boxes and lines, independent of positions: what the layout places and the canvas draws.
 * `signature` changes exactly when the layout would (structure and sizes), so a layout can be reused.
 */
export interface Diagram {
  /** Parents before children, in document order. */
  readonly nodes: readonly DiagramNode[]
  readonly edges: readonly DiagramEdge[]
  readonly signature: string
}

/** Ids of the diagram's fixed boxes and of boxes derived from a step or sequence id. */
export const DIAGRAM_IDS = {
  start: '__start',
  end: '__end',
  endMarker: (stepId: string) => `${stepId}/end`,
  placeholder: (sequenceId: string) => `${sequenceId}/empty`,
} as const

/** Fixed box sizes and paddings of the diagram, in flow units (px at zoom 1). */
export const DIAGRAM_SIZES = {
  stepWidth: 248,
  taskHeight: 78,
  stepHeight: 56,
  collapsedHeight: 64,
  terminalHeight: 48,
  markerWidth: 88,
  markerHeight: 32,
  endMarkerWidth: 64,
  endMarkerHeight: 26,
  placeholderWidth: 208,
  placeholderHeight: 44,
  containerPadding: { top: 56, side: 16, bottom: 16 },
  lanePadding: { top: 34, side: 14, bottom: 16 },
  laneMinWidth: 236,
  gapBetweenSteps: 36,
  gapBetweenLanes: 20,
} as const
