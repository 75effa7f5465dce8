import type { Severity } from '../model/Diagnostic.ts'

/** One entry of the catalogue: how serious the finding is and the rule it enforces, in one line. */
export interface CatalogueEntry {
  readonly severity: Severity
  readonly rule: string
}

/**
 * Every diagnostic code the FDL core emits (parser and validator), with its severity and the rule behind it.
 * Codes are stable: tools, tests and users match on them, so a code is never renamed or reused. Errors are
 * what the service would reject; warnings are likely bugs that deploy fine (REFERENCE Appendix A).
 */
export const DIAGNOSTIC_CATALOGUE = {
  // Reading the text (src/fdl/parse)
  'yaml-syntax': { severity: 'error', rule: 'The text must be well-formed YAML or JSON.' },
  'yaml-warning': { severity: 'warning', rule: 'YAML constructs the parser accepts with a warning.' },
  'yaml-tag': { severity: 'warning', rule: 'Deploy-time tags such as `!Ref` are kept but cannot be resolved or simulated.' },
  'yaml-alias-unresolved': { severity: 'error', rule: 'Every alias (`*name`) needs an anchor (`&name`) before it.' },
  'yaml-too-deep': { severity: 'error', rule: 'Nesting deeper than 256 levels is refused before parsing.' },
  'yaml-too-complex': { severity: 'error', rule: 'Alias expansion and nesting are bounded so a hostile document cannot exhaust memory.' },
  'document-too-large': { severity: 'error', rule: 'Texts over 4 MB are not read: no flow is that large.' },
  'parse-failed': { severity: 'error', rule: 'The reader failed unexpectedly; the text is kept unchanged.' },
  'empty-document': { severity: 'error', rule: 'A flow needs `version`, `type` and `steps`.' },
  'not-a-flow': { severity: 'error', rule: 'The top level must be a mapping.' },
  'field-type': { severity: 'error', rule: 'Each field must have the type the language defines.' },
  'unknown-key': { severity: 'warning', rule: 'Keys the language does not define are kept but ignored by the service.' },
  'unknown-step-type': { severity: 'warning', rule: 'Only the eight documented step types run; others (e.g. `loop`) are kept as written.' },
  'step-not-mapping': { severity: 'error', rule: 'Each entry of `steps` must be a mapping.' },
  // Flow level
  'version-missing': { severity: 'error', rule: '`version` is required.' },
  'version-invalid': { severity: 'error', rule: '`version` must be `v1` (`v1beta1` is accepted as an alias).' },
  'type-missing': { severity: 'error', rule: '`type: flow` is required.' },
  'type-invalid': { severity: 'error', rule: 'The definition `type` must be `flow`.' },
  'definition-too-large': { severity: 'error', rule: 'The service accepts definitions up to 1 MB (1024 KB, its API request limit).' },
  'steps-missing': { severity: 'error', rule: 'A flow needs at least one step.' },
  'timeout-invalid': { severity: 'error', rule: '`timeoutSeconds` must be a positive whole number.' },
  // Steps
  'step-type-missing': { severity: 'error', rule: 'Every step needs a `type`.' },
  'step-name-missing': { severity: 'error', rule: 'Every step needs a `name`.' },
  'step-name-duplicate': { severity: 'error', rule: 'Step names must be unique across the whole flow, nested steps included.' },
  'step-name-format': { severity: 'warning', rule: 'Step names should be 1-128 letters, digits, `_` or `-`.' },
  'task-only-field': { severity: 'warning', rule: '`retry`, `catch`, `errorMappings` and `serviceParams` work on task steps only.' },
  'unreachable-step': { severity: 'warning', rule: 'A step after a `succeed`, `fail` or `end: true` runs only if a `goto` names it.' },
  'fall-through-into-handler': { severity: 'warning', rule: 'A catch target should not also be reached by falling through from the step before it.' },
  // Task
  'task-target-missing': { severity: 'error', rule: 'A task needs `resourceArn` or `action`.' },
  'task-target-both': { severity: 'error', rule: 'A task takes exactly one of `resourceArn` and `action`.' },
  'resource-arn-malformed': { severity: 'error', rule: '`resourceArn` must name an FC function, MNS queue or topic, or a flow.' },
  'resource-arn-placeholder': { severity: 'warning', rule: 'A `resourceArn` copied from the docs must have its `{placeholders}` replaced.' },
  'action-malformed': { severity: 'error', rule: '`action` must read `<product>:<ApiName>`.' },
  'pattern-invalid': { severity: 'error', rule: '`pattern` is requestResponse, sync or waitForCallback.' },
  'pattern-unsupported': { severity: 'error', rule: 'The integration must support the pattern (FC, MNS: requestResponse or waitForCallback; flows: all three).' },
  'pattern-unconfirmed': { severity: 'warning', rule: 'Cloud API calls (`action`) are only known to work with requestResponse.' },
  'mns-message-body-missing': { severity: 'error', rule: 'An MNS task needs `serviceParams.MessageBody`.' },
  'mns-priority-invalid': { severity: 'error', rule: 'MNS `Priority` is a whole number from 1 to 16.' },
  'mns-delay-invalid': { severity: 'error', rule: 'MNS `DelaySeconds` is a whole number from 0 to 604800.' },
  'callback-token-missing': { severity: 'warning', rule: 'A waitForCallback task must pass `$context.task.token` to its worker.' },
  'task-token-outside-callback': { severity: 'warning', rule: '`$context.task.token` exists only in a waitForCallback task.' },
  'service-param-unmapped': { severity: 'warning', rule: '`serviceParams` read `$.x` from what the task\'s inputMappings produce.' },
  // Mappings
  'mapping-target-missing': { severity: 'error', rule: 'Every mapping row needs a `target`.' },
  'mapping-dollar-source': { severity: 'warning', rule: 'Mapping sources use `$input`, `$local` or `$context`, not `$.x`.' },
  'mapping-source-unknown-root': { severity: 'warning', rule: 'A source starting with `$` but not `$input`, `$local` or `$context` is taken as constant text.' },
  // Wait
  'wait-time-missing': { severity: 'error', rule: 'A wait step needs `duration` or `timestamp`.' },
  'wait-time-both': { severity: 'error', rule: 'A wait step takes only one of `duration` and `timestamp`.' },
  'wait-duration-invalid': { severity: 'error', rule: '`duration` is a whole number of seconds (0 or more) or a `$.path`.' },
  'wait-timestamp-invalid': { severity: 'error', rule: '`timestamp` is an RFC 3339 time or a `$.path`.' },
  'wait-too-long': { severity: 'warning', rule: 'A wait lasts at most 2 days (172800 seconds).' },
  // Choice, parallel, foreach
  'choice-choices-missing': { severity: 'error', rule: 'A choice step needs at least one entry in `choices`.' },
  'choice-condition-missing': { severity: 'error', rule: 'Every choice needs a `condition`.' },
  'condition-invalid': { severity: 'error', rule: 'A choice condition must parse, and not be certain to fail (`$.n < true`, `$.ok && 1`) (REFERENCE §4); the run would fail the step when it reaches it.' },
  'path-invalid': { severity: 'error', rule: 'A path (`$input.x`, `$local[0]`, `$.items[*]`) must parse (REFERENCE §3.4); the run would fail the step when it reads it.' },
  'condition-too-complex': { severity: 'error', rule: 'A condition is at most 10,000 characters with parentheses at most 64 deep, so it can be checked and simulated safely.' },
  'parallel-branches-missing': { severity: 'error', rule: 'A parallel step needs at least one branch.' },
  'parallel-branch-steps-missing': { severity: 'error', rule: 'Every parallel branch needs `steps`.' },
  'parallel-too-many-branches': { severity: 'error', rule: 'A parallel step has at most 100 branches.' },
  'foreach-collection-missing': { severity: 'error', rule: 'A foreach step needs `iterationMapping.collection`.' },
  'foreach-collection-invalid': { severity: 'error', rule: '`iterationMapping.collection` is a `$.path` into the step input, e.g. `$.items`.' },
  'foreach-item-missing': { severity: 'error', rule: 'A foreach step needs `iterationMapping.item`.' },
  'foreach-steps-missing': { severity: 'error', rule: 'A foreach step needs `steps`.' },
  'results-dropped': { severity: 'warning', rule: 'Parallel and foreach steps output nothing without `outputMappings`.' },
  // goto, retry, catch
  'goto-unknown-step': { severity: 'error', rule: '`goto` must name an existing step.' },
  'goto-not-sibling': { severity: 'error', rule: '`goto` can only jump to a step in the same `steps` list.' },
  'retry-errors-missing': { severity: 'error', rule: 'Every retry policy needs `errors`.' },
  'retry-interval-too-long': { severity: 'error', rule: 'Retry intervals are at most 86400 seconds.' },
  'retry-value-invalid': { severity: 'error', rule: 'Retry counts and intervals are whole numbers of 0 or more; `multiplier` is above 0.' },
  'catch-errors-missing': { severity: 'error', rule: 'Every catch policy needs `errors`.' },
  'catch-goto-missing': { severity: 'error', rule: 'Every catch policy needs a `goto`.' },
  'internal-error': { severity: 'error', rule: 'A validation rule failed unexpectedly; the other rules still ran.' },
} as const satisfies Record<string, CatalogueEntry>
