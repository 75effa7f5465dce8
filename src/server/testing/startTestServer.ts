import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Scenario } from '../../sim/scenario/Scenario.ts'
import type { AccessKey } from '../ServerContext.ts'
import { type RunningServer, startServer } from '../startServer.ts'

/** Reads a built-in example flow from public/examples. */
export function example(name: string): string {
  return readFileSync(resolve(import.meta.dirname, '../../../public/examples', `${name}.yaml`), 'utf8')
}

/** Starts the emulator on a free loopback port (or `port`) with the given flows; notes (refusals) are collected. */
export async function startTestServer(opts: { flows?: Record<string, string>; speed?: number; key?: AccessKey; scenario?: Scenario; bodyTimeoutMs?: number; port?: number } = {}): Promise<RunningServer & { notes: string[] }> {
  const notes: string[] = []
  const server = await startServer({
    host: '127.0.0.1', port: opts.port ?? 0, speed: opts.speed ?? 1, scenario: opts.scenario, key: opts.key ?? null,
    flows: Object.entries(opts.flows ?? {}).map(([name, definition]) => ({ name, definition })),
    log: null, note: (line) => notes.push(line), bodyTimeoutMs: opts.bodyTimeoutMs,
  })
  return Object.assign(server, { notes })
}
