/**
 * The canonical FDL key order (REFERENCE §1–§6): `type`, `name`, then each step type's own keys in the
 * order the reference lists them. One list serves every mapping, because no two contexts order the same
 * keys differently (a step, a flow, a mapping row, a retry or catch policy, a branch, iterationMapping,
 * serviceParams). Keys it does not list come after the listed ones, in their given order.
 */
const ORDER = [
  'version', 'type', 'name',
  'resourceArn', 'action', 'pattern', 'timeoutSeconds',
  'duration', 'timestamp', 'error', 'cause',
  'iterationMapping', 'collection', 'item', 'index',
  'condition', 'errors', 'intervalSeconds', 'maxIntervalSeconds', 'maxAttempts', 'multiplier',
  'target', 'source',
  'inputMappings', 'serviceParams',
  'MessageBody', 'Priority', 'DelaySeconds', 'MessageTag', 'MessageAttributes', 'FlowName', 'ExecutionName', 'Input',
  'choices', 'default', 'branches', 'steps', 'goto',
  'outputMappings', 'errorMappings', 'retry', 'catch', 'end',
]

const RANK = new Map(ORDER.map((k, i) => [k, i]))

/** Position of a key in the canonical order (unlisted keys sort last). */
export function keyRank(key: string): number {
  return RANK.get(key) ?? ORDER.length
}
