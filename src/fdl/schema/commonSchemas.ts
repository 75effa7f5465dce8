/** Error names the reference documents, offered for completion; any other name is allowed too. */
const ERROR_NAMES = [
  'FnF.ALL', 'FnF.TaskTimeout', 'FnF.RuntimeError', 'FnF.InvalidLocal',
  'FC.ResourceThrottled', 'FC.ResourceExhausted', 'FC.InternalServerError', 'FC.Unknown', 'FC.ServerError',
  'FC.ServiceNotFound', 'FC.FunctionNotFound', 'FC.InvalidArgument',
]

const errors = {
  type: 'array',
  description: 'Error names this policy handles, matched exactly; `FnF.ALL` matches every error.',
  minItems: 1,
  items: { anyOf: [{ enum: ERROR_NAMES }, { type: 'string', minLength: 1 }] },
}

/** Schema definitions shared by several step types: mappings, retry and catch policies, names and `end`. */
export const COMMON_SCHEMAS = {
  stepName: {
    type: 'string',
    minLength: 1,
    maxLength: 128,
    pattern: '^[A-Za-z0-9_-]+$',
    description: 'The step name: unique in the whole flow, and what `goto` refers to. Letters, digits, `_` and `-`.',
  },
  end: {
    type: 'boolean',
    default: false,
    description: 'When true, the steps listed after this one in the same `steps` list do not run.',
  },
  mapping: {
    type: 'object',
    required: ['target'],
    additionalProperties: false,
    properties: {
      target: { type: 'string', minLength: 1, description: 'The key this row writes.' },
      source: {
        description: 'A path when it is a string starting with `$input`, `$local` or `$context` (e.g. `$input.orderId`, `$local[*].result`, `$context.task.token`); any other value is a constant.',
        examples: ['$input.key', '$local.key', '$context.task.token', '$local[*].result'],
      },
    },
  },
  mappings: {
    type: 'array',
    description: 'Rows of `{target, source}`; each row writes one key.',
    items: { $ref: '#/definitions/mapping' },
  },
  retryPolicy: {
    type: 'object',
    required: ['errors'],
    additionalProperties: false,
    properties: {
      errors,
      intervalSeconds: { type: 'integer', minimum: 0, maximum: 86400, default: 1, description: 'Seconds before the first retry.' },
      maxIntervalSeconds: { type: 'integer', minimum: 0, maximum: 86400, default: 86400, description: 'The longest wait between retries.' },
      maxAttempts: { type: 'integer', minimum: 0, default: 3, description: 'The most retries.' },
      multiplier: { type: 'number', exclusiveMinimum: 0, default: 2, description: 'Each wait is the previous one times this.' },
    },
    description: 'Retries the task when one of `errors` occurs; policies are tried in order.',
  },
  catchPolicy: {
    type: 'object',
    required: ['errors', 'goto'],
    additionalProperties: false,
    properties: {
      errors,
      goto: { type: 'string', minLength: 1, description: 'The sibling step (same `steps` list) to run next.' },
    },
    description: 'After retries, jumps to `goto` when one of `errors` occurs; policies are tried in order.',
  },
  sequence: {
    type: 'array',
    minItems: 1,
    description: 'Steps that run one after another.',
    items: { $ref: '#/definitions/step' },
  },
  // A choice branch (or default) may have no steps: it then only jumps to its goto, or the choice ends. The
  // validator says the same; a parallel branch, a foreach and the flow itself need at least one step.
  branchSequence: {
    type: 'array',
    description: 'Steps this branch runs, one after another; may be empty (the branch then only takes its goto).',
    items: { $ref: '#/definitions/step' },
  },
} as const
