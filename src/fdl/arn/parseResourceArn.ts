import type { Integration } from './Integration.ts'

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
