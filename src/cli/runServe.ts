import { basename, dirname, extname, resolve } from 'node:path'
import { parse } from 'yaml'
import { checkFdl } from '../fdl/validate/validateFlow.ts'
import { readScenario } from '../sim/scenario/readScenario.ts'
import type { Scenario } from '../sim/scenario/Scenario.ts'
import { startServer } from '../server/startServer.ts'
import type { CommandIo } from './io.ts'
import { diagnosticLine } from './runValidate.ts'

/** Resolves when the process is asked to stop (SIGINT / SIGTERM); injectable for tests. */
export type StopSignal = () => Promise<void>

function processSignal(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve())
    process.once('SIGTERM', () => resolve())
  })
}

/**
 * `fdl serve`: loads and validates the flows and the scenario, starts the emulator, prints where it listens and
 * runs until SIGINT / SIGTERM (exit 0). Exit 2 for usage errors, bad files, or a port that cannot be had.
 */
export async function runServe(args: readonly string[], io: CommandIo, stop: StopSignal = processSignal): Promise<number> {
  const a = serveArgs(args)
  if (typeof a === 'string') {
    io.stderr(`fdl serve: ${a}\n${SERVE_USAGE}`)
    return 2
  }
  if (a.help) return (io.stdout(SERVE_USAGE), 0)
  const flows: { name: string; definition: string }[] = []
  const names = new Map<string, string>()
  const add = (file: string, name: string): string | null => {
    const text = read(io, file)
    if (text.problem) return text.problem
    if (!/^[A-Za-z_][A-Za-z0-9_-]{0,127}$/.test(name)) return `fdl serve: ${file}: "${name}" is not a valid flow name (1-128 letters, digits, _ and -, starting with a letter or _)\n`
    if (names.has(name)) return `fdl serve: ${file} and ${names.get(name)} would both be flow ${name}\n`
    const errors = checkFdl(text.text).diagnostics.filter((d) => d.severity === 'error')
    if (errors.length > 0) return `${errors.map((d) => diagnosticLine(file, d)).join('')}fdl serve: ${file} has ${errors.length} error${errors.length === 1 ? '' : 's'}; fix ${errors.length === 1 ? 'it' : 'them'} first (fdl validate ${file})\n`
    names.set(name, file)
    flows.push({ name, definition: text.text })
    return null
  }
  for (const file of a.files) {
    const problem = add(file, basename(file, extname(file)))
    if (problem) return (io.stderr(problem), 2)
  }
  let scenario: Scenario | undefined
  if (a.scenario !== null) {
    const text = read(io, a.scenario)
    if (text.problem) return (io.stderr(text.problem), 2)
    let data: unknown
    try {
      data = parse(text.text, { version: '1.2' })
    } catch (e) {
      return (io.stderr(`fdl serve: ${a.scenario}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}\n`), 2)
    }
    const r = readScenario(data)
    if (r.errors.length > 0) return (io.stderr(r.errors.map((e) => `${a.scenario}: ${e}\n`).join('')), 2)
    scenario = r.scenario
    const base = dirname(resolve(io.cwd, a.scenario))
    for (const [name, path] of Object.entries(r.scenario.flows)) {
      if (names.has(name)) continue
      const problem = add(resolve(base, path), name)
      if (problem) return (io.stderr(problem), 2)
    }
  }
  let server
  try {
    server = await startServer({
      host: a.host, port: a.port, speed: a.speed, scenario, key: a.key, flows,
      log: a.quiet ? null : (line) => io.stdout(`${line}\n`), note: (line) => io.stderr(`${line}\n`),
    })
  } catch (e) {
    const code = (e as { code?: string }).code
    const why = code === 'EADDRINUSE' ? 'is in use' : code === 'EACCES' ? 'is not allowed' : code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND' ? 'is not an address of this machine' : (e instanceof Error ? e.message : String(e))
    io.stderr(`fdl serve: cannot listen on ${a.host}:${a.port}: it ${why}\n`)
    return 2
  }
  io.stdout(`fdl serve: listening on ${server.url}\n`)
  await stop()
  await server.close()
  return 0
}

