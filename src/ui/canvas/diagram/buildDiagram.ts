import type { Flow } from '../../../fdl/model/Flow.ts'
import type { Sequence, Step } from '../../../fdl/model/Step.ts'
import { msg } from '../../../i18n/Message.ts'
import type { CanvasText } from '../CanvasNodeData.ts'
import { pathKey } from '../../../fdl/model/jsonPaths.ts'
import type { Diagram, DiagramEdge, DiagramNode, LaneInfo } from './Diagram.ts'
import { DIAGRAM_IDS, DIAGRAM_SIZES as S } from './Diagram.ts'

/** True when the sequence does not continue after this step (REFERENCE §2.2: end, succeed, fail). */
function stops(step: Step): boolean {
  return step.type === 'succeed' || step.type === 'fail' || ('end' in step && step.end === true)
}

/** The fixed size of a plain step's box. */
function stepSize(step: Step) {
  const height = step.type === 'task' ? S.taskHeight : step.type === 'succeed' || step.type === 'fail' ? S.terminalHeight : S.stepHeight
  return { width: S.stepWidth, height }
}

/** How many steps a container holds, at any depth (what a collapsed box says it hides). */
function countInside(step: Step): number {
  let count = 0
  const walk = (s: Step) => {
    for (const { body } of laneInfos(s)) {
      count += body.steps.length
      for (const inner of body.steps) walk(inner)
    }
  }
  walk(step)
  return count
}

/** Accumulates boxes and lines while walking the flow. */
class Builder {
  readonly nodes: DiagramNode[] = []
  readonly edges: DiagramEdge[] = []

  constructor(readonly collapsed: ReadonlySet<string>) {}

  edge(kind: DiagramEdge['kind'], source: string, target: string, label?: CanvasText) {
    this.edges.push({ id: `${kind}:${source}->${target}${label ? `:${this.edges.length}` : ''}`, kind, source, target, label })
  }

  /** Adds a sequence's boxes; returns the first and last box ids and whether the last one falls through. */
  sequence(seq: Sequence, parent: string | null): { first: string; last: string; open: boolean } {
    if (seq.steps.length === 0) {
      const id = DIAGRAM_IDS.placeholder(pathKey(seq.path))
      this.nodes.push({ id, kind: 'placeholder', parent, width: S.placeholderWidth, height: S.placeholderHeight })
      return { first: id, last: id, open: true }
    }
    let prev: { id: string; open: boolean } | null = null
    let first = ''
    for (const step of seq.steps) {
      const id = this.step(step, parent, seq.steps)
      if (prev) this.edge(prev.open ? 'next' : 'order', prev.id, id)
      else first = id
      prev = { id, open: !stops(step) }
      if ('end' in step && step.end === true) {
        const marker = DIAGRAM_IDS.endMarker(id)
        this.nodes.push({ id: marker, kind: 'endMarker', parent, width: S.endMarkerWidth, height: S.endMarkerHeight })
        this.edge('next', id, marker)
      }
    }
    return { first, last: prev?.id ?? first, open: prev?.open ?? true }
  }

  /** Adds one step (a box, or a container with lanes) and its goto / catch lines; returns its id. */
  step(step: Step, parent: string | null, siblings: readonly Step[]): string {
    const id = pathKey(step.path)
    const lanes = laneInfos(step)
    const container = lanes.length > 0 || step.type === 'choice' || step.type === 'parallel' || step.type === 'foreach'
    if (container && this.collapsed.has(step.name)) {
      // Closed: one box in its sequence, nothing inside drawn (jumps inside it have no ends to draw).
      this.nodes.push({ id, kind: 'container', parent, step, width: S.stepWidth, height: S.collapsedHeight, collapsed: { inside: countInside(step) } })
    } else if (container) {
      this.nodes.push({ id, kind: 'container', parent, step })
      for (const { body, ...lane } of lanes) {
        const laneId = pathKey(lane.sequence)
        this.nodes.push({ id: laneId, kind: 'lane', parent: id, lane })
        this.sequence(body, laneId)
      }
    } else {
      this.nodes.push({ id, kind: 'step', parent, step, ...stepSize(step) })
    }
    this.jumps(step, id, siblings)
    return id
  }

