import { scenarioWarnings } from '../sim/scenario/scenarioWarnings.ts'
import { createSimulation } from '../sim/engine/createSimulation.ts'
import { simulateArgs } from './simulateArgs.ts'
import { simulateLoad } from './simulateLoad.ts'
import { simulateSummary } from './simulateSummary.ts'
import { SIMULATE_USAGE } from './simulateUsage.ts'
import { writeJson } from './writeJson.ts'

/** Where `fdl simulate` writes: injected so tests can capture output. */
export interface CliIo {
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
  /** Resolves once stdout has room again (streamed `--json` output awaits it). */
  readonly drain?: () => Promise<void>
  readonly cwd: string
  /** Reads a UTF-8 file (absolute path); the file system when absent. */
  readonly readFile?: (path: string) => string
}

/**
 * `fdl simulate FILE [--input JSON|@file.json] [--scenario FILE] [--json]`; resolves to the exit code: 0 Succeeded,
 * 1 Failed / TimedOut, 2 usage error, unreadable file, bad scenario or a flow with validation errors.
 */
export async function runSimulate(args: readonly string[], io: CliIo): Promise<number> {
  const a = simulateArgs(args)
  if (typeof a === 'string') {
    io.stderr(`fdl simulate: ${a}\n${SIMULATE_USAGE}`)
    return 2
  }
  if (a.help) return (io.stdout(SIMULATE_USAGE), 0)
  const loaded = simulateLoad(io, a.file, a.input, a.scenario)
  if ('problem' in loaded) {
    io.stderr(loaded.problem)
    return 2
  }
  for (const w of scenarioWarnings(loaded.flow, loaded.scenario, Object.values(loaded.childFlows))) io.stderr(`fdl simulate: warning: ${w}\n`)
  const sim = createSimulation({ flow: loaded.flow, scenario: loaded.scenario, childFlows: loaded.childFlows, input: loaded.input ?? {} })
  sim.run()
  const result = sim.result()
  if (a.json) await writeJson(result, io, 3)
  else io.stdout(simulateSummary(a.file, result, sim.trace()))
  return result.status === 'Succeeded' ? 0 : 1
}
