const ref = (name: string) => ({ $ref: `#/definitions/${name}` })

/** Properties every step type has. */
const base = (type: string, description: string) => ({
  type: { const: type, description },
  name: ref('stepName'),
  inputMappings: { allOf: [ref('mappings')], description: "Builds this step's input from the parent's input (`$input`), the parent's local (`$local`) and `$context`. Without it the input is the parent's input merged with its local." },
  outputMappings: { allOf: [ref('mappings')], description: "Builds this step's output from its own input (`$input`) and result (`$local`); the output is merged into the parent's local." },
})

const path = { type: 'string', pattern: '^\\$[.[]', description: 'A path into the step input, e.g. `$.seconds`.' }

const serviceParams = {
  type: 'object',
  description: 'Request parameters for the integrated service. Values are constants, `$` (the whole mapped input, sent as JSON) or `$.x` (one of its keys).',
  properties: {
    MessageBody: { description: 'MNS: the message body (required). `$` sends the mapped input as JSON text.', default: '$' },
    Priority: { anyOf: [{ type: 'integer', minimum: 1, maximum: 16 }, path], default: 8, description: 'MNS queue: 1 (highest) to 16; MNS uses 8 when left out.' },
    DelaySeconds: { anyOf: [{ type: 'integer', minimum: 0, maximum: 604800 }, path], default: 0, description: 'MNS queue: seconds before the message becomes visible (0-604800).' },
    MessageTag: { description: 'MNS topic: the message tag.' },
    MessageAttributes: { description: 'MNS topic: message attributes (JSON).' },
    Input: { description: 'Child flow: the child execution input; `$` passes the mapped input.', default: '$' },
    ExecutionName: { description: 'Child flow: the child execution name (random when left out).' },
  },
}

/** The schema of each step type, selected by `type` in `definitions.step`. */
export const STEP_SCHEMAS = {
  taskStep: {
    type: 'object',
    additionalProperties: false,
    oneOf: [{ required: ['resourceArn'] }, { required: ['action'] }],
    properties: {
      ...base('task', 'Invokes a Function Compute function, an MNS queue or topic, a child flow, or a cloud API.'),
      resourceArn: {
        // No pattern: deploy-time tags (`!Ref service/function`) hold other text, and `fdl validate` explains ARN mistakes.
        type: 'string',
        description: 'What the task calls: acs:fc:::services/SERVICE/functions/FUNCTION, acs:mns:::/queues/QUEUE/messages, acs:mns:::/topics/TOPIC/messages or acs:fnf:::flow/FLOW. Exactly one of resourceArn and action.',
        examples: ['acs:fc:::services/my-service/functions/my-function', 'acs:mns:::/queues/my-queue/messages', 'acs:mns:::/topics/my-topic/messages', 'acs:fnf:::flow/my-child-flow'],
      },
      action: { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9-]*:[A-Za-z][A-Za-z0-9]*$', description: 'A cloud API to call, as <product>:<ApiName>, e.g. fnf:StartExecution. Exactly one of resourceArn and action.' },
      pattern: {
        enum: ['requestResponse', 'sync', 'waitForCallback'],
        default: 'requestResponse',
        description: 'requestResponse: call and go on. sync: wait for the job (child flows). waitForCallback: wait until ReportTaskSucceeded/Failed is called with `$context.task.token`. FC and MNS take requestResponse or waitForCallback.',
      },
      timeoutSeconds: { type: 'integer', minimum: 1, description: 'An attempt running longer fails with FnF.TaskTimeout.' },
      serviceParams,
      errorMappings: { allOf: [ref('mappings')], description: 'Builds the output when an error is caught, from `$local.error` and `$local.cause`.' },
      retry: { type: 'array', items: ref('retryPolicy'), description: 'Retry policies, tried in order before catch.' },
      catch: { type: 'array', items: ref('catchPolicy'), description: 'Catch policies, tried in order after retries.' },
      end: ref('end'),
    },
  },
  passStep: {
    type: 'object',
    additionalProperties: false,
    properties: { ...base('pass', 'Outputs constants or reshapes data; its own local is empty.'), end: ref('end') },
  },
  waitStep: {
    type: 'object',
    additionalProperties: false,
    oneOf: [{ required: ['duration'] }, { required: ['timestamp'] }],
    properties: {
      ...base('wait', 'Pauses for `duration` seconds or until `timestamp` (at most 2 days).'),
      duration: { anyOf: [{ type: 'integer', minimum: 0, maximum: 172800 }, path], description: 'Whole seconds to wait, or a path such as `$.seconds`.' },
      timestamp: { type: 'string', description: 'An RFC 3339 time (2026-01-01T00:00:00Z) or a path such as `$.until`; a past time finishes at once.' },
      end: ref('end'),
    },
  },
  choiceStep: {
    type: 'object',
    additionalProperties: false,
    required: ['choices'],
    properties: {
      ...base('choice', 'Runs the first branch whose condition holds, else `default`.'),
      choices: {
        type: 'array',
        minItems: 1,
        description: 'Branches tried in order; the first true condition runs its steps, then its goto.',
        items: {
          type: 'object',
          required: ['condition'],
          additionalProperties: false,
          properties: {
            condition: { type: 'string', minLength: 1, description: 'A comparison on the step input, e.g. `$.status == "ready"`, combined with && and ||.' },
            steps: ref('branchSequence'),
            goto: { type: 'string', description: 'A sibling step to jump to after the steps.' },
          },
        },
      },
      default: {
        type: 'object',
        additionalProperties: false,
        description: 'Runs when no condition holds; without it the choice step just ends.',
        properties: { steps: ref('branchSequence'), goto: { type: 'string', description: 'A sibling step to jump to after the steps.' } },
      },
      end: ref('end'),
    },
  },
  parallelStep: {
    type: 'object',
    additionalProperties: false,
    required: ['branches'],
    properties: {
      ...base('parallel', 'Runs its branches at the same time; $local is the array of branch results. Without outputMappings it outputs nothing.'),
      branches: {
        type: 'array',
        minItems: 1,
        maxItems: 100,
        description: 'Up to 100 branches, each a steps list.',
        items: { type: 'object', required: ['steps'], additionalProperties: false, properties: { steps: ref('sequence') } },
      },
      end: ref('end'),
    },
  },
  foreachStep: {
    type: 'object',
    additionalProperties: false,
    required: ['iterationMapping', 'steps'],
    properties: {
      ...base('foreach', 'Runs `steps` once per element of a list, up to 100 at once; $local is the array of results. Without outputMappings it outputs nothing.'),
      iterationMapping: {
        type: 'object',
        required: ['collection', 'item'],
        additionalProperties: false,
        description: 'Which list to iterate and where each element goes.',
        properties: {
          collection: { type: 'string', description: 'Path of the list in the step input, e.g. `$.items`.' },
          item: { type: 'string', description: "The key each element gets in an iteration's input." },
          index: { type: 'string', description: "The key the element's position gets (optional)." },
        },
      },
      steps: { allOf: [ref('sequence')], description: 'The steps run for each element; each iteration has its own local.' },
      end: ref('end'),
    },
  },
  succeedStep: {
    type: 'object',
    additionalProperties: false,
    properties: base('succeed', 'Ends the sequence it is in successfully, like `return`.'),
  },
  failStep: {
    type: 'object',
    additionalProperties: false,
    properties: {
      ...base('fail', 'Ends the sequence with an error that propagates up to the execution.'),
      error: { type: 'string', description: 'The error name, which a parent can catch.' },
      cause: { type: 'string', description: 'A human-readable cause.' },
    },
  },
} as const
