import type { CommandIo } from './CommandIo.ts'
import { runFmt } from './runFmt.ts'
import { runKit } from './runKit.ts'
import { runSchema } from './runSchema.ts'
import { runServe } from './runServe.ts'
import { runSimulate } from './runSimulate.ts'
import { runValidate } from './runValidate.ts'
import { USAGE } from './usage.ts'

type Command = (args: readonly string[], io: CommandIo) => Promise<number>

const COMMANDS: Readonly<Record<string, Command>> = {
  validate: runValidate,
  fmt: runFmt,
  schema: runSchema,
  simulate: runSimulate,
  serve: runServe,
  kit: runKit,
}

/**
 * The `fdl` command: dispatches to a subcommand and resolves to its exit code. Never throws and never
 * prints a stack trace: an unexpected failure becomes one line on stderr and exit code 2.
 */
export async function runCli(args: readonly string[], io: CommandIo): Promise<number> {
  const [name = '', ...rest] = args
  try {
    if (name === '--help' || name === '-h') return (io.stdout(USAGE.main), 0)
    if (name === 'help') return help(rest[0], io)
    const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined
    if (command === undefined) {
      io.stderr(name === '' ? USAGE.main : `fdl: unknown command ${name}\n${USAGE.main}`)
      return 2
    }
    return await command(rest, io)
  } catch (error) {
    io.stderr(`fdl: ${error instanceof Error ? error.message : String(error)}\n`)
    return 2
  }
}

function help(topic: string | undefined, io: CommandIo): Promise<number> | number {
  if (topic === 'simulate') return runSimulate(['--help'], io)
  if (topic === 'serve') return runServe(['--help'], io)
  const text = topic !== undefined && Object.hasOwn(USAGE, topic) ? USAGE[topic as keyof typeof USAGE] : USAGE.main
  io.stdout(text)
  return 0
}
