import type { Action } from '../../store/actions/Action.ts'
import { simulationFor } from './simulationFor.ts'

/** The toolbar's `Simulate`: opens the simulation dock (or closes it when open). */
export const simulateAction: Action = {
  id: 'simulate',
  label: 'Simulate',
  enabled: () => true,
  run: ({ store }) => {
    const sim = simulationFor(store).getState()
    sim.setOpen(!sim.open)
  },
}