function read(io: CommandIo, file: string): { text: string; problem: null } | { text: ''; problem: string } {
  try {
    return { text: io.readFile(resolve(io.cwd, file)), problem: null }
  } catch (error) {
    const code = (error as { code?: string }).code ?? ''
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : error instanceof Error ? error.message : String(error)
    return { text: '', problem: `fdl: cannot read ${file}: ${reason}\n` }
  }
}

/** What `fdl serve` was asked to do. */
export interface ServeArgs {
  readonly files: readonly string[]
  readonly port: number
  readonly host: string
  readonly scenario: string | null
  readonly speed: number
  readonly quiet: boolean
  readonly key: { readonly id: string; readonly secret: string } | null
  readonly help: boolean
}

const VALUED = ['--port', '--host', '--scenario', '--speed', '--access-key-id', '--access-key-secret']

/**
 * Reads `fdl serve [FLOW…] [--port 8787] [--host 127.0.0.1] [--scenario FILE] [--speed N] [--quiet]
 * [--access-key-id ID --access-key-secret SECRET]` (also `--name=value`). Returns the usage problem as text.
 */
export function serveArgs(args: readonly string[]): ServeArgs | string {
  const files: string[] = []
  const values = new Map<string, string>()
  let quiet = false
  let help = false
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1
    const name = eq > 0 ? arg.slice(0, eq) : arg
    if (name === '--quiet') quiet = true
    else if (name === '--help' || name === '-h') help = true
    else if (VALUED.includes(name)) {
      const value = eq > 0 ? arg.slice(eq + 1) : args[++i]
      if (value === undefined) return `${name} needs a value`
      values.set(name, value)
    } else if (arg.startsWith('-') && arg !== '-') return `unknown option ${arg}`
    else files.push(arg)
  }
  const portText = values.get('--port') ?? '8787'
  const port = Number(portText)
  if (!/^\d+$/.test(portText) || port > 65_535) return `--port must be a port number from 0 to 65535 (got ${portText})`
  const speedText = values.get('--speed') ?? '1'
  const speed = Number(speedText)
  if (!Number.isFinite(speed) || speed <= 0 || speed > 1_000_000) return `--speed must be a number above 0 (got ${speedText})`
  const host = values.get('--host') ?? '127.0.0.1'
  if (host === '') return '--host needs a value'
  const id = values.get('--access-key-id')
  const secret = values.get('--access-key-secret')
  if ((id === undefined) !== (secret === undefined)) return '--access-key-id and --access-key-secret go together'
  if (id === '' || secret === '') return 'access keys cannot be empty'
  const key = id !== undefined && secret !== undefined ? { id, secret } : null
  return { files, port, host, scenario: values.get('--scenario') ?? null, speed, quiet, key, help }
}

/** `fdl serve --help`. */
export const SERVE_USAGE = `Usage: fdl serve [FLOW...] [--port 8787] [--host 127.0.0.1] [--scenario FILE] [--speed N] [--quiet]
                 [--access-key-id ID --access-key-secret SECRET]

Runs a local Serverless Workflow (FnF 2019-03-15) and MNS (2015-06-06) API on one port, so a real worker using
the official SDKs can be tried against your flows. Executions run in the simulator on the wall clock; every queue a
flow's resourceArn names exists; functions and cloud API actions answer from the scenario, as in fdl simulate.

  FLOW...                       flow files that exist from the start (flow name = file name without extension)
  --port N, --host H            where to listen (default 127.0.0.1:8787; --port 0 picks a free port)
  --scenario FILE               task outcomes, options and start input defaults, as for fdl simulate
  --speed N                     virtual time runs N times faster than real time (default 1)
  --quiet                       no line per API call
  --access-key-id, --access-key-secret   check signatures (MNS, FnF v1 and ACS3); unchecked by default

Prints "fdl serve: listening on http://HOST:PORT" when ready. Ctrl+C or SIGTERM answers the long polls in
flight and exits 0. Exit code 2: usage error, unreadable or invalid flow or scenario, or the port is in use.
`
