import { MarkerType, type BuiltInEdge, type Edge, type Node } from '@xyflow/react'
import type { Diagnostic } from '../../fdl/model/Diagnostic.ts'
import type { Flow } from '../../fdl/model/Flow.ts'
import type { Step } from '../../fdl/model/Step.ts'
import type { ContainerNodeData, LaneNodeData, MarkerNodeData, PlaceholderNodeData, ProblemBadge, StepNodeData } from './CanvasNodeData.ts'
import { describeTask } from './describeTask.ts'
import { nodeHandles } from './nodeHandles.ts'
import type { Diagram, DiagramEdge, DiagramNode } from './diagram/Diagram.ts'
import { buildDiagram } from './diagram/buildDiagram.ts'
import type { Layout } from './layout/Layout.ts'
import { problemBadges } from './problemBadges.ts'

/** What the canvas shows: a parsed flow and its diagnostics. */
export interface CanvasModel {
  readonly flow: Flow | null
  readonly diagnostics: readonly Diagnostic[]
}

/** React Flow's nodes and edges for one model and layout. */
export interface Projection {
  readonly nodes: readonly Node[]
  readonly edges: readonly Edge[]
}

/** React Flow types `domAttributes` without `data-*` keys, which the DOM accepts and tests rely on. */
function dataAttributes(attrs: Readonly<Record<`data-${string}`, string>>): Node['domAttributes'] {
  return attrs as Node['domAttributes']
}

/** The type name a node announces (`task step Task_1`); unknown types say what the document says. */
function typeName(step: Step): string {
  return step.type === 'unknown' ? step.declaredType || 'unknown' : step.type
}

function stepData(step: Step, problems: ProblemBadge | null): StepNodeData {
  const base = { path: step.path, name: step.name, type: typeName(step), problems, detail: null, pattern: null, callback: false }
  if (step.type === 'task') {
    const { glyph, detail } = describeTask(step)
    return { ...base, glyph, detail, pattern: step.pattern ?? null, callback: step.pattern === 'waitForCallback' }
  }
  if (step.type === 'wait') {
    const detail = step.duration !== undefined ? `${step.duration}${typeof step.duration === 'number' ? ' s' : ''}` : (step.timestamp ?? null)
    return { ...base, glyph: 'wait', detail }
  }
  if (step.type === 'fail') return { ...base, glyph: 'fail', detail: step.error ?? null }
  return { ...base, glyph: step.type }
}

function containerData(step: Step, problems: ProblemBadge | null, collapsed: DiagramNode['collapsed']): ContainerNodeData {
  const summary =
    step.type === 'choice' ? `${step.choices.length} condition${step.choices.length === 1 ? '' : 's'}${step.default ? ' + default' : ''}`
      : step.type === 'parallel' ? `${step.branches.length} branch${step.branches.length === 1 ? '' : 'es'}`
        : step.type === 'foreach' ? `item → ${step.iterationMapping.item ?? '?'}`
          : ''
  return {
    ...stepData(step, problems),
    summary,
    canAddBranch: step.type === 'choice' || step.type === 'parallel',
    canAddDefault: step.type === 'choice' && step.default === undefined,
    collapsed: collapsed ?? null,
  }
}

/** What an empty sequence is called where the user can add to it: `Condition 1 of Route`, `the flow`. */
function sequenceName(lane: DiagramNode['lane'], ownerName: string): string {
  if (!lane) return 'the flow'
  const own = lane.role === 'choice' ? `Condition ${lane.index + 1}` : lane.role === 'default' ? 'Default' : lane.role === 'branch' ? lane.label : 'the body'
  return `${own} of ${ownerName}`
}

