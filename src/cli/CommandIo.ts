/**
 * Everything the `fdl` command touches outside itself, injected so tests run it in-process: output streams,
 * the working directory, and file access (paths are resolved against `cwd` before they get here).
 */
export interface CommandIo {
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
  /** Resolves once stdout has room again; streamed output awaits it so a slow reader bounds memory. */
  readonly drain?: () => Promise<void>
  readonly cwd: string
  /** Reads a UTF-8 file; throws a Node-style error (with `code`) when it cannot. */
  readonly readFile: (path: string) => string
  readonly writeFile: (path: string, text: string) => void
}
