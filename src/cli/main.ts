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
