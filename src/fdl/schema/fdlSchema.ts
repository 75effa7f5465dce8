import { STEP_TYPES } from '../model/Step.ts'
import { COMMON_SCHEMAS } from './commonSchemas.ts'
import { STEP_SCHEMAS } from './stepSchemas.ts'

const STEP_DESCRIPTIONS: Record<(typeof STEP_TYPES)[number], string> = {
  task: 'task: call a function, a queue or topic, a child flow or a cloud API',
  pass: 'pass: output constants or reshape data',
  wait: 'wait: pause for some seconds or until a time',
  choice: 'choice: branch on a condition',
  parallel: 'parallel: run branches at the same time',
  foreach: 'foreach: run steps for each element of a list',
  succeed: 'succeed: end the sequence successfully',
  fail: 'fail: end the sequence with an error',
}

/**
 * The JSON Schema (draft-07) of an FDL v1 flow: every key of every step type with a description, enum and
 * default, so an editor (the designer's code pane, or VS Code through `yaml.schemas`) can complete, explain
 * and check a definition. Served as `public/fdl.schema.json` and printed by `fdl schema`; the schema is the
 * structural part of the rules, and `fdl validate` adds the rest (goto targets, patterns per integration…).
 */
export const FDL_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://fdl-studio.invalid/fdl.schema.json',
  title: 'Serverless Workflow FDL flow (v1)',
  description: 'A flow definition for Alibaba Cloud Serverless Workflow (FnF), `version: v1`, `type: flow`.',
  type: 'object',
  required: ['version', 'type', 'steps'],
  additionalProperties: false,
  properties: {
    version: { enum: ['v1', 'v1beta1'], default: 'v1', description: 'The language version: v1 (v1beta1, used by older samples, means the same).' },
    type: { const: 'flow', default: 'flow', description: 'Always `flow`.' },
    name: { type: 'string', description: 'Optional; the flow resource name is set when the flow is created, not here.' },
    timeoutSeconds: { type: 'integer', minimum: 1, description: 'The whole execution times out after this many seconds.' },
    inputMappings: { allOf: [{ $ref: '#/definitions/mappings' }], description: 'Builds the flow input from the execution input (`$input`).' },
    outputMappings: { allOf: [{ $ref: '#/definitions/mappings' }], description: 'Builds the execution output from the flow input (`$input`) and local (`$local`); without it the output is the local.' },
    steps: { allOf: [{ $ref: '#/definitions/sequence' }], description: 'The top-level steps, run in order.' },
  },
  definitions: {
    ...COMMON_SCHEMAS,
    step: {
      type: 'object',
      required: ['type', 'name'],
      description: 'One step; `type` says which kind.',
      properties: {
        type: { enum: [...STEP_TYPES], description: STEP_TYPES.map((t) => STEP_DESCRIPTIONS[t]).join('; ') + '.' },
        name: { $ref: '#/definitions/stepName' },
      },
      allOf: STEP_TYPES.map((t) => ({
        if: { properties: { type: { const: t } }, required: ['type'] },
        then: { $ref: `#/definitions/${t}Step` },
      })),
    },
    ...STEP_SCHEMAS,
  },
} as const
