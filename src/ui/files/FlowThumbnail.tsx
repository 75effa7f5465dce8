import { memo } from 'react'
import type { Flow } from '../../fdl/model/Flow.ts'
import type { Sequence, Step } from '../../fdl/model/Step.ts'

/**
 * A small picture of a flow's shape for the template gallery: boxes per step, outlines for containers,
 * coloured by step type. Decorative beside the example's name and description, so hidden from screen
 * readers.
 */
export const FlowThumbnail = memo(function FlowThumbnail({ flow }: { readonly flow: Flow | null }) {
  const { boxes, links, width, height } = thumbnailLayout(flow)
  const pad = 6
  return (
    <svg
      className="files-thumbnail"
      viewBox={`${-pad} ${-pad} ${Math.max(width, 60) + 2 * pad} ${Math.max(height, 40) + 2 * pad}`}
      preserveAspectRatio="xMidYMin meet"
      aria-hidden="true"
    >
      {links.map((l, i) => (
        <line key={`l${i}`} x1={l.x} x2={l.x} y1={l.y1} y2={l.y2} className="files-thumb-link" />
      ))}
      {boxes.map((b, i) => (
        <rect key={i} x={b.x} y={b.y} width={b.w} height={b.h} rx={b.container ? 3 : 2} className={`files-thumb-${b.container ? 'container' : b.type}`} />
      ))}
    </svg>
  )
})

/** One rectangle of a flow thumbnail: a step, or the outline of a container step. */
export interface ThumbnailBox {
  readonly x: number
  readonly y: number
  readonly w: number
  readonly h: number
  readonly type: string
  readonly container: boolean
}

/** A connector between two consecutive steps of a sequence. */
export interface ThumbnailLink {
  readonly x: number
  readonly y1: number
  readonly y2: number
}

interface Laid {
  readonly boxes: readonly ThumbnailBox[]
  readonly links: readonly ThumbnailLink[]
  readonly w: number
  readonly h: number
}

const LEAF_W = 44
const LEAF_H = 10
const GAP = 5
const PAD = 4
const HEADER = 6
/** Containers nested deeper than this are drawn as plain boxes; thumbnails are tiny. */
const MAX_DEPTH = 2
/** Steps per sequence shown; the rest would be unreadable specks. */
const MAX_STEPS = 10

const shift = (boxes: readonly ThumbnailBox[], dx: number, dy: number) => boxes.map((b) => ({ ...b, x: b.x + dx, y: b.y + dy }))
const shiftLinks = (links: readonly ThumbnailLink[], dx: number, dy: number) => links.map((l) => ({ x: l.x + dx, y1: l.y1 + dy, y2: l.y2 + dy }))

function innerSequences(step: Step): readonly Sequence[] {
  if (step.type === 'choice') return [...step.choices, ...(step.default ? [step.default] : [])]
  if (step.type === 'parallel') return step.branches
  if (step.type === 'foreach') return [step.body]
  return []
}

function layStep(step: Step, depth: number): Laid {
  const columns = depth < MAX_DEPTH ? innerSequences(step).map((s) => laySequence(s.steps, depth + 1)) : []
  if (columns.length === 0) return { boxes: [{ x: 0, y: 0, w: LEAF_W, h: LEAF_H, type: step.type, container: false }], links: [], w: LEAF_W, h: LEAF_H }
  const inner = columns.map((c) => (c.w === 0 ? { ...c, w: LEAF_W / 2 } : c))
  const w = Math.max(LEAF_W, inner.reduce((sum, c) => sum + c.w, 0) + GAP * (inner.length - 1) + 2 * PAD)
  const h = HEADER + Math.max(LEAF_H, ...inner.map((c) => c.h)) + PAD
  let x = (w - (inner.reduce((sum, c) => sum + c.w, 0) + GAP * (inner.length - 1))) / 2
  const boxes: ThumbnailBox[] = [{ x: 0, y: 0, w, h, type: step.type, container: true }]
  const links: ThumbnailLink[] = []
  for (const c of inner) {
    boxes.push(...shift(c.boxes, x, HEADER))
    links.push(...shiftLinks(c.links, x, HEADER))
    x += c.w + GAP
  }
  return { boxes, links, w, h }
}

function laySequence(steps: readonly Step[], depth: number): Laid {
  const laid = steps.slice(0, MAX_STEPS).map((s) => layStep(s, depth))
  const w = Math.max(0, ...laid.map((l) => l.w))
  const boxes: ThumbnailBox[] = []
  const links: ThumbnailLink[] = []
  let y = 0
  for (const l of laid) {
    if (y > 0) links.push({ x: w / 2, y1: y - GAP, y2: y })
    boxes.push(...shift(l.boxes, (w - l.w) / 2, y))
    links.push(...shiftLinks(l.links, (w - l.w) / 2, y))
    y += l.h + GAP
  }
  return { boxes, links, w, h: Math.max(0, y - GAP) }
}

/**
 * A miniature of a flow for the template gallery: each step a box, top to bottom, with choice, parallel
 * and foreach drawn as outlines around their branches side by side. Pure, so it is tested in Node.
 */
export function thumbnailLayout(flow: Flow | null): { readonly boxes: readonly ThumbnailBox[]; readonly links: readonly ThumbnailLink[]; readonly width: number; readonly height: number } {
  const laid = laySequence(flow?.body.steps ?? [], 0)
  return { boxes: laid.boxes, links: laid.links, width: laid.w, height: laid.h }
}
