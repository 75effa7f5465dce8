/** Where `fdl simulate` writes: injected so tests can capture output. */
export interface CliIo {
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
  readonly cwd: string
}

/** `fdl simulate FILE [--input JSON|@file.json] [--scenario FILE] [--json]`; resolves to the exit code. */
export async function runSimulate(args: readonly string[], io: CliIo): Promise<number> {
  // Implemented with the simulator (issue 3).
  io.stderr(`fdl simulate: not available yet (${args.join(' ')})\n`)
  return 2
}
