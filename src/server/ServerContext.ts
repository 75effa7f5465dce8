import type { Driver } from './Driver.ts'
import type { FlowStore } from './fnf/FlowStore.ts'
import type { QueueRegistry } from './mns/QueueRegistry.ts'

/** Access keys that turn signature checking on (`--access-key-id` / `--access-key-secret`). */
export interface AccessKey {
  readonly id: string
  readonly secret: string
}

/** Everything a request handler works on. */
export interface ServerContext {
  readonly driver: Driver
  readonly queues: QueueRegistry
  readonly flows: FlowStore
  readonly key: AccessKey | null
  /** Writes one line to the server log (stderr of `fdl serve`), e.g. why a signature was refused. */
  readonly note: (line: string) => void
}

/** What one API call did, for the server log line (`--quiet` silences it). */
export interface CallLog {
  api: 'MNS' | 'FnF' | 'HTTP'
  action: string
  target: string
  status: number
  code: string
}

/** One log line: `MNS ReceiveMessage fnf-demo -> 200`, or with the error code `-> 404 MessageNotExist`. */
export function formatCall(c: CallLog, ms: number): string {
  const target = c.target ? ` ${c.target}` : ''
  const code = c.code ? ` ${c.code}` : ''
  return `${c.api} ${c.action || '?'}${target} -> ${c.status}${code} (${ms} ms)`
}
