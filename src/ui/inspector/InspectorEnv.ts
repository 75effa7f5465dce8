import { createContext } from 'react'
import type { EditCommand } from '../../fdl/edit/EditCommand.ts'
import type { Flow } from '../../fdl/model/Flow.ts'

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
