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
  /**
   * Reads a text file: a regular file within the input limit, UTF-8 or UTF-16 with a byte-order mark. Throws a
   * `Refusal` for anything else (binary, another encoding, too big, a FIFO or device), or a Node-style error
   * (with `code`) when it cannot be read.
   */
  readonly readFile: (path: string) => string
  /**
   * Writes a text file atomically, in the encoding it was read in (UTF-8 for a new file). Throws a `Refusal`
   * when the file changed on disk since `readFile` read it, or a Node-style error; the file is then untouched.
   */
  readonly writeFile: (path: string, text: string) => void
}
