import type { InspectorProps } from './InspectorProps.ts'

/** The step inspector region. Placeholder until the inspector work lands; the shell mounts it as is. */
export function Inspector({ selectedPath }: InspectorProps) {
  return (
    <aside aria-label="Inspector">
      <p>{selectedPath ? 'Step selected' : 'Select a step to edit it.'}</p>
    </aside>
  )
}
