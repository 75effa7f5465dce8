import type { IntegrationKind } from '../../../fdl/arn/resourceArn.ts'
import type { UiText } from '../../../i18n/UiText.ts'
import type { NumberRule } from './valueText.ts'

/** A `serviceParams` field the integration documents, with how the form edits it. */
export interface ServiceParamSpec {
  readonly key: string
  /** Written when the integration is picked (REFERENCE §15.3: the designer always emits Priority). */
  readonly initial?: unknown
  /** What the service assumes when the key is absent, shown as the placeholder. */
  readonly fallback?: string
  /** Present for numeric fields. */
  readonly number?: NumberRule
  /** Said in the person's language; the key itself is the API parameter name and stays as written. */
  readonly hint: UiText
}

/** The known `serviceParams` of each integration (REFERENCE §6.3); anything else is a free key/value row. */
export const SERVICE_PARAM_SPECS: Readonly<Record<IntegrationKind, readonly ServiceParamSpec[]>> = {
  'mns-queue': [
    { key: 'MessageBody', initial: '$', fallback: '$', hint: '`$` sends the mapped input as JSON text; `$.x` one of its fields.' },
    { key: 'Priority', initial: 8, fallback: '8', number: { min: 1, max: 16, integer: true }, hint: '1 (highest) to 16.' },
    { key: 'DelaySeconds', fallback: '0', number: { min: 0, max: 604800, integer: true }, hint: 'Seconds before the message can be received (0 to 604800).' },
  ],
  'mns-topic': [
    { key: 'MessageBody', initial: '$', fallback: '$', hint: '`$` publishes the mapped input as JSON text; `$.x` one of its fields.' },
    { key: 'MessageTag', hint: 'Optional tag subscribers can filter on.' },
  ],
  flow: [
    { key: 'Input', fallback: '$', hint: '`$`: the mapped input becomes the child execution input.' },
    { key: 'ExecutionName', hint: 'E.g. `$.childName`; empty: a random name.' },
  ],
  fc: [],
  action: [],
}
