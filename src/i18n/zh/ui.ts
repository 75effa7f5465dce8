import { ZH_CANVAS } from './canvas.ts'
import { ZH_FILES } from './files.ts'
import { ZH_INSPECTOR } from './inspector.ts'
import { ZH_SHELL } from './shell.ts'
import { ZH_SIM } from './sim.ts'
import { ZH_SIMULATION } from './simulation.ts'

/**
 * The app's own words, one file per part of the UI so each reads beside the components it translates, and the
 * simulator's (src/sim), which the simulation panel and the inspector show.
 */
export const ZH_UI = { ...ZH_SHELL, ...ZH_CANVAS, ...ZH_INSPECTOR, ...ZH_FILES, ...ZH_SIMULATION, ...ZH_SIM }
