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
