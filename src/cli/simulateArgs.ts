/** What `fdl simulate` was asked to do. */
export interface SimulateArgs {
  readonly file: string
  /** `--input` as given: JSON text, or `@path` to a JSON file. */
  readonly input: string | null
  readonly scenario: string | null
  readonly json: boolean
  readonly help: boolean
}

/**
 * Reads `fdl simulate FILE [--input JSON|@file.json] [--scenario FILE] [--json]` (also `--input=…`, `--scenario=…`).
 * Returns the usage problem as text instead of throwing.
 */
export function simulateArgs(args: readonly string[]): SimulateArgs | string {
  let file: string | null = null
  let input: string | null = null
  let scenario: string | null = null
  let json = false
  let help = false
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined]
    if (name === '--json') json = true
    else if (name === '--help' || name === '-h') help = true
    else if (name === '--input' || name === '--scenario') {
      const value = inline ?? args[++i]
      if (value === undefined) return `${name} needs a value`
      if (name === '--input') input = value
      else scenario = value
    } else if (arg.startsWith('-') && arg !== '-') return `unknown option ${arg}`
    else if (file === null) file = arg
    else return `only one FILE can be simulated (got ${file} and ${arg})`
  }
  if (help) return { file: file ?? '', input, scenario, json, help }
  if (file === null) return 'no FILE given'
  return { file, input, scenario, json, help }
}
