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

/**
 * `Mod+Enter` anywhere: run the simulation (opening its dock first), so Run is one key away however far focus
 * is from the Run button. The button's tooltip names the key.
 */
export const runSimulationAction: Action = {
  id: 'simulate.run',
  label: 'Run simulation',
  shortcut: ['Mod+Enter'],
  scope: 'global',
  enabled: () => true,
  run: ({ store }) => {
    const sim = simulationFor(store).getState()
    if (!sim.open) sim.setOpen(true)
    if (!sim.playing) sim.run()
  },
}

/**
 * `Present` (F on the canvas; Escape leaves): the canvas and the sequence view side by side, full window, in
 * larger type, with the run controls and the virtual clock: the callback choreography for a room to follow.
 */
export const presentAction: Action = {
  id: 'present',
  label: 'Present',
  shortcut: ['F'],
  scope: 'canvas',
  enabled: () => true,
  run: ({ store }) => {
    const sim = simulationFor(store).getState()
    sim.setPresenting(!sim.presenting)
  },
}
