import { useCallback } from 'react'
import type { EditCommand } from '../../fdl/edit/EditCommand.ts'
import { useDesigner } from '../../store/useDesigner.ts'
import { Inspector } from '../inspector/Inspector.tsx'

/** No example input is known yet; the simulation work will provide the scenario's input. */
const NO_SAMPLE_INPUT = {}

/** Mounts the inspector with the InspectorProps contract: last good parse, selection, the form dispatcher. */
export function InspectorPane() {
  const parsed = useDesigner((s) => s.good.parsed)
  const selectedPath = useDesigner((s) => (s.selection.length === 1 ? (s.selection[0] ?? null) : null))
  const readOnly = useDesigner((s) => s.analysis.blocker !== null)
  const dispatchEvent = useDesigner((s) => s.dispatch)
  const dispatch = useCallback(
    (command: EditCommand, options?: { readonly group?: string }) => void dispatchEvent({ origin: 'form', command, group: options?.group }),
    [dispatchEvent],
  )
  return <Inspector parsed={parsed} selectedPath={selectedPath} dispatch={dispatch} sampleInput={NO_SAMPLE_INPUT} readOnly={readOnly} />
}
