import { toBlob, toSvg } from 'html-to-image'

/** A rectangle in flow coordinates (React Flow's `Rect`). */
export interface FlowRect {
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
}

/** Room around the drawing, in CSS pixels. */
const PADDING = 32
/** Chromium refuses canvases past 16,384 px a side or about 268 M pixels; stay well inside. */
const MAX_SIDE = 16_000
const MAX_PIXELS = 120_000_000

/** Grows `rect` to cover every edge path and label of the viewport, which may route outside the nodes. */
function withEdges(viewport: HTMLElement, rect: FlowRect): FlowRect {
  let [x0, y0, x1, y1] = [rect.x, rect.y, rect.x + rect.width, rect.y + rect.height]
  for (const el of viewport.querySelectorAll<SVGGraphicsElement>('svg path, svg text')) {
    const b = el.getBBox()
    if (b.width === 0 && b.height === 0) continue
    x0 = Math.min(x0, b.x)
    y0 = Math.min(y0, b.y)
    x1 = Math.max(x1, b.x + b.width)
    y1 = Math.max(y1, b.y + b.height)
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 }
}

/**
 * The picture is of the flow, not of the editor: connection dots, resize handles, the `+ Condition` /
 * `+ Branch` / `+ Default` and `−` buttons and the "Drop a step here" slots stay out of it.
 */
const EDITOR_ONLY = ['react-flow__handle', 'react-flow__resize-control', 'node-button', 'lane-remove', 'placeholder']
const keep = (node: HTMLElement) => !EDITOR_ONLY.some((c) => node.classList?.contains(c))

/**
 * Draws the whole diagram, not just what is on screen, at 1:1 scale so step names stay readable: the
 * React Flow viewport element is cloned with a transform that puts `nodesBounds` (plus any edge that
 * strays outside it) in the picture. `background` is the canvas colour of the current theme. PNG is
 * rendered at up to 2× for sharp text, less when the flow is huge; SVG is returned as its XML text. Null when
 * the browser could not draw the PNG (the caller says so in the person's language). The picture is the canvas as
 * drawn, so its words (step types, lane labels, Start / End) are in the language the canvas shows.
 */
export async function exportDiagramImage(viewport: HTMLElement, nodesBounds: FlowRect, format: 'png' | 'svg', background: string): Promise<Blob | null> {
  const b = withEdges(viewport, nodesBounds)
  const width = Math.ceil(b.width + 2 * PADDING)
  const height = Math.ceil(b.height + 2 * PADDING)
  const options = {
    backgroundColor: background,
    width,
    height,
    skipFonts: true,
    includeStyleProperties: EXPORT_STYLE_PROPERTIES,
    filter: keep,
    style: { width: `${width}px`, height: `${height}px`, transform: `translate(${PADDING - b.x}px, ${PADDING - b.y}px) scale(1)` },
  }
  const restore = inlineSvgStyles(viewport)
  // Styles keyed on `.exporting` drop the selection outline while the clone is taken (computed styles are copied).
  viewport.classList.add('exporting')
  const unfit = fitCutText(viewport)
  try {
    if (format === 'svg') {
      const dataUrl = await toSvg(viewport, options)
      const xml = decodeURIComponent(dataUrl.slice(dataUrl.indexOf(',') + 1))
      return new Blob([`<?xml version="1.0" encoding="UTF-8"?>\n${xml}`], { type: 'image/svg+xml' })
    }
    const pixelRatio = Math.max(0.1, Math.min(2, MAX_SIDE / width, MAX_SIDE / height, Math.sqrt(MAX_PIXELS / (width * height))))
    return await toBlob(viewport, { ...options, pixelRatio })
  } finally {
    unfit()
    viewport.classList.remove('exporting')
    restore()
  }
}

/**
 * The CSS properties copied onto every element of an exported diagram. html-to-image copies all ~350
 * computed properties by default, which makes an SVG of 14 steps weigh megabytes; these are the ones that
 * change how nodes, labels and edges look, so files stay a few hundred KB with the same picture.
 */
export const EXPORT_STYLE_PROPERTIES = [
  'display', 'position', 'top', 'right', 'bottom', 'left', 'z-index', 'box-sizing',
  'width', 'height', 'min-width', 'min-height', 'max-width', 'max-height',
  'margin-top', 'margin-right', 'margin-bottom', 'margin-left',
  'padding-top', 'padding-right', 'padding-bottom', 'padding-left',
  'flex-direction', 'flex-wrap', 'flex-grow', 'flex-shrink', 'flex-basis', 'align-items', 'align-self', 'align-content',
  'justify-content', 'justify-items', 'justify-self', 'gap', 'row-gap', 'column-gap', 'order',
  'grid-template-columns', 'grid-template-rows', 'grid-column-start', 'grid-column-end', 'grid-row-start', 'grid-row-end', 'place-items',
  'overflow-x', 'overflow-y', 'transform', 'transform-origin', 'visibility', 'opacity',
  'color', 'background-color', 'background-image', 'background-size', 'background-position', 'background-repeat',
  'border-top-width', 'border-right-width', 'border-bottom-width', 'border-left-width',
  'border-top-style', 'border-right-style', 'border-bottom-style', 'border-left-style',
  'border-top-color', 'border-right-color', 'border-bottom-color', 'border-left-color',
  'border-top-left-radius', 'border-top-right-radius', 'border-bottom-left-radius', 'border-bottom-right-radius',
  'box-shadow', 'outline-style', 'outline-width', 'outline-color', 'outline-offset',
  'font-family', 'font-size', 'font-weight', 'font-style', 'line-height', 'letter-spacing', 'text-align', 'text-transform',
  'text-overflow', 'white-space', 'word-break', 'overflow-wrap', 'text-decoration-line', 'vertical-align', 'font-variant-numeric',
  'fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-linecap', 'stroke-linejoin', 'stroke-opacity',
  'pointer-events', 'cursor', 'content',
]

