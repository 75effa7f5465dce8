import type { Diagram, DiagramNode } from '../diagram/Diagram.ts'
import { DIAGRAM_SIZES as S } from '../diagram/Diagram.ts'
import { useMemo } from 'react'
import { msg, type Message } from '../../../i18n/Message.ts'

/** Padding around the whole diagram. */
const ROOT_PADDING = 24
/** Room between the columns of a wrapped top level: the line from one column's end to the next runs in it. */
const COLUMN_GAP = 96
/** A top level taller than this many times its width is wrapped in a picture (about a page's proportions)... */
const WRAP_ASPECT = 1.5
/** ... once it is taller than this (about 40 steps): shorter strips read well as they are. */
const WRAP_MIN_HEIGHT = 4000

/** The smallest lane, so an empty branch still offers room to drop into. */
const LANE_MIN_HEIGHT = 80

interface Size {
  width: number
  height: number
}

/** Stacks `children` top to bottom, centred on one axis, inside `pad`; returns the parent's size. */
function stack(children: readonly DiagramNode[], sizes: Map<string, Size>, boxes: Map<string, Box>, pad: { top: number; side: number; bottom: number }, min: Size): Size {
  let contentWidth = 0
  for (const c of children) contentWidth = Math.max(contentWidth, sizes.get(c.id)!.width)
  const width = Math.max(min.width, contentWidth + 2 * pad.side)
  let y = pad.top
  for (const [i, c] of children.entries()) {
    const size = sizes.get(c.id)!
    if (i > 0) y += S.gapBetweenSteps
    boxes.set(c.id, { x: (width - size.width) / 2, y, width: size.width, height: size.height })
    y += size.height
  }
  return { width, height: Math.max(min.height, y + pad.bottom) }
}

/** Sets lanes side by side, top-aligned and stretched to the tallest; returns the container's size. */
function sideBySide(lanes: readonly DiagramNode[], sizes: Map<string, Size>, boxes: Map<string, Box>): Size {
  const pad = S.containerPadding
  let laneHeight = 0
  for (const l of lanes) laneHeight = Math.max(laneHeight, sizes.get(l.id)!.height)
  let x = pad.side
  for (const [i, l] of lanes.entries()) {
    if (i > 0) x += S.gapBetweenLanes
    const { width } = sizes.get(l.id)!
    boxes.set(l.id, { x, y: pad.top, width, height: laneHeight })
    x += width
  }
  // A container without lanes (a choice being built) still shows its header over an empty body.
  const width = Math.max(x + pad.side, S.laneMinWidth + 2 * pad.side)
  return { width, height: pad.top + (lanes.length > 0 ? laneHeight : LANE_MIN_HEIGHT) + pad.bottom }
}

/**
 * Sets the top-level boxes in columns of about `columnHeight`, left to right, each column centred on its own
 * axis and all top-aligned: a long flow as a picture of readable proportions instead of one tall strip.
 */
function columns(children: readonly DiagramNode[], sizes: Map<string, Size>, boxes: Map<string, Box>, columnHeight: number): number {
  const p = ROOT_PADDING
  let column: DiagramNode[] = []
  let x = p
  let height = 0
  let count = 0
  const flush = () => {
    if (column.length === 0) return
    const width = Math.max(...column.map((c) => sizes.get(c.id)!.width))
    let y = p
    for (const c of column) {
      const size = sizes.get(c.id)!
      boxes.set(c.id, { x: x + (width - size.width) / 2, y, width: size.width, height: size.height })
      y += size.height + S.gapBetweenSteps
    }
    x += width + COLUMN_GAP
    count++
    column = []
    height = 0
  }
  for (const c of children) {
    const h = sizes.get(c.id)!.height
    if (column.length > 0 && height + S.gapBetweenSteps + h > columnHeight) flush()
    height += (column.length > 0 ? S.gapBetweenSteps : 0) + h
    column.push(c)
  }
  flush()
  return count
}

/**
 * Places every box of the diagram. FDL is structured (sequences, and containers whose lanes are sequences;
 * jumps only through `goto`, which the layout ignores), so the picture is a tree: each sequence a centred
 * column, each container its lanes in a row. One pass over the nodes in reverse document order sizes every
 * box after its children, so the cost is linear and nothing recurses with the flow's length or depth (a
 * general layered layout took 2 s for 500 steps and overflowed its stack at 3,000). Positions are relative
 * to the parent box (React Flow's `parentId` convention). With `wrap` (image exports), a top level taller
 * than {@link WRAP_MIN_HEIGHT} and much taller than wide is set in columns; `columns` says how many.
 */
