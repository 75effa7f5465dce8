import { generateKit, type GenerateKitOptions } from '../generateKit.ts'
import type { KitFile } from '../KitModel.ts'

/** A flow of the given task steps (YAML list items, indented by two), for kit tests. */
export function flowOf(...tasks: string[]): string {
  return `version: v1\ntype: flow\nsteps:\n${tasks.join('')}`
}

/** A task step sending to `arn` with the given pattern and token mapping target (null: no token). */
export function mnsTask(name: string, arn: string, token: string | null = 'taskToken', pattern = 'waitForCallback'): string {
  const mapping = token === null ? '' : `    inputMappings:\n      - target: ${token}\n        source: $context.task.token\n`
  return `  - type: task\n    name: ${name}\n    resourceArn: ${arn}\n    pattern: ${pattern}\n${mapping}    serviceParams:\n      MessageBody: $\n      Priority: 2\n`
}

/** A task step calling `arn` (FC, child flow) with requestResponse. */
export function plainTask(name: string, arn: string, pattern = 'requestResponse'): string {
  return `  - type: task\n    name: ${name}\n    resourceArn: ${arn}\n    pattern: ${pattern}\n`
}

/** The kit's files by path; fails the test when the flow gets no kit. */
export function kitFiles(text: string, options: GenerateKitOptions = {}): ReadonlyMap<string, string> {
  const result = generateKit(text, options)
  if (!result.ok) throw new Error(`no kit: ${result.message} ${result.errors.map((e) => e.message).join('; ')}`)
  return new Map(result.files.map((f: KitFile) => [f.path, f.text]))
}

/** A generated file's text; fails the test when it is missing. */
export function file(files: ReadonlyMap<string, string>, path: string): string {
  const text = files.get(path)
  if (text === undefined) throw new Error(`the kit has no ${path}; it has ${[...files.keys()].join(', ')}`)
  return text
}