/** One React Flow node for a diagram box, placed by the layout. */
function toNode(n: DiagramNode, layout: Layout | null, badges: ReadonlyMap<string, ProblemBadge>, parentName: ReadonlyMap<string, string>, lanes: ReadonlyMap<string, DiagramNode>): Node {
  const box = layout?.boxes.get(n.id)
  const width = box?.width ?? n.width ?? 0
  const height = box?.height ?? n.height ?? 0
  const common = {
    id: n.id,
    position: { x: box?.x ?? 0, y: box?.y ?? 0 },
    width,
    height,
    measured: { width, height },
    handles: nodeHandles(n.kind, width, height),
    ...(n.parent !== null ? { parentId: n.parent } : {}),
  }
  if ((n.kind === 'step' || n.kind === 'container') && n.step) {
    const step = n.step
    const data = n.kind === 'step' ? stepData(step, badges.get(n.id) ?? null) : containerData(step, badges.get(n.id) ?? null, n.collapsed)
    return {
      ...common, type: n.kind, data, selectable: true, focusable: true,
      ariaLabel: `${typeName(step)} step ${step.name}`,
      domAttributes: dataAttributes({ 'data-step': step.name }),
    }
  }
  const passive = { draggable: false, selectable: false, focusable: false }
  if (n.kind === 'lane' && n.lane) {
    const lane = n.lane
    const data: LaneNodeData = {
      owner: lane.owner, ownerName: parentName.get(n.parent ?? '') ?? '', role: lane.role, index: lane.index, label: lane.label,
      goto: lane.goto ?? null, removable: lane.role !== 'body',
    }
    return { ...common, type: 'lane', data, ...passive, domAttributes: dataAttributes({ 'data-sequence': n.id }) }
  }
  if (n.kind === 'placeholder') {
    const lane = n.parent === null ? undefined : lanes.get(n.parent)
    const data: PlaceholderNodeData = {
      sequence: lane?.lane?.sequence ?? ['steps'],
      label: sequenceName(lane?.lane, parentName.get(lane?.parent ?? '') ?? ''),
      owner: lane?.lane?.owner ?? null,
    }
    return { ...common, type: 'placeholder', data, ...passive }
  }
  const data: MarkerNodeData = n.kind === 'start' ? { label: 'Start', variant: 'start' } : n.kind === 'end' ? { label: 'End', variant: 'end' } : { label: 'End', variant: 'stop' }
  return { ...common, type: 'marker', data, ...passive }
}

const ARROW = { type: MarkerType.ArrowClosed, width: 14, height: 14, color: 'var(--edge)' }
const GOTO_ARROW = { ...ARROW, color: 'var(--goto)' }
const CATCH_ARROW = { ...ARROW, color: 'var(--catch)' }

/** One React Flow edge; `order` lines exist only for the layout and are not drawn. */
function toEdge(e: DiagramEdge): Edge | null {
  if (e.kind === 'order') return null
  if (e.kind === 'next') return { id: e.id, source: e.source, target: e.target, sourceHandle: 'out', targetHandle: 'in', type: 'smoothstep', className: 'edge-next', focusable: false, selectable: false, markerEnd: ARROW }
  const jump: BuiltInEdge = {
    id: e.id, source: e.source, target: e.target, sourceHandle: 'jump-out', targetHandle: 'jump-in', type: 'smoothstep',
    className: `edge-${e.kind}`, label: e.label, focusable: false, selectable: false, markerEnd: e.kind === 'goto' ? GOTO_ARROW : CATCH_ARROW,
    pathOptions: { offset: 28, borderRadius: 10 },
    ariaLabel: `${e.kind === 'goto' ? 'goto' : 'catch'} ${e.label ?? ''}`.trim(),
  }
  return jump
}

/**
 * The canvas as a pure projection of the model and its layout: boxes become React Flow nodes (containers and
 * lanes as parent nodes, so branches sit inside their step), lines become edges. Tested without a browser.
 * `diagram` may be passed when the caller already built it from the same flow.
 */
export function projectFlow(model: CanvasModel, layout: Layout | null, diagram: Diagram = buildDiagram(model.flow)): Projection {
  const stepKeys = new Set(diagram.nodes.filter((n) => n.step).map((n) => n.id))
  const badges = problemBadges(model.diagnostics, stepKeys)
  const names = new Map(diagram.nodes.filter((n) => n.step).map((n) => [n.id, n.step?.name ?? '']))
  const lanes = new Map(diagram.nodes.filter((n) => n.kind === 'lane').map((n) => [n.id, n]))
  const nodes = diagram.nodes.map((n) => toNode(n, layout, badges, names, lanes))
  const edges = diagram.edges.map(toEdge).filter((e): e is Edge => e !== null)
  return { nodes, edges }
}
