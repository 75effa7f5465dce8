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
