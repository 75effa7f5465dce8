// Build time only (Node, through Vite's SSR loader in scripts/prerenderPlugin.ts): never imported by the app.
import { renderToString } from 'react-dom/server'
import { builtInExamples, SEED_EXAMPLE } from '../../files/builtInExamples.ts'
import { App } from '../App.tsx'
import { startDesigner } from '../startDesigner.ts'
import { CanvasPrerender } from './CanvasPrerender.ts'

/**
 * The app's first frame on a first visit, as HTML: the seed example, as `openAtStart` opens it, in English,
 * rendered by the app's own components (no second drawing of a step to keep in step with the first). `pane` is the
 * canvas pane's size to fit it to, a typical one: the inline script fits the picture to the real one.
 */
export async function renderStart(pane: { readonly width: number; readonly height: number }): Promise<string> {
  const seed = builtInExamples.find((e) => e.name === SEED_EXAMPLE)
  if (!seed) throw new Error(`the seed example ${SEED_EXAMPLE} is not among the built-in examples`)
  // Rendered to HTML, a store is read at its initial state (zustand's server snapshot): the seed is that state.
  const designer = startDesigner([], await seed.load())
  const html = renderToString(
    <CanvasPrerender.Provider value={pane}>
      <App designer={designer} />
    </CanvasPrerender.Provider>,
  )
  if (!html.includes('data-fit-bounds')) throw new Error('the prerendered start page has no steps on its canvas')
  return html
}
