import { useMemo, useState } from 'react'
import type { Diagnostic } from '../../fdl/model/Diagnostic.ts'
import type { Flow } from '../../fdl/model/Flow.ts'
import type { Message } from '../../i18n/Message.ts'
import { useDesigner } from '../../store/Designer.ts'
import type { Diagram } from './diagram/Diagram.ts'
import { buildDiagram } from './diagram/buildDiagram.ts'
import type { Layout } from './layout/layoutDiagram.ts'
import { useLayout } from './layout/layoutDiagram.ts'
import { useDrawAll } from '../files/ViewportSync.tsx'

/** A model with the diagram and the layout that belong to it: what the canvas shows together. */
export interface ShownDiagram {
  readonly flow: Flow | null
  readonly diagnostics: readonly Diagnostic[]
  readonly diagram: Diagram
  readonly layout: Layout
}

/**
 * The last good model paired with its layout. Should a layout ever fail, the previous pair stays on screen
 * and `layoutError` says why (null only before the very first layout).
 */
export function useShownDiagram(): { readonly shown: ShownDiagram | null; readonly layoutError: Message | null } {
  const flow = useDesigner((s) => s.good.parsed.flow)
  const diagnostics = useDesigner((s) => s.good.diagnostics)
  const collapsed = useDesigner((s) => s.collapsed)
  const diagram = useMemo(() => buildDiagram(flow, new Set(collapsed)), [flow, collapsed])
  // An image export draws a long flow in columns (see layoutDiagram's `wrap`).
  const { layout, error } = useLayout(diagram, useDrawAll())
  const [last, setLast] = useState<ShownDiagram | null>(null)
  const shown = useMemo(() => (layout ? { flow, diagnostics, diagram, layout } : null), [flow, diagnostics, diagram, layout])
  if (shown && shown !== last) setLast(shown)
  return { shown: shown ?? last, layoutError: error }
}
