import type { Mapping, Sequence } from './Step.ts'

/** A whole FDL definition (REFERENCE §1.1). `version: v1beta1` is accepted and kept as written. */
export interface Flow {
  readonly version?: string
  readonly type?: string
  /** Undocumented but seen in the API reference; accepted and kept, never required. */
  readonly name?: string
  readonly body: Sequence
  readonly inputMappings?: readonly Mapping[]
  readonly outputMappings?: readonly Mapping[]
  readonly timeoutSeconds?: number
  readonly extra?: Readonly<Record<string, unknown>>
}
