import { useMemo } from 'react'
import { msg, type Message } from '../../../i18n/Message.ts'
import type { Diagram } from '../diagram/Diagram.ts'
import type { Layout } from './Layout.ts'
import { layoutDiagram } from './layoutDiagram.ts'

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
