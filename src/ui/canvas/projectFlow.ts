import { MarkerType, type BuiltInEdge, type Edge, type Node } from '@xyflow/react'
import type { Diagnostic } from '../../fdl/model/Diagnostic.ts'
import type { Flow } from '../../fdl/model/Flow.ts'
import type { Step } from '../../fdl/model/Step.ts'
import { formatMessage, msg, type Message } from '../../i18n/Message.ts'
import type { CanvasText, ContainerNodeData, LaneNodeData, MarkerNodeData, PlaceholderNodeData, ProblemBadge, StepNodeData } from './CanvasNodeData.ts'
import { describeTask, nodeHandles, problemBadges } from './CanvasNodeData.ts'
import type { Diagram, DiagramEdge, DiagramNode } from './diagram/Diagram.ts'
import { buildDiagram } from './diagram/buildDiagram.ts'
import type { Layout } from './layout/layoutDiagram.ts'

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

/** Says a message as React Flow needs it, a string (node and edge names, edge labels): English unless told. */
export type Say = (message: Message) => string

const english: Say = (message) => formatMessage(message)

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

/** The header's summary: `2 conditions + default`, `3 branches`, `item → order`; null for a type the app does not know. */
function containerSummary(step: Step): Message | null {
  if (step.type === 'choice') {
    const n = step.choices.length
    const conditions = n === 1 ? msg('1 condition') : msg('{n} conditions', { n })
    return step.default ? msg('{conditions} + default', { conditions }) : conditions
  }
  if (step.type === 'parallel') return step.branches.length === 1 ? msg('1 branch') : msg('{n} branches', { n: step.branches.length })
  // `item` is the FDL field (iterationMapping.item) and stays as written in every language.
  if (step.type === 'foreach') return msg('item → {item}', { item: step.iterationMapping.item ?? '?' })
  return null
}

function containerData(step: Step, problems: ProblemBadge | null, collapsed: DiagramNode['collapsed']): ContainerNodeData {
  const summary = containerSummary(step)
  return {
    ...stepData(step, problems),
    summary,
    canAddBranch: step.type === 'choice' || step.type === 'parallel',
    canAddDefault: step.type === 'choice' && step.default === undefined,
    collapsed: collapsed ?? null,
  }
}

/**
 * What an empty sequence is called where the user can add to it: `Condition 1 of Route`, `the flow`. One
 * message per kind of lane, so a language can put the owner first (`Route 的条件 1`).
 */
function sequenceName(lane: DiagramNode['lane'], owner: string): Message {
  if (!lane) return msg('the flow')
  switch (lane.role) {
    case 'choice':
      return msg('Condition {n} of {owner}', { n: lane.index + 1, owner })
    case 'default':
      return msg('Default of {owner}', { owner })
    case 'branch':
      return msg('Branch {n} of {owner}', { n: lane.index + 1, owner })
    default:
      return msg('the body of {owner}', { owner })
  }
}

/** A string for React Flow: the document's text as written, the app's words in the language of `say`. */
function sayText(say: Say, text: CanvasText): string {
  return typeof text === 'string' ? text : say(text)
}

/** One React Flow node for a diagram box, placed by the layout. */
function toNode(n: DiagramNode, layout: Layout | null, badges: ReadonlyMap<string, ProblemBadge>, parentName: ReadonlyMap<string, string>, lanes: ReadonlyMap<string, DiagramNode>, say: Say): Node {
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
      // The FDL type keyword stays in every language (`task step Task_1`, `task 步骤 Task_1`).
      ariaLabel: say(msg('{type} step {name}', { type: typeName(step), name: step.name })),
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
  const data: MarkerNodeData = n.kind === 'start' ? { label: msg('Start'), variant: 'start' } : n.kind === 'end' ? { label: msg('End'), variant: 'end' } : { label: msg('End'), variant: 'stop' }
  return { ...common, type: 'marker', data, ...passive }
}

const ARROW = { type: MarkerType.ArrowClosed, width: 14, height: 14, color: 'var(--edge)' }
const GOTO_ARROW = { ...ARROW, color: 'var(--goto)' }
const CATCH_ARROW = { ...ARROW, color: 'var(--catch)' }

/** What a jump line is called: `goto <condition>`, `catch catch FC.Unknown` (its label after its kind). */
function jumpName(e: DiagramEdge, say: Say): string {
  const label = e.label === undefined ? '' : sayText(say, e.label)
  // A catch line always has a label (`catch FC.Unknown`); a goto has none when its branch has no condition.
  const name = e.kind === 'catch' ? say(msg('catch {label}', { label })) : label ? say(msg('goto {label}', { label })) : say(msg('goto'))
  return name.trim()
}

/** One React Flow edge; `order` lines exist only for the layout and are not drawn. */
function toEdge(e: DiagramEdge, say: Say, ends: ReadonlyMap<string, string>): Edge | null {
  if (e.kind === 'order') return null
  if (e.kind === 'next') {
    // Named by the steps it joins, in the UI language (React Flow's own fallback names internal ids, in English).
    const ariaLabel = say(msg('From {source} to {target}', { source: ends.get(e.source) ?? e.source, target: ends.get(e.target) ?? e.target }))
    return { id: e.id, source: e.source, target: e.target, sourceHandle: 'out', targetHandle: 'in', type: 'smoothstep', className: 'edge-next', focusable: false, selectable: false, markerEnd: ARROW, ariaLabel }
  }
  const jump: BuiltInEdge = {
    id: e.id, source: e.source, target: e.target, sourceHandle: 'jump-out', targetHandle: 'jump-in', type: 'smoothstep',
    className: `edge-${e.kind}`, label: e.label === undefined ? undefined : sayText(say, e.label), focusable: false, selectable: false, markerEnd: e.kind === 'goto' ? GOTO_ARROW : CATCH_ARROW,
    pathOptions: { offset: 28, borderRadius: 10 },
    ariaLabel: jumpName(e, say),
  }
  return jump
}

/**
 * The canvas as a pure projection of the model and its layout: boxes become React Flow nodes (containers and
 * lanes as parent nodes, so branches sit inside their step), lines become edges. Tested without a browser.
 * `diagram` may be passed when the caller already built it from the same flow. `say` puts the names and edge
 * labels React Flow draws itself into the UI language; the nodes' own data carry messages their components say.
 */
export function projectFlow(model: CanvasModel, layout: Layout | null, diagram: Diagram = buildDiagram(model.flow), say: Say = english): Projection {
  const stepKeys = new Set(diagram.nodes.filter((n) => n.step).map((n) => n.id))
  const badges = problemBadges(model.diagnostics, stepKeys)
  const names = new Map(diagram.nodes.filter((n) => n.step).map((n) => [n.id, n.step?.name ?? '']))
  const lanes = new Map(diagram.nodes.filter((n) => n.kind === 'lane').map((n) => [n.id, n]))
  const nodes = diagram.nodes.map((n) => toNode(n, layout, badges, names, lanes, say))
  const ends = new Map(diagram.nodes.map((n) => [n.id, n.step?.name ?? (n.kind === 'start' ? say(msg('Start')) : n.kind === 'end' || n.kind === 'endMarker' ? say(msg('End')) : n.id)]))
  const edges = diagram.edges.map((e) => toEdge(e, say, ends)).filter((e): e is Edge => e !== null)
  return { nodes, edges }
}
