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
