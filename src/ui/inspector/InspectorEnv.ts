import { createContext, useContext } from 'react'
import type { EditCommand } from '../../fdl/edit/EditCommand.ts'
import type { Flow } from '../../fdl/model/Flow.ts'
import type { JsonPath } from '../../fdl/model/jsonPaths.ts'
import type { ParsedFdl } from '../../fdl/parse/parseFdl.ts'

/**
 * What every form control of the inspector needs, shared through context instead of threaded through
 * each form: the flow being edited and one way to send edits.
 */
export interface InspectorEnv {
  readonly flow: Flow
  /** Sends commands in order under one undo group (a field's `field:<path>` key, or a fresh key per click). */
  readonly edit: (commands: readonly EditCommand[], group: string) => void
  /** Whether a command would be accepted: its own rule decides, so buttons are enabled exactly when their edit applies. */
  readonly can: (command: EditCommand) => boolean
  /** A fresh undo group for a one-off action (a click), so it never merges with a neighbour. */
  readonly actionGroup: () => string
  /** Id of the `<datalist>` of `Source` completions. */
  readonly completionsId: string
  readonly sampleInput: unknown
}

/** The {@link InspectorEnv} of the inspector being rendered. */
export const InspectorEnvContext = createContext<InspectorEnv | null>(null)

/** The inspector's {@link InspectorEnv}; only the inspector's own forms call this, always inside it. */
export function useInspectorEnv(): InspectorEnv {
  const env = useContext(InspectorEnvContext)
  if (!env) throw new Error('Inspector forms must be rendered inside <Inspector>')
  return env
}

/**
 * What the shell hands the inspector: the contract between the designer shell and the step forms.
 * `dispatch` sends every change through the one dispatcher; edits with the same `group` that follow each
 * other merge into one undo step (a typing burst in one field).
 */
export interface InspectorProps {
  /** The last text that parsed: forms always show a coherent model, even while the code pane holds a typo. */
  readonly parsed: ParsedFdl
  /** Path of the selected step, or null for the flow itself. */
  readonly selectedPath: JsonPath | null
  /** Every selected step; with more than one the inspector lists them instead of showing a form. */
  readonly selectedPaths?: readonly JsonPath[]
  readonly dispatch: (command: EditCommand, options?: { readonly group?: string }) => void
  /** The example execution input, for the mapping preview and `Source` completions. */
  readonly sampleInput: unknown
  /** True while the code does not parse: forms are shown but disabled, so nothing typed can be lost. */
  readonly readOnly: boolean
  /**
   * Optional: called with the parsed JSON when the user edits the sample input in the inspector. Without
   * it the edited sample stays inside the inspector (preview and completions only).
   */
  readonly onSampleInputChange?: (value: unknown) => void
}
