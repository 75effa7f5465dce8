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
