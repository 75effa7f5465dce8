/**
 * The key order `fdl fmt` writes, per kind of FDL mapping: `type` and `name` first, then what the step does,
 * what it reads (`inputMappings`, then `serviceParams`, which reads the mapped input), its nested steps, what it
 * outputs, error handling, and `end` last, the order the reference's tables and official samples use. Keys
 * not listed keep their relative order after the listed ones.
 */
export const CANONICAL_KEY_ORDER = {
  flow: ['version', 'type', 'name', 'timeoutSeconds', 'inputMappings', 'steps', 'outputMappings'],
  step: [
    'type', 'name',
    'resourceArn', 'action', 'pattern', 'timeoutSeconds',
    'duration', 'timestamp',
    'error', 'cause',
    'iterationMapping',
    'inputMappings', 'serviceParams',
    'choices', 'default', 'branches', 'steps',
    'outputMappings', 'errorMappings', 'retry', 'catch',
    'end',
  ],
  choice: ['condition', 'steps', 'goto'],
  default: ['steps', 'goto'],
  branch: ['steps'],
  iterationMapping: ['collection', 'item', 'index'],
  retry: ['errors', 'intervalSeconds', 'maxIntervalSeconds', 'maxAttempts', 'multiplier'],
  catch: ['errors', 'goto', 'steps'],
  mapping: ['target', 'source'],
} as const satisfies Record<string, readonly string[]>
