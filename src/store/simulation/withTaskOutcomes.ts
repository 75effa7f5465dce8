import type { OutcomeEntry, ScenarioFile } from './ScenarioFile.ts'

/** The scenario with task `name`'s outcome list replaced (an empty list removes the entry: default outcome). */
export function withTaskOutcomes(file: ScenarioFile, name: string, outcomes: readonly OutcomeEntry[]): ScenarioFile {
  const tasks: Record<string, readonly OutcomeEntry[]> = { ...file.tasks }
  if (outcomes.length === 0) delete tasks[name]
  // defineProperty, not assignment: a step named `__proto__` must stay a plain key.
  else Object.defineProperty(tasks, name, { value: outcomes, enumerable: true, writable: true, configurable: true })
  const { tasks: _old, ...rest } = file
  return Object.keys(tasks).length === 0 ? rest : { ...rest, tasks }
}
