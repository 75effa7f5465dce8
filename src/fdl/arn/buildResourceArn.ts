import type { Integration } from './Integration.ts'

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
