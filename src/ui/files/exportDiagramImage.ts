import { toBlob, toSvg } from 'html-to-image'
import { EXPORT_STYLE_PROPERTIES } from './EXPORT_STYLE_PROPERTIES.ts'
import { fitCutText } from './fitCutText.ts'
import { inlineSvgStyles } from './inlineSvgStyles.ts'

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