  /** Choice `goto`s and catch `goto`s, drawn to the sibling they name (missing targets are the validator's job). */
  jumps(step: Step, id: string, siblings: readonly Step[]) {
    const target = (name: string | undefined) => siblings.find((s) => s.name === name && name !== undefined)
    if (step.type === 'choice') {
      for (const lane of laneInfos(step)) {
        const t = target(lane.goto)
        if (t) this.edge('goto', id, pathKey(t.path), lane.role === 'default' ? msg('default') : (lane.condition ?? ''))
      }
    }
    if (step.type === 'task') {
      for (const c of step.catch ?? []) {
        const t = target(c.goto)
        const errors = c.errors.join(', ')
        if (t) this.edge('catch', id, pathKey(t.path), errors ? msg('catch {errors}', { errors }) : msg('catch errors'))
      }
    }
  }
}

/** The layout-relevant part of the diagram as text, so equal structures share one layout. */
function signatureOf(nodes: readonly DiagramNode[], edges: readonly DiagramEdge[]): string {
  const n = nodes.map((x) => `${x.id}|${x.kind}|${x.parent ?? ''}|${x.width ?? ''}|${x.height ?? ''}`).join(';')
  const e = edges.filter((x) => x.kind === 'next' || x.kind === 'order').map((x) => `${x.source}>${x.target}`).join(';')
  return `${n}#${e}`
}

/**
 * Turns a flow into boxes and lines: Start, the top-level steps, End; containers holding one lane per branch
 * (or, when their name is in `collapsed`, one closed box); end markers after `end: true`; placeholders in
 * empty sequences (drop targets). Pure and deterministic.
 */
export function buildDiagram(flow: Flow | null, collapsed: ReadonlySet<string> = new Set()): Diagram {
  const b = new Builder(collapsed)
  b.nodes.push({ id: DIAGRAM_IDS.start, kind: 'start', parent: null, width: S.markerWidth, height: S.markerHeight })
  const top = b.sequence(flow?.body ?? { path: ['steps'], steps: [] }, null)
  b.nodes.push({ id: DIAGRAM_IDS.end, kind: 'end', parent: null, width: S.markerWidth, height: S.markerHeight })
  b.edge('next', DIAGRAM_IDS.start, top.first)
  b.edge(top.open ? 'next' : 'order', top.last, DIAGRAM_IDS.end)
  return { nodes: b.nodes, edges: b.edges, signature: signatureOf(b.nodes, b.edges) }
}

/** The lanes a container step shows, with their labels, or [] for a plain step. */
export function laneInfos(step: Step): readonly (LaneInfo & { readonly body: Sequence })[] {
  switch (step.type) {
    case 'choice': {
      const lanes = step.choices.map((c, i) => ({
        body: c as Sequence, sequence: c.path, owner: step.path, role: 'choice' as const, index: i,
        label: c.condition ?? msg('(no condition)'), condition: c.condition, goto: c.goto,
      }))
      const d = step.default
      return d ? [...lanes, { body: d, sequence: d.path, owner: step.path, role: 'default' as const, index: -1, label: msg('Default'), goto: d.goto }] : lanes
    }
    case 'parallel':
      return step.branches.map((b, i) => ({ body: b, sequence: b.path, owner: step.path, role: 'branch' as const, index: i, label: msg('Branch {n}', { n: i + 1 }) }))
    case 'foreach':
      return [{ body: step.body, sequence: step.body.path, owner: step.path, role: 'body' as const, index: -1, label: step.iterationMapping.collection ? msg('For each in {collection}', { collection: step.iterationMapping.collection }) : msg('For each item') }]
    case 'unknown':
      return step.body ? [{ body: step.body, sequence: step.body.path, owner: step.path, role: 'body' as const, index: -1, label: msg('Steps') }] : []
    default:
      return []
  }
}
