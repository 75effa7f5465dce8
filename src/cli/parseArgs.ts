/** A command line split into flags (`--json`) and operands (files); `--` ends the flags. */
export interface ParsedArgs {
  readonly flags: ReadonlySet<string>
  readonly files: readonly string[]
  /** The first flag not in `allowed`, for a usage error. */
  readonly unknown: string | null
}

/** Splits arguments, accepting only the `allowed` flags (`-h` counts as `--help`). */
export function parseArgs(args: readonly string[], allowed: readonly string[]): ParsedArgs {
  const flags = new Set<string>()
  const files: string[] = []
  let unknown: string | null = null
  let operandsOnly = false
  for (const arg of args) {
    if (operandsOnly || arg === '-' || !arg.startsWith('-')) files.push(arg)
    else if (arg === '--') operandsOnly = true
    else {
      const flag = arg === '-h' ? '--help' : arg
      if ([...allowed, '--help'].includes(flag)) flags.add(flag)
      else unknown ??= arg
    }
  }
  return { flags, files, unknown }
}
