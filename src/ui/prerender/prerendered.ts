/**
 * The prerendered start page (issue 14). A first visit opens the seed example, and the build renders that first
 * frame into index.html (`renderStart.tsx`, by scripts/prerenderPlugin.ts): the canvas with the example is painted
 * from the HTML and the stylesheet, before the app's JavaScript has arrived. It is a picture, `inert` and hidden from
 * assistive technology, laid over the app's root and hidden; `startPicture.ts` shows it only on a visit that will open
 * the same document in the same language, and the app drops it in the commit that draws its own canvas, so nothing moves.
 * No imports: the inline script imports this module too, and is sent inside every index.html.
 */
export const PRERENDERED_ID = 'prerendered'

/** Removes the picture, if it is still there: the app's own canvas is in the frame about to be painted. */
export function dropPrerendered(): void {
  if (typeof document !== 'undefined') document.getElementById(PRERENDERED_ID)?.remove()
}