export function layoutDiagram(diagram: Diagram, options: { readonly wrap?: boolean } = {}): Layout {
  const children = new Map<string | null, DiagramNode[]>()
  for (const node of diagram.nodes) {
    const list = children.get(node.parent)
    if (list) list.push(node)
    else children.set(node.parent, [node])
  }
  const sizes = new Map<string, Size>()
  const boxes = new Map<string, Box>()
  // Parents come before their children in `nodes`, so in reverse every child is sized before its parent.
  for (let i = diagram.nodes.length - 1; i >= 0; i--) {
    const node = diagram.nodes[i]!
    const inside = children.get(node.id) ?? []
    if (node.kind === 'container' && !node.collapsed) sizes.set(node.id, sideBySide(inside, sizes, boxes))
    else if (node.kind === 'lane') sizes.set(node.id, stack(inside, sizes, boxes, S.lanePadding, { width: S.laneMinWidth, height: LANE_MIN_HEIGHT }))
    else sizes.set(node.id, { width: node.width ?? S.stepWidth, height: node.height ?? S.stepHeight })
  }
  const p = ROOT_PADDING
  const top = children.get(null) ?? []
  const whole = stack(top, sizes, boxes, { top: p, side: p, bottom: p }, { width: 0, height: 0 })
  if (options.wrap && whole.height > WRAP_MIN_HEIGHT && whole.height > WRAP_ASPECT * whole.width) {
    // k columns of height H/k and width ~W each: H/k ≈ WRAP_ASPECT·k·W gives k ≈ √(H / (WRAP_ASPECT·W)).
    const k = Math.ceil(Math.sqrt(whole.height / (WRAP_ASPECT * (whole.width + COLUMN_GAP))))
    if (k > 1) return { signature: diagram.signature, boxes, columns: columns(top, sizes, boxes, whole.height / k) }
  }
  return { signature: diagram.signature, boxes, columns: 1 }
}

/** A box's place: position relative to its parent box (React Flow's `parentId` convention) and its size. */
export interface Box {
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
}

/** Boxes by diagram node id, for one diagram signature. */
export interface Layout {
  readonly signature: string
  readonly boxes: ReadonlyMap<string, Box>
  /** Columns the top level is set in: 1, or more in a wrapped picture (image export). */
  readonly columns: number
}

/** Recent layouts by signature: typing a value or undoing back to a known structure needs no new layout. */
const cache = new Map<string, Layout>()
const CACHE_SIZE = 24

function remember(key: string, layout: Layout) {
  cache.delete(key)
  cache.set(key, layout)
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string)
}

/** A diagram's layout, or why there is none (shown on the canvas; the code pane is unaffected). */
export type LayoutResult = { readonly layout: Layout; readonly error: null } | { readonly layout: null; readonly error: Message }

/** The diagram's layout from the cache or computed now, timed for the benchmark; a failure becomes a message. */
function layoutOf(diagram: Diagram, wrap: boolean): LayoutResult {
  const key = wrap ? `wrap|${diagram.signature}` : diagram.signature
  const cached = cache.get(key)
  if (cached) return { layout: cached, error: null }
  const started = performance.now()
  try {
    const layout = layoutDiagram(diagram, { wrap })
    // Read by the benchmark: how much of opening a flow is spent on the layout.
    performance.measure('fdl:layout', { start: started, detail: { boxes: diagram.nodes.length } })
    remember(key, layout)
    return { layout, error: null }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return { layout: null, error: msg('The diagram could not be laid out ({reason}). The YAML is unaffected and can still be edited.', { reason }) }
  }
}

/**
 * The layout of a diagram, computed in the render that needs it: the structured layout is linear and takes
 * about a millisecond per 500 steps, so there is no worker round trip and no frame with a stale picture.
 * `wrap` while an image export draws: a long top level is set in columns.
 */
export function useLayout(diagram: Diagram, wrap = false): LayoutResult {
  return useMemo(() => layoutOf(diagram, wrap), [diagram, wrap])
}
