import type { Integration, IntegrationKind } from '../../../fdl/arn/resourceArn.ts'
import type { TaskTarget } from './TaskTarget.ts'

/**
 * The integration the picker switches to: names start empty for the user to type, region and account carry
 * over from the current ARN so switching between MNS queue and topic keeps them.
 */
export function emptyIntegration(kind: IntegrationKind, current: TaskTarget): Integration {
  const region = 'region' in current ? current.region : ''
  const account = 'account' in current ? current.account : ''
  switch (kind) {
    case 'mns-queue':
      return { kind, queue: '', region, account }
    case 'mns-topic':
      return { kind, topic: '', region, account }
    case 'fc':
      return { kind, service: '', function: '', region, account }
    case 'flow':
      return { kind, flow: '', region, account }
    case 'action':
      return { kind, product: '', api: '' }
  }
}
