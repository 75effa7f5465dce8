import type { Action } from '../../store/actions/Action.ts'
import { deployUi } from './deployUi.ts'

/** The toolbar's `Deploy`: opens the dialog with the workers and deploy files generated from the flow. */
export const deployAction: Action = {
  id: 'deploy',
  label: 'Deploy',
  enabled: () => true,
  run: () => deployUi.setState({ open: true }),
}
