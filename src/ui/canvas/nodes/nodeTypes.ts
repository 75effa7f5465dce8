import type { NodeTypes } from '@xyflow/react'
import { ContainerNode } from './ContainerNode.tsx'
import { LaneNode, MarkerNode, PlaceholderNode } from './SequenceNodes.tsx'
import { StepNode } from './StepNode.tsx'

/** The canvas's node components, defined once at module scope so React Flow never remounts nodes. */
export const nodeTypes: NodeTypes = {
  step: StepNode,
  container: ContainerNode,
  lane: LaneNode,
  marker: MarkerNode,
  placeholder: PlaceholderNode,
}
