import { nodeIo } from './io.ts'
import { runCli } from './runCli.ts'

// `fdl … | head` closes the pipe early; that is the reader's choice, not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
})

try {
  process.exitCode = await runCli(process.argv.slice(2), nodeIo())
} catch (error) {
  process.stderr.write(`fdl: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exitCode = 2
}

// Exit once the output is out instead of letting Node tear the heap down: after a big simulation that teardown
// took ~40 ms of a ~800 ms run. Output to a pipe can still be queued on some systems, so wait for it to drain.
const drained = (stream: NodeJS.WriteStream) => (stream.writableLength === 0 ? Promise.resolve() : new Promise((done) => stream.once('drain', done)))
await Promise.all([drained(process.stdout), drained(process.stderr)])
process.exit()
