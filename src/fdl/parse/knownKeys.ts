/** Keys every step type accepts (REFERENCE §2.1). */
const COMMON = ['type', 'name', 'inputMappings', 'outputMappings']

/**
 * The keys each step type defines. Anything else is kept in `extra` and reported as `unknown-key`.
 * `retry`, `catch`, `errorMappings` and `serviceParams` are listed only for task; on other types they are
 * kept as extra keys and the validator says why they have no effect.
 */
export const KNOWN_KEYS: Readonly<Record<string, readonly string[]>> = {
  task: [...COMMON, 'end', 'resourceArn', 'action', 'pattern', 'timeoutSeconds', 'serviceParams', 'errorMappings', 'retry', 'catch'],
  pass: [...COMMON, 'end'],
  wait: [...COMMON, 'end', 'duration', 'timestamp'],
  choice: [...COMMON, 'end', 'choices', 'default'],
  parallel: [...COMMON, 'end', 'branches'],
  foreach: [...COMMON, 'end', 'iterationMapping', 'steps'],
  succeed: [...COMMON],
  fail: [...COMMON, 'error', 'cause'],
}

/** Keys only a task reads; on other step types they are kept and the validator reports `task-only-field`. */
export const TASK_ONLY_KEYS = ['retry', 'catch', 'errorMappings', 'serviceParams']

/** Top-level keys of a flow definition (REFERENCE §1.1, plus the undocumented `name`). */
export const FLOW_KEYS = ['version', 'type', 'name', 'steps', 'inputMappings', 'outputMappings', 'timeoutSeconds']
