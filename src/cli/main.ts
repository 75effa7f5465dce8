import { setFlagsFromString } from 'node:v8'
import { nodeIo, type CommandIo } from './io.ts'
import { runCli } from './runCli.ts'

/**
 * `fdl simulate`'s process, tuned for its two phases. While the simulation runs it keeps nearly all it allocates
 * (the trace is its result), so letting V8's young generation grow (up to 16 MB by default) buys nothing: its objects
 * are copied out anyway, and every page it grows into is fresh memory for the kernel to fault in. Held at its first
 * size, a 10,000-item run peaked at 103 MB instead of 129 MB and took 0.98 s instead of 1.19 s (median of 5, whole
 * process). Writing the result is the opposite, short-lived text, which a small young generation promotes early: a
 * 1 GB `--json` took 15–16 s instead of 9.5 s. So the default comes back with the first byte of output (the run is
 * over by then: warnings go to stderr). The flag only sets how far V8 grows that space, read each time it considers
 * growing it, so setting it while running is safe. Someone who set it for the process themselves keeps theirs.
 */
function tunedForSimulate(io: CommandIo): CommandIo {
  const given = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)].some((arg) => arg.includes('semi-space-growth-factor'))
  if (given) return io
  setFlagsFromString('--semi-space-growth-factor=1')
  let running = true
  return {
    ...io,
    stdout: (text) => {
      if (running) setFlagsFromString('--semi-space-growth-factor=2')
      running = false
      io.stdout(text)
    },
  }
}

// `fdl … | head` closes the pipe early; that is the reader's choice, not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
})

/** Runs the command, then exits once the output is out. A function, not top-level code: the bundle is CommonJS. */
async function main(): Promise<void> {
  try {
    const args = process.argv.slice(2)
    process.exitCode = await runCli(args, args[0] === 'simulate' ? tunedForSimulate(nodeIo()) : nodeIo())
  } catch (error) {
    process.stderr.write(`fdl: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = 2
  }
  // Exit once the output is out instead of letting Node tear the heap down: after a big simulation that teardown
  // took ~40 ms of a ~800 ms run. Output to a pipe can still be queued on some systems, so wait for it to drain.
  const drained = (stream: NodeJS.WriteStream) => (stream.writableLength === 0 ? Promise.resolve() : new Promise((done) => stream.once('drain', done)))
  await Promise.all([drained(process.stdout), drained(process.stderr)])
  process.exit()
}

void main()
