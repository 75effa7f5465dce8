
/** What a task step talks to, as read from its `resourceArn` or `action` (REFERENCE §6.1, §6.2). */
export type Integration =
  | { readonly kind: 'mns-queue'; readonly queue: string; readonly region: string; readonly account: string }
  | { readonly kind: 'mns-topic'; readonly topic: string; readonly region: string; readonly account: string }
  | { readonly kind: 'fc'; readonly service: string; readonly function: string; readonly region: string; readonly account: string }
  | { readonly kind: 'flow'; readonly flow: string; readonly region: string; readonly account: string }
  | { readonly kind: 'action'; readonly product: string; readonly api: string }

/** The integration kinds, in the order the inspector's picker offers them. */
export type IntegrationKind = Integration['kind']

// Region and account may be empty ("the flow's own", REFERENCE §6.2); names are the MNS / FC / FnF charsets.
const NAME = '([A-Za-z0-9_][A-Za-z0-9_.-]*)'
const SCOPE = '([a-z0-9-]*):([0-9]*)'
const MNS = new RegExp(`^acs:mns:${SCOPE}:/(queues|topics)/${NAME}/messages$`)
const FC = new RegExp(`^acs:fc:${SCOPE}:services/${NAME}/functions/${NAME}$`)
const FLOW = new RegExp(`^acs:fnf:${SCOPE}:flow/${NAME}$`)

/**
 * Reads a task's `resourceArn` into the integration it names, or null when the ARN is malformed
 * (the validator reports that; the inspector then shows the raw text for the user to fix).
 */
export function parseResourceArn(arn: string): Integration | null {
  const text = arn.trim()
  let m = MNS.exec(text)
  if (m) {
    const [, region = '', account = '', what, name = ''] = m
    return what === 'queues'
      ? { kind: 'mns-queue', queue: name, region, account }
      : { kind: 'mns-topic', topic: name, region, account }
  }
  m = FC.exec(text)
  if (m) return { kind: 'fc', region: m[1] ?? '', account: m[2] ?? '', service: m[3] ?? '', function: m[4] ?? '' }
  m = FLOW.exec(text)
  if (m) return { kind: 'flow', region: m[1] ?? '', account: m[2] ?? '', flow: m[3] ?? '' }
  return null
}

/** Writes the `resourceArn` for an integration; `action` integrations have none and give ''. */
export function buildResourceArn(integration: Integration): string {
  switch (integration.kind) {
    case 'mns-queue':
      return `acs:mns:${integration.region}:${integration.account}:/queues/${integration.queue}/messages`
    case 'mns-topic':
      return `acs:mns:${integration.region}:${integration.account}:/topics/${integration.topic}/messages`
    case 'fc':
      return `acs:fc:${integration.region}:${integration.account}:services/${integration.service}/functions/${integration.function}`
    case 'flow':
      return `acs:fnf:${integration.region}:${integration.account}:flow/${integration.flow}`
    case 'action':
      return ''
  }
}

/**
 * The `pattern`s each integration accepts (REFERENCE §6.1 and issue 2): MNS queue and topic and FC take
 * requestResponse or waitForCallback, a child flow all three; cloud API calls are only known to work with
 * requestResponse (other patterns UNCONFIRMED).
 */
export const SUPPORTED_PATTERNS: Readonly<Record<IntegrationKind, readonly string[]>> = {
  'mns-queue': ['requestResponse', 'waitForCallback'],
  'mns-topic': ['requestResponse', 'waitForCallback'],
  fc: ['requestResponse', 'waitForCallback'],
  flow: ['requestResponse', 'sync', 'waitForCallback'],
  action: ['requestResponse'],
}
