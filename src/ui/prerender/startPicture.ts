// The prerendered start page's inline script (scripts/prerenderPlugin.ts bundles it into index.html, right after the
// picture, so it runs as the page is parsed, once the stylesheets are in and before the first paint). It shows the
// picture only on a visit the app will open with the same frame, and fits it to this window's canvas pane.
import { LANGUAGE_KEY, initialLanguage } from '../../i18n/Language.ts'
import { VISITED_KEY, opensSeedAtOnce } from '../../persist/visitMarker.ts'
import { fitBounds } from '../canvas/openingFit.ts'
import { currentPlatform } from '../platform.ts'
import { PRERENDERED_ID } from './prerendered.ts'

/**
 * A first visit to the seed example, in English: what `openAtStart` and `startLanguage` will choose, asked of the
 * same functions. A returning visit, a share link, `?example=`, another language or storage that cannot be read
 * draws something else (or waits for storage), so the picture would flash a document that is not coming.
 */
function opensThePicture(): boolean {
  try {
    const first = localStorage.getItem(VISITED_KEY) === null
    return opensSeedAtOnce(first, location) && initialLanguage(localStorage.getItem(LANGUAGE_KEY), navigator.languages ?? [navigator.language]) === 'en'
  } catch {
    return false
  }
}

/**
 * Moves the picture's flow to where the app will open it: the load's fit in the pane as laid out here (the build drew
 * it at the origin, full size). The background's dots are a tiled pattern: at full size they only shift with the
 * flow; at another zoom their size and spacing change too, and the picture goes without them (the app brings them).
 */
function fit(picture: HTMLElement): void {
  const wrapper = picture.querySelector<HTMLElement>('[data-fit-bounds]')
  const viewport = picture.querySelector<HTMLElement>('.react-flow__viewport')
  if (!wrapper?.dataset.fitBounds || !viewport) return
  const { width, height } = wrapper.getBoundingClientRect()
  const { x, y, zoom } = fitBounds(JSON.parse(wrapper.dataset.fitBounds), width, height)
  viewport.style.transform = `translate(${x}px, ${y}px) scale(${zoom})`
  const pattern = picture.querySelector('.react-flow__background pattern')
  if (!pattern) return
  if (zoom !== 1) return pattern.closest('svg')?.remove()
  pattern.setAttribute('x', String(x % Number(pattern.getAttribute('width'))))
  pattern.setAttribute('y', String(y % Number(pattern.getAttribute('height'))))
}

// The picture comes hidden: a visit that is not shown it never paints it, however the parser and the frames interleave.
const picture = document.getElementById(PRERENDERED_ID)
if (picture) {
  if (!opensThePicture()) picture.remove()
  else {
    document.documentElement.dataset.platform = currentPlatform()
    picture.hidden = false
    fit(picture)
    // The app failed to start (a script did not load, or threw before drawing its canvas): a picture nobody can use
    // must not stay up as if it were the designer. Listened for in the capture phase, where a script's failed load is
    // seen too (it does not bubble).
    addEventListener('error', (e) => (e.target === window || e.target instanceof HTMLScriptElement || e.target instanceof HTMLLinkElement ? picture.remove() : undefined), true)
  }
}
