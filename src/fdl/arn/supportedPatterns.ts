import type { IntegrationKind } from './Integration.ts'

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
