import { stringify } from 'yaml'
import type { ScenarioFile } from './ScenarioFile.ts'

const HEADER = '# Scenario for `fdl simulate FLOW --scenario THIS_FILE` (and the FDL Studio simulator).\n'

/**
 * The scenario as a file (CONTRACTS §3) with `input` first and the rest in the contract's order, so a
 * downloaded file reads like the documented example and opens again unchanged.
 */
export function scenarioToYaml(file: ScenarioFile): string {
  const order = ['input', 'startTime', 'tasks', 'worker', 'flows', 'options', 'seed']
  const sorted: Record<string, unknown> = {}
  for (const k of order) if (file[k] !== undefined) sorted[k] = file[k]
  for (const [k, v] of Object.entries(file)) if (!order.includes(k) && v !== undefined) sorted[k] = v
  return HEADER + stringify(sorted, { lineWidth: 0 })
}
