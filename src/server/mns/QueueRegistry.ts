/** Queue attributes as GetQueueAttributes reports them (REFERENCE §12.1; seconds and bytes). */
export interface QueueAttributes {
  DelaySeconds: number
  MaximumMessageSize: number
  MessageRetentionPeriod: number
  VisibilityTimeout: number
  PollingWaitSeconds: number
  LoggingEnabled: boolean
}

/** A queue the server knows, with when it appeared (ms since the epoch, virtual). */
export interface QueueEntry {
  readonly name: string
  readonly createTime: number
  lastModifyTime: number
  readonly attributes: QueueAttributes
}

/** Range and default of each settable attribute (REFERENCE §12.1). */
export const ATTRIBUTE_RANGES: Readonly<Record<Exclude<keyof QueueAttributes, 'LoggingEnabled'>, readonly [number, number]>> = {
  DelaySeconds: [0, 604_800],
  MaximumMessageSize: [1024, 65_536],
  MessageRetentionPeriod: [60, 604_800],
  VisibilityTimeout: [1, 43_200],
  PollingWaitSeconds: [0, 30],
}

/**
 * The queues that exist on the server: every queue a flow's `resourceArn` names (without being created),
 * plus those created through the API. Everything else answers `QueueNotExist`.
 */
export class QueueRegistry {
  readonly #queues = new Map<string, QueueEntry>()
  readonly #visibilityDefault: number

  constructor(visibilityDefault: number) {
    this.#visibilityDefault = visibilityDefault
  }

  /** The queue named `name`, or undefined. */
  get(name: string): QueueEntry | undefined {
    return this.#queues.get(name)
  }

  /** Adds a queue with default attributes (overridden by `attributes`); returns it and whether it is new. */
  add(name: string, now: number, attributes: Partial<QueueAttributes> = {}): { entry: QueueEntry; created: boolean } {
    const had = this.#queues.get(name)
    if (had) return { entry: had, created: false }
    const entry: QueueEntry = {
      name, createTime: now, lastModifyTime: now,
      attributes: { DelaySeconds: 0, MaximumMessageSize: 65_536, MessageRetentionPeriod: 345_600, VisibilityTimeout: this.#visibilityDefault, PollingWaitSeconds: 0, LoggingEnabled: false, ...attributes },
    }
    this.#queues.set(name, entry)
    return { entry, created: true }
  }

  /** Removes a queue; false when it did not exist. */
  delete(name: string): boolean {
    return this.#queues.delete(name)
  }

  /** Queue names in order, from `marker` on, starting with `prefix`. */
  names(prefix: string): string[] {
    return [...this.#queues.keys()].filter((n) => n.startsWith(prefix)).sort()
  }
}