/** The SVG paint properties an exported diagram needs; edges and markers get them from class-based CSS. */
const PROPS = ['stroke', 'stroke-width', 'stroke-dasharray', 'stroke-linecap', 'stroke-linejoin', 'stroke-opacity', 'fill', 'fill-opacity', 'opacity', 'font-family', 'font-size', 'font-weight']

/**
 * Copies the computed paint styles of every element inside the `<svg>`s under `root` onto the elements
 * themselves (resolving CSS variables), and returns a function that puts the inline styles back as they were. html-to-image 1.11.13
 * copies `<svg>` subtrees without their CSS (its issue #516), which drops every edge line from an export;
 * inline styles travel with the copy.
 */
export function inlineSvgStyles(root: Element): () => void {
  const undo: (() => void)[] = []
  for (const el of root.querySelectorAll<SVGElement>('svg *')) {
    const computed = getComputedStyle(el)
    for (const prop of PROPS) {
      const before = el.style.getPropertyValue(prop)
      const priority = el.style.getPropertyPriority(prop)
      // A value set inline is kept, unless it names a CSS variable the exported copy cannot resolve.
      if (before !== '' && !before.includes('var(')) continue
      el.style.setProperty(prop, computed.getPropertyValue(prop))
      undo.push(() => el.style.setProperty(prop, before, priority))
    }
  }
  return () => {
    for (const restore of undo) restore()
  }
}

/** The one-line texts of the diagram that the canvas cuts with an ellipsis when they are too long for their box. */
const ONE_LINE_TEXT = '.step-type, .step-name, .step-detail, .lane-label, .lane-goto'
/** A cut text is set at most this much smaller, whether on one line or wrapped. */
const SMALLEST = 0.7
/** One line down to this share of the size; below it, wrapping reads better than a tiny line. */
const ONE_LINE = 0.78

/** Sets inline styles on an element and remembers how to put its style attribute back. */
function restyle(el: HTMLElement, styles: Partial<CSSStyleDeclaration>, undo: (() => void)[]): void {
  const before = el.getAttribute('style')
  undo.push(() => (before === null ? el.removeAttribute('style') : el.setAttribute('style', before)))
  Object.assign(el.style, styles)
}

const isCut = (el: HTMLElement) => el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 0.5
const overflows = (card: HTMLElement) => card.scrollHeight > card.clientHeight + 0.5

/**
 * An exported picture shows every name and subtitle whole: on screen a cut text carries its full text as a
 * tooltip, but a picture has no hover. A cut text is set smaller to fit its line (to 78% of its size); one
 * longer still wraps, with the whole width of its card (a pill beside it moves below), and is set smaller
 * step by step (to 70%) until its card holds it. Only when even that does not fit does the card grow, downwards
 * into the gap, where it hides the start of the line below rather than the arrowhead above. Measures layout
 * sizes, which the canvas zoom does not change. Returns a function that puts every style back.
 */
export function fitCutText(root: Element): () => void {
  const undo: (() => void)[] = []
  // Every text is measured before any is changed: a card that grows must not change its neighbours' verdicts.
  const cut = [...root.querySelectorAll<HTMLElement>(ONE_LINE_TEXT)].filter(isCut)
  const wrapped = new Map<HTMLElement, { el: HTMLElement; size: number }[]>()
  for (const el of cut) {
    const size = parseFloat(getComputedStyle(el).fontSize)
    const ratio = el.clientWidth / el.scrollWidth
    if (ratio >= ONE_LINE) {
      restyle(el, { fontSize: `${Math.floor(size * ratio * 100) / 100}px`, textOverflow: 'clip' }, undo)
      continue
    }
    const row = el.parentElement
    if (row?.classList.contains('step-bottom')) restyle(row, { flexWrap: 'wrap' }, undo)
    restyle(el, { fontSize: `${size * 0.9}px`, whiteSpace: 'normal', overflowWrap: 'anywhere', lineHeight: '1.12', overflow: 'visible', textOverflow: 'clip', flexBasis: '100%' }, undo)
    const card = el.closest<HTMLElement>('.step-card')
    if (card) wrapped.set(card, [...(wrapped.get(card) ?? []), { el, size }])
  }
  for (const [card, texts] of wrapped) {
    for (let scale = 0.85; overflows(card) && scale >= SMALLEST - 1e-9; scale -= 0.05) {
      for (const { el, size } of texts) el.style.fontSize = `${size * scale}px`
    }
    if (overflows(card)) restyle(card, { height: 'auto', minHeight: '100%' }, undo)
  }
  return () => {
    for (const restore of undo.reverse()) restore()
  }
}
