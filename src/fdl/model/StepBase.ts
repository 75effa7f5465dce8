import type { JsonPath } from './JsonPath.ts'
import type { Mapping } from './Mapping.ts'

/** Fields every step type shares (REFERENCE §2.1). */
export interface StepBase {
  readonly name: string
  /** Where this step's mapping lives in the document: the key of the canvas node and of every edit. */
  readonly path: JsonPath
  readonly inputMappings?: readonly Mapping[]
  readonly outputMappings?: readonly Mapping[]
  /** Keys the language does not define, kept verbatim so nothing the user wrote is lost. */
  readonly extra?: Readonly<Record<string, unknown>>
}
