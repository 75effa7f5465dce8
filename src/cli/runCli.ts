import type { CommandIo } from './io.ts'
import { runFmt } from './runFmt.ts'
import { runSchema } from './runSchema.ts'
import { runSimulate } from './runSimulate.ts'
import { runValidate } from './runValidate.ts'

type Command = (args: readonly string[], io: CommandIo) => Promise<number>

// `serve` and `kit` load on demand: their HTTP server, generators and templates are a third of the bundle, and
// Node's http, net and crypto behind them; `fdl validate` and `fdl simulate` in CI start without them.
const COMMANDS: Readonly<Record<string, Command>> = {
  validate: runValidate,
  fmt: runFmt,
  schema: runSchema,
  simulate: runSimulate,
  serve: async (args, io) => (await import('./runServe.ts')).runServe(args, io),
  kit: async (args, io) => (await import('./runKit.ts')).runKit(args, io),
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
  if (topic === 'serve') return COMMANDS.serve!(['--help'], io)
  const text = topic !== undefined && Object.hasOwn(USAGE, topic) ? USAGE[topic as keyof typeof USAGE] : USAGE.main
  io.stdout(text)
  return 0
}

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

/** Help texts, printed by `fdl --help`, `fdl help COMMAND` and `fdl COMMAND --help`. */
export const USAGE = {
  main: `Usage: fdl <command> [options]

Checks, formats and runs Alibaba Cloud Serverless Workflow flows (FDL v1, YAML or JSON).

Commands:
  validate FILE...                 report every problem, one line each: FILE:LINE:COL: SEVERITY CODE message
  validate --json FILE...          the same as JSON
  fmt FILE [--write | --check]     canonical formatting that keeps every comment
  schema                           print the FDL JSON Schema (draft-07)
  simulate FILE [options]          run the flow in the simulator (fdl simulate --help)
  serve [FLOW...] [options]        local FnF + MNS API for real workers (fdl serve --help)
  kit FLOW --out DIR [options]     write workers and deploy files for the flow (fdl help kit)

Exit codes: 0 success, 1 problems found (validate: errors; fmt --check: a file needs formatting),
2 usage error or unreadable file. Run \`fdl help COMMAND\` for details.
`,
  validate: `Usage: fdl validate [--json] FILE...

Reads each flow (YAML or JSON) and prints one line per diagnostic,
  FILE:LINE:COL: SEVERITY CODE message
then a summary line. With --json, prints
  [{"file", "diagnostics": [{"code", "severity", "message", "line", "column", "endLine", "endColumn", "path"}]}]
Exit code: 0 no errors (warnings allowed), 1 any error, 2 usage error or unreadable file.
`,
  fmt: `Usage: fdl fmt FILE [--write | --check]
       fdl fmt --write|--check FILE...

Formats a flow canonically: 2-space indentation, FDL key order (type, name, then the rest), every comment
kept. Prints the result, or with --write rewrites the file, or with --check only reports files that would
change. A JSON flow stays JSON. Exit code: 0 done, 1 a file needs formatting (--check) or is not valid YAML,
2 usage error, or a file that cannot be read or written (binary, not UTF-8, empty, not a flow, over 4 MB,
changed by someone else meanwhile); such a file is left as it is.
`,
  schema: `Usage: fdl schema

Prints the JSON Schema (draft-07) of FDL v1, for editors: VS Code's YAML extension takes it through the
\`yaml.schemas\` setting. Exit code 0.
`,
  kit: `Usage: fdl kit FLOW --out DIR [--lang node,python] [--region R] [--account-id A] [--flow-name N]

Writes into DIR what it takes to run the flow in the cloud, generated from the flow: worker-node/ and
worker-python/ (a worker per language for the MNS queues it waits on; you edit only handler.ts / handler.py,
which a second run keeps), ram/ (trust, execution and worker policies), aliyun-cli/deploy.sh, terraform/,
ros/template.yaml, a copy of the flow, and README.md (the parts in the order to use them).
  --lang       worker languages, default node,python
  --region     region for ARNs that leave it empty (default of the deploy files)
  --account-id account for ARNs that leave it empty
  --flow-name  the flow's name (default: its name: field, else the file name)
Placeholders in ARNs (\${queue}, <queue-name>) stay variables of the deploy files.
Exit code: 0 written, 1 the flow has errors (nothing written), 2 usage error or unreadable file.
`,
} as const

/**
 * A file the `fdl` command will not read or write, and why (`message`, a phrase such as "it is empty" or "not a
 * text file (it holds binary data)"). Thrown by the io layer so every command refuses the same files in the same
 * words; commands print it as one line naming the file, never as a stack trace.
 */
export class Refusal extends Error {
  override readonly name = 'Refusal'
}
