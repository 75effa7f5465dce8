import type { FlowRect } from './exportDiagramImage.ts'

/**
 * Finds what an image export draws, straight from the rendered canvas: React Flow's viewport element and
 * the bounds of every node in flow coordinates (screen rectangles undone by the viewport's pan and zoom).
 * Reading the DOM keeps exports independent of how the canvas component is written. Null when no diagram
 * is on screen.
 */
export function canvasImageSource(root: ParentNode = document): { viewport: HTMLElement; bounds: FlowRect; background: string; columns: number } | null {
  // Found by class, not by the region's name, which follows the UI language.
  const viewport = root.querySelector<HTMLElement>('.canvas-pane .react-flow__viewport') ?? root.querySelector<HTMLElement>('.react-flow__viewport')
  const origin = viewport?.parentElement?.getBoundingClientRect()
  if (!viewport || !origin) return null
  const m = new DOMMatrixReadOnly(getComputedStyle(viewport).transform === 'none' ? undefined : getComputedStyle(viewport).transform)
  const zoom = m.a || 1
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity]
  for (const node of viewport.querySelectorAll<HTMLElement>('.react-flow__node')) {
    const r = node.getBoundingClientRect()
    if (r.width === 0 && r.height === 0) continue
    x0 = Math.min(x0, (r.left - origin.left - m.e) / zoom)
    y0 = Math.min(y0, (r.top - origin.top - m.f) / zoom)
    x1 = Math.max(x1, (r.right - origin.left - m.e) / zoom)
    y1 = Math.max(y1, (r.bottom - origin.top - m.f) / zoom)
  }
  if (x0 === Infinity) return null
  let background = 'rgb(255, 255, 255)'
  for (let el: HTMLElement | null = viewport; el; el = el.parentElement) {
    const c = getComputedStyle(el).backgroundColor
    if (c && c !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(c)) {
      background = c
      break
    }
  }
  // How many columns the layout set a long top level in for the picture (`data-columns` on the canvas).
  const columns = Number(viewport.closest<HTMLElement>('.flow-wrapper')?.dataset.columns ?? 1) || 1
  return { viewport, bounds: { x: x0, y: y0, width: x1 - x0, height: y1 - y0 }, background, columns }
}
