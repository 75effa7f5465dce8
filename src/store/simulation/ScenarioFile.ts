/**
 * One outcome of a task call exactly as a scenario file writes it (CONTRACTS §3): one of `succeed`, `fail` or
 * `timeout`, plus `after` seconds. The editor keeps this plain shape so what it downloads is what it shows.
 */
export interface OutcomeEntry {
  readonly succeed?: unknown
  readonly fail?: { readonly error: string; readonly cause?: string }
  readonly timeout?: true
  readonly after?: number
}

/** The simulated worker's settings as the file writes them; `manual` hands queues to a person. */
export interface WorkerEntry {
  readonly receiveWaitSeconds?: number
  readonly visibilityTimeout?: number
  readonly reportTwice?: boolean
  readonly crashBeforeDelete?: boolean
  readonly concurrency?: number
  readonly manual?: boolean | readonly string[]
}

/**
 * A scenario file as plain data (CONTRACTS §3): what `fdl simulate --scenario` reads and what the app's
 * scenario editor edits, saves with the document and downloads. Keys the editor does not know are kept.
 */
export interface ScenarioFile {
  readonly input?: unknown
  readonly startTime?: string
  readonly tasks?: Readonly<Record<string, readonly OutcomeEntry[]>>
  readonly worker?: WorkerEntry
  readonly flows?: Readonly<Record<string, string>>
  readonly options?: Readonly<Record<string, unknown>>
  readonly seed?: number
  readonly [key: string]: unknown
}
