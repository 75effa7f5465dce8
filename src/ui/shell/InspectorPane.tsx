import { useCallback } from 'react'
import type { EditCommand } from '../../fdl/edit/EditCommand.ts'
import { useDesigner } from '../../store/Designer.ts'
import { Inspector } from '../inspector/Inspector.tsx'
import { useSimulation } from '../simulation/useSimulation.ts'

/** Mounts the inspector with the InspectorProps contract: last good parse, selection, the form dispatcher. */
export function InspectorPane() {
  const parsed = useDesigner((s) => s.good.parsed)
  const selectedPath = useDesigner((s) => (s.selection.length === 1 ? (s.selection[0] ?? null) : null))
  const selectedPaths = useDesigner((s) => s.selection)
  const readOnly = useDesigner((s) => s.analysis.blocker !== null)
  const dispatchEvent = useDesigner((s) => s.dispatch)
  const dispatch = useCallback(
    (command: EditCommand, options?: { readonly group?: string }) => void dispatchEvent({ origin: 'form', command, group: options?.group }),
    [dispatchEvent],
  )
  // The sample input is the simulation's execution input: edited in either place, it is the same value.
  const sampleInput = useSimulation((s) => s.inputValue)
  const setSampleInput = useSimulation((s) => s.setInputValue)
  return <Inspector parsed={parsed} selectedPath={selectedPath} selectedPaths={selectedPaths} dispatch={dispatch} sampleInput={sampleInput} onSampleInputChange={setSampleInput} readOnly={readOnly} />
}
