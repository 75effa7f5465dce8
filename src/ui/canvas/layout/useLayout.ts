import { useEffect, useState } from 'react'
import type { Diagram } from '../diagram/Diagram.ts'
import { browserElk } from './browserElk.ts'
import type { Layout } from './Layout.ts'
import { layoutDiagram } from './layoutDiagram.ts'

/** Recent layouts by signature: typing a value or undoing back to a known structure needs no new layout. */
const cache = new Map<string, Layout>()
const CACHE_SIZE = 24

function remember(layout: Layout) {
  cache.delete(layout.signature)
  cache.set(layout.signature, layout)
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string)
}

/**
 * The layout of a diagram: at once when its structure was laid out before, else null until the ELK worker
 * answers (the canvas keeps showing the previous picture meanwhile).
 */
export function useLayout(diagram: Diagram): Layout | null {
  const [, setVersion] = useState(0)
  const cached = cache.get(diagram.signature) ?? null
  useEffect(() => {
    if (cache.has(diagram.signature)) return
    let live = true
    const started = performance.now()
    layoutDiagram(diagram, browserElk()).then(
      (layout) => {
        // Read by the benchmark: how much of opening a flow is spent waiting for ELK.
        performance.measure('fdl:layout', { start: started, detail: { boxes: diagram.nodes.length } })
        remember(layout)
        if (live) setVersion((v) => v + 1)
      },
      (error: unknown) => console.warn('Layout failed', error),
    )
    return () => {
      live = false
    }
  }, [diagram])
  return cached
}
