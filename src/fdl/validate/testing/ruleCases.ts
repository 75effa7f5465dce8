import type { JsonPath } from '../../model/jsonPaths.ts'
import { yamlText as y } from '../../testing/yamlText.ts'

/** One rule's test: a text that breaks it (and where), and the nearest text that keeps it. */
export interface RuleCase {
  readonly bad: string
  readonly at: { readonly line: number; readonly column: number; readonly path: JsonPath }
  readonly good: string
}

const head = 'version: v1\ntype: flow\nsteps:\n'
/** A flow whose `steps` are the given YAML lines (written at two-space indentation). */
const steps = (lines: string) => head + lines
const passA = '  - type: pass\n    name: a\n'
/** Indents every non-empty line, to nest a snippet one level deeper. */
const indent = (text: string, by: number) => text.replace(/^(?=.)/gm, ' '.repeat(by))
const queue = 'acs:mns:::/queues/q1/messages'
const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefgh'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefg'[i]}`).join(', ')}]`)].join('\n')
const branches = (n: number) => Array.from({ length: n }, (_, i) => `      - steps:\n          - type: pass\n            name: p${i}\n`).join('')
const parallel = (n: number) => steps(`  - type: parallel\n    name: par\n    branches:\n${branches(n)}    outputMappings:\n      - target: r\n        source: $local\n`)

/**
 * For every code the parser and validator emit (except the two last-resort codes, tested on their own), a
 * failing and a passing example. `ruleCatalogue.test.ts` runs them and checks the table covers the catalogue.
 */
export const RULE_CASES: Readonly<Record<string, RuleCase>> = {
  'yaml-syntax': { bad: 'version: v1\ntype: flow\nsteps: [\n', at: { line: 4, column: 1, path: [] }, good: steps(passA) },
  'yaml-warning': { bad: '%FOO bar\n---\n' + steps(passA), at: { line: 1, column: 1, path: [] }, good: '---\n' + steps(passA) },
  'yaml-tag': {
    bad: steps('  - type: task\n    name: t\n    resourceArn: !Ref svc/fn\n'),
    at: { line: 6, column: 23, path: ['steps', 0, 'resourceArn'] },
    good: steps('  - type: task\n    name: t\n    resourceArn: acs:fc:::services/svc/functions/fn\n'),
  },
  'yaml-alias-unresolved': { bad: steps(passA + '    inputMappings: *rows\n'), at: { line: 6, column: 20, path: [] }, good: 'rows: &rows []\n' + steps(passA) + 'extra: *rows\n' },
  'yaml-too-deep': { bad: steps(passA) + 'extra: ' + '['.repeat(300), at: { line: 6, column: 264, path: [] }, good: steps(passA) },
  'yaml-too-complex': { bad: steps(passA) + bomb, at: { line: 1, column: 1, path: [] }, good: steps(passA) + 'a: &a [x]\nb: *a\n' },
  'document-too-large': { bad: steps(passA) + '#' + 'x'.repeat(4_200_000), at: { line: 1, column: 1, path: [] }, good: steps(passA) + '#' + 'x'.repeat(1000) },
  'definition-too-large': { bad: steps(passA) + '# ' + 'é'.repeat(600_000), at: { line: 1, column: 1, path: [] }, good: steps(passA) + '# ' + 'x'.repeat(600_000) },
  'empty-document': { bad: '# nothing yet\n', at: { line: 1, column: 1, path: [] }, good: steps(passA) },
  'not-a-flow': { bad: '- type: pass\n  name: a\n', at: { line: 1, column: 1, path: [] }, good: steps(passA) },
  'field-type': { bad: steps(passA) + 'timeoutSeconds: soon\n', at: { line: 6, column: 17, path: ['timeoutSeconds'] }, good: steps(passA) + 'timeoutSeconds: 60\n' },
  'unknown-key': { bad: steps(passA + '    colour: red\n'), at: { line: 6, column: 5, path: ['steps', 0, 'colour'] }, good: steps(passA) },
  'unknown-step-type': { bad: steps('  - type: loop\n    name: l\n'), at: { line: 4, column: 11, path: ['steps', 0, 'type'] }, good: steps('  - type: pass\n    name: l\n') },
  'step-not-mapping': { bad: steps('  - just text\n'), at: { line: 4, column: 5, path: ['steps', 0] }, good: steps(passA) },
  'version-missing': { bad: 'type: flow\nsteps:\n' + passA, at: { line: 1, column: 1, path: [] }, good: steps(passA) },
  'version-invalid': { bad: 'version: v2\ntype: flow\nsteps:\n' + passA, at: { line: 1, column: 10, path: ['version'] }, good: 'version: v1beta1\ntype: flow\nsteps:\n' + passA },
  'type-missing': { bad: 'version: v1\nsteps:\n' + passA, at: { line: 1, column: 1, path: [] }, good: steps(passA) },
  'type-invalid': { bad: 'version: v1\ntype: StateMachine\nsteps:\n' + passA, at: { line: 2, column: 7, path: ['type'] }, good: steps(passA) },
  'steps-missing': { bad: head.replace('steps:\n', 'steps: []\n'), at: { line: 3, column: 1, path: ['steps'] }, good: steps(passA) },
  'timeout-invalid': {
    bad: steps(`  - type: task\n    name: t\n    resourceArn: ${queue}\n    timeoutSeconds: 0\n    serviceParams:\n      MessageBody: $\n`),
    at: { line: 7, column: 21, path: ['steps', 0, 'timeoutSeconds'] },
    good: steps(`  - type: task\n    name: t\n    resourceArn: ${queue}\n    timeoutSeconds: 30\n    serviceParams:\n      MessageBody: $\n`),
  },
  'step-type-missing': { bad: steps('  - name: a\n'), at: { line: 4, column: 5, path: ['steps', 0] }, good: steps(passA) },
  'step-name-missing': { bad: steps('  - type: pass\n'), at: { line: 4, column: 5, path: ['steps', 0] }, good: steps(passA) },
  'step-name-duplicate': {
    bad: steps(indent(y`
      - type: choice
        name: c
        choices:
          - condition: $.ok
            steps:
              - type: pass
                name: c
    `, 2)),
    at: { line: 10, column: 19, path: ['steps', 0, 'choices', 0, 'steps', 0, 'name'] },
    good: steps(indent(y`
      - type: choice
        name: c
        choices:
          - condition: $.ok
            steps:
              - type: pass
                name: c2
    `, 2)),
  },
  'step-name-format': { bad: steps('  - type: pass\n    name: my step\n'), at: { line: 5, column: 11, path: ['steps', 0, 'name'] }, good: steps('  - type: pass\n    name: my_step\n') },
  'task-only-field': {
    bad: steps(passA + '    retry:\n      - errors: [FnF.ALL]\n'),
    at: { line: 6, column: 5, path: ['steps', 0, 'retry'] },
    good: steps(passA),
  },
  'unreachable-step': {
    bad: steps('  - type: succeed\n    name: done\n' + passA),
    at: { line: 6, column: 5, path: ['steps', 1] },
    good: steps('  - type: succeed\n    name: done\n'),
  },
  'fall-through-into-handler': {
    bad: steps(`  - type: task\n    name: work\n    resourceArn: acs:fc:::services/s/functions/f\n    catch:\n      - errors: [FnF.ALL]\n        goto: handler\n  - type: pass\n    name: more\n  - type: pass\n    name: handler\n`),
    at: { line: 12, column: 5, path: ['steps', 2] },
    good: steps(`  - type: task\n    name: work\n    resourceArn: acs:fc:::services/s/functions/f\n    catch:\n      - errors: [FnF.ALL]\n        goto: handler\n  - type: pass\n    name: more\n    end: true\n  - type: pass\n    name: handler\n`),
  },
  'task-target-missing': { bad: steps('  - type: task\n    name: t\n'), at: { line: 4, column: 5, path: ['steps', 0] }, good: steps('  - type: task\n    name: t\n    action: fnf:StartExecution\n') },
  'task-target-both': {
    bad: steps('  - type: task\n    name: t\n    resourceArn: acs:fnf:::flow/child\n    action: fnf:StartExecution\n'),
    at: { line: 7, column: 5, path: ['steps', 0, 'action'] },
    good: steps('  - type: task\n    name: t\n    resourceArn: acs:fnf:::flow/child\n'),
  },
  'resource-arn-malformed': {
    bad: steps('  - type: task\n    name: t\n    resourceArn: acs:fc:::functions/f\n'),
    at: { line: 6, column: 18, path: ['steps', 0, 'resourceArn'] },
    good: steps('  - type: task\n    name: t\n    resourceArn: acs:fc:::services/s/functions/f\n'),
  },
  'resource-arn-placeholder': {
    bad: steps('  - type: task\n    name: t\n    resourceArn: acs:fc:{region}:{account}:services/s/functions/f\n'),
    at: { line: 6, column: 18, path: ['steps', 0, 'resourceArn'] },
    good: steps('  - type: task\n    name: t\n    resourceArn: acs:fc:cn-hangzhou:123:services/s/functions/f\n'),
  },
  'action-malformed': { bad: steps('  - type: task\n    name: t\n    action: StartExecution\n'), at: { line: 6, column: 13, path: ['steps', 0, 'action'] }, good: steps('  - type: task\n    name: t\n    action: fnf:StartExecution\n') },
  'pattern-invalid': {
    bad: steps('  - type: task\n    name: t\n    resourceArn: acs:fnf:::flow/child\n    pattern: async\n'),
    at: { line: 7, column: 14, path: ['steps', 0, 'pattern'] },
    good: steps('  - type: task\n    name: t\n    resourceArn: acs:fnf:::flow/child\n    pattern: sync\n'),
  },
  'pattern-unsupported': {
    bad: steps('  - type: task\n    name: t\n    resourceArn: acs:fc:::services/s/functions/f\n    pattern: sync\n'),
    at: { line: 7, column: 14, path: ['steps', 0, 'pattern'] },
    good: steps('  - type: task\n    name: t\n    resourceArn: acs:fc:::services/s/functions/f\n    pattern: requestResponse\n'),
  },
  'pattern-unconfirmed': {
    bad: steps('  - type: task\n    name: t\n    action: fnf:StartExecution\n    pattern: sync\n'),
    at: { line: 7, column: 14, path: ['steps', 0, 'pattern'] },
    good: steps('  - type: task\n    name: t\n    action: fnf:StartExecution\n'),
  },
  'mns-message-body-missing': {
    bad: steps(`  - type: task\n    name: t\n    resourceArn: ${queue}\n    serviceParams:\n      Priority: 1\n`),
    at: { line: 7, column: 5, path: ['steps', 0, 'serviceParams'] },
    good: steps(`  - type: task\n    name: t\n    resourceArn: ${queue}\n    serviceParams:\n      MessageBody: $\n      Priority: 1\n`),
  },
  'mns-priority-invalid': {
    bad: steps(`  - type: task\n    name: t\n    resourceArn: ${queue}\n    serviceParams:\n      MessageBody: $\n      Priority: 17\n`),
    at: { line: 9, column: 17, path: ['steps', 0, 'serviceParams', 'Priority'] },
    good: steps(`  - type: task\n    name: t\n    resourceArn: ${queue}\n    serviceParams:\n      MessageBody: $\n      Priority: 16\n`),
  },
  'mns-delay-invalid': {
    bad: steps(`  - type: task\n    name: t\n    resourceArn: ${queue}\n    serviceParams:\n      MessageBody: $\n      DelaySeconds: 604801\n`),
    at: { line: 9, column: 21, path: ['steps', 0, 'serviceParams', 'DelaySeconds'] },
    good: steps(`  - type: task\n    name: t\n    resourceArn: ${queue}\n    serviceParams:\n      MessageBody: $\n      DelaySeconds: 604800\n`),
  },
  'callback-token-missing': {
    bad: steps(`  - type: task\n    name: t\n    resourceArn: ${queue}\n    pattern: waitForCallback\n    inputMappings:\n      - target: key\n        source: value\n    serviceParams:\n      MessageBody: $\n`),
    at: { line: 7, column: 14, path: ['steps', 0, 'pattern'] },
    good: steps(`  - type: task\n    name: t\n    resourceArn: ${queue}\n    pattern: waitForCallback\n    inputMappings:\n      - target: task_token\n        source: $context.task.token\n    serviceParams:\n      MessageBody: $\n`),
  },
  'task-token-outside-callback': {
    bad: steps(`  - type: task\n    name: t\n    resourceArn: ${queue}\n    inputMappings:\n      - target: task_token\n        source: $context.task.token\n    serviceParams:\n      MessageBody: $\n`),
    at: { line: 9, column: 17, path: ['steps', 0, 'inputMappings', 0, 'source'] },
    good: steps(`  - type: task\n    name: t\n    resourceArn: ${queue}\n    pattern: waitForCallback\n    inputMappings:\n      - target: task_token\n        source: $context.task.token\n    serviceParams:\n      MessageBody: $\n`),
  },
  'service-param-unmapped': {
    bad: steps(`  - type: task\n    name: t\n    resourceArn: acs:fnf:::flow/child\n    inputMappings:\n      - target: name\n        source: $input.name\n    serviceParams:\n      ExecutionName: $.childName\n`),
    at: { line: 11, column: 22, path: ['steps', 0, 'serviceParams', 'ExecutionName'] },
    good: steps(`  - type: task\n    name: t\n    resourceArn: acs:fnf:::flow/child\n    inputMappings:\n      - target: childName\n        source: $input.name\n    serviceParams:\n      ExecutionName: $.childName\n`),
  },
  'mapping-target-missing': {
    bad: steps(passA + '    outputMappings:\n      - source: 1\n'),
    at: { line: 7, column: 9, path: ['steps', 0, 'outputMappings', 0] },
    good: steps(passA + '    outputMappings:\n      - target: n\n        source: 1\n'),
  },
  'mapping-dollar-source': {
    bad: steps(passA + '    inputMappings:\n      - target: x\n        source: $.x\n'),
    at: { line: 8, column: 17, path: ['steps', 0, 'inputMappings', 0, 'source'] },
    good: steps(passA + '    inputMappings:\n      - target: x\n        source: $input.x\n'),
  },
  'mapping-source-unknown-root': {
    bad: steps(passA + '    inputMappings:\n      - target: x\n        source: $inptu.x\n'),
    at: { line: 8, column: 17, path: ['steps', 0, 'inputMappings', 0, 'source'] },
    good: steps(passA + '    inputMappings:\n      - target: x\n        source: $input.x\n'),
  },
  'wait-time-missing': { bad: steps('  - type: wait\n    name: w\n'), at: { line: 4, column: 5, path: ['steps', 0] }, good: steps('  - type: wait\n    name: w\n    duration: 10\n') },
  'wait-time-both': {
    bad: steps('  - type: wait\n    name: w\n    duration: 10\n    timestamp: 2026-01-01T00:00:00Z\n'),
    at: { line: 7, column: 5, path: ['steps', 0, 'timestamp'] },
    good: steps('  - type: wait\n    name: w\n    timestamp: 2026-01-01T00:00:00Z\n'),
  },
  'wait-duration-invalid': { bad: steps('  - type: wait\n    name: w\n    duration: 10s\n'), at: { line: 6, column: 15, path: ['steps', 0, 'duration'] }, good: steps('  - type: wait\n    name: w\n    duration: $.seconds\n') },
  'wait-timestamp-invalid': {
    bad: steps('  - type: wait\n    name: w\n    timestamp: 2026-13-01 08:00\n'),
    at: { line: 6, column: 16, path: ['steps', 0, 'timestamp'] },
    good: steps('  - type: wait\n    name: w\n    timestamp: 2026-12-01T08:00:00+08:00\n'),
  },
  'wait-too-long': { bad: steps('  - type: wait\n    name: w\n    duration: 172801\n'), at: { line: 6, column: 15, path: ['steps', 0, 'duration'] }, good: steps('  - type: wait\n    name: w\n    duration: 172800\n') },
  'choice-choices-missing': {
    bad: steps('  - type: choice\n    name: c\n    default:\n      goto: c\n'),
    at: { line: 4, column: 5, path: ['steps', 0] },
    good: steps('  - type: choice\n    name: c\n    choices:\n      - condition: $.x > 1\n'),
  },
  'choice-condition-missing': {
    bad: steps('  - type: choice\n    name: c\n    choices:\n      - goto: c\n'),
    at: { line: 7, column: 9, path: ['steps', 0, 'choices', 0] },
    good: steps('  - type: choice\n    name: c\n    choices:\n      - condition: $.again\n        goto: c\n'),
  },
  'condition-invalid': {
    bad: steps('  - type: choice\n    name: c\n    choices:\n      - condition: $.x ==\n        goto: c\n'),
    at: { line: 7, column: 20, path: ['steps', 0, 'choices', 0, 'condition'] },
    good: steps('  - type: choice\n    name: c\n    choices:\n      - condition: $.x == 1\n        goto: c\n'),
  },
  'path-invalid': {
    bad: steps('  - type: pass\n    name: a\n    inputMappings:\n      - target: x\n        source: $input.items[\n'),
    at: { line: 8, column: 17, path: ['steps', 0, 'inputMappings', 0, 'source'] },
    good: steps('  - type: pass\n    name: a\n    inputMappings:\n      - target: x\n        source: $input.items[0]\n'),
  },
  'condition-too-complex': {
    bad: steps(`  - type: choice\n    name: c\n    choices:\n      - condition: ${'('.repeat(65)}$.x${')'.repeat(65)}\n        goto: c\n`),
    at: { line: 7, column: 20, path: ['steps', 0, 'choices', 0, 'condition'] },
    good: steps(`  - type: choice\n    name: c\n    choices:\n      - condition: ${'('.repeat(64)}$.x${')'.repeat(64)}\n        goto: c\n`),
  },
  'parallel-branches-missing': {
    bad: steps('  - type: parallel\n    name: par\n    branches: []\n    outputMappings:\n      - target: r\n        source: $local\n'),
    at: { line: 4, column: 5, path: ['steps', 0] },
    good: parallel(1),
  },
  'parallel-branch-steps-missing': {
    bad: steps('  - type: parallel\n    name: par\n    branches:\n      - steps: []\n    outputMappings:\n      - target: r\n        source: $local\n'),
    at: { line: 7, column: 9, path: ['steps', 0, 'branches', 0] },
    good: parallel(1),
  },
  'parallel-too-many-branches': { bad: parallel(101), at: { line: 6, column: 5, path: ['steps', 0, 'branches'] }, good: parallel(100) },
  'foreach-collection-invalid': {
    bad: steps('  - type: foreach\n    name: each\n    iterationMapping:\n      collection: $input.xs\n      item: x\n' + '    steps:\n' + indent(passA, 4) + '    outputMappings:\n      - target: r\n        source: $local\n'),
    at: { line: 7, column: 19, path: ['steps', 0, 'iterationMapping', 'collection'] },
    good: steps('  - type: foreach\n    name: each\n    iterationMapping:\n      collection: $.xs\n      item: x\n' + '    steps:\n' + indent(passA, 4) + '    outputMappings:\n      - target: r\n        source: $local\n'),
  },
  'foreach-collection-missing': {
    bad: steps('  - type: foreach\n    name: each\n    iterationMapping:\n      item: x\n' + '    steps:\n' + indent(passA, 4) + '    outputMappings:\n      - target: r\n        source: $local\n'),
    at: { line: 6, column: 5, path: ['steps', 0, 'iterationMapping'] },
    good: steps('  - type: foreach\n    name: each\n    iterationMapping:\n      collection: $.xs\n      item: x\n' + '    steps:\n' + indent(passA, 4) + '    outputMappings:\n      - target: r\n        source: $local\n'),
  },
  'foreach-item-missing': {
    bad: steps('  - type: foreach\n    name: each\n    iterationMapping:\n      collection: $.xs\n' + '    steps:\n' + indent(passA, 4) + '    outputMappings:\n      - target: r\n        source: $local\n'),
    at: { line: 6, column: 5, path: ['steps', 0, 'iterationMapping'] },
    good: steps('  - type: foreach\n    name: each\n    iterationMapping:\n      collection: $.xs\n      item: x\n' + '    steps:\n' + indent(passA, 4) + '    outputMappings:\n      - target: r\n        source: $local\n'),
  },
  'foreach-steps-missing': {
    bad: steps('  - type: foreach\n    name: each\n    iterationMapping:\n      collection: $.xs\n      item: x\n    outputMappings:\n      - target: r\n        source: $local\n'),
    at: { line: 4, column: 5, path: ['steps', 0] },
    good: steps('  - type: foreach\n    name: each\n    iterationMapping:\n      collection: $.xs\n      item: x\n' + '    steps:\n' + indent(passA, 4) + '    outputMappings:\n      - target: r\n        source: $local\n'),
  },
  'results-dropped': {
    bad: steps('  - type: parallel\n    name: par\n    branches:\n' + branches(1)),
    at: { line: 4, column: 5, path: ['steps', 0] },
    good: parallel(1),
  },
  'goto-unknown-step': {
    bad: steps('  - type: choice\n    name: c\n    choices:\n      - condition: $.done\n        goto: fianl\n  - type: succeed\n    name: final\n'),
    at: { line: 8, column: 15, path: ['steps', 0, 'choices', 0, 'goto'] },
    good: steps('  - type: choice\n    name: c\n    choices:\n      - condition: $.done\n        goto: final\n  - type: succeed\n    name: final\n'),
  },
  'goto-not-sibling': {
    bad: steps('  - type: choice\n    name: c\n    choices:\n      - condition: $.done\n        steps:\n          - type: pass\n            name: inner\n    default:\n      goto: inner\n'),
    at: { line: 12, column: 13, path: ['steps', 0, 'default', 'goto'] },
    good: steps('  - type: choice\n    name: c\n    choices:\n      - condition: $.done\n        steps:\n          - type: pass\n            name: inner\n    default:\n      goto: after\n  - type: pass\n    name: after\n'),
  },
  'retry-errors-missing': {
    bad: steps('  - type: task\n    name: t\n    resourceArn: acs:fc:::services/s/functions/f\n    retry:\n      - maxAttempts: 3\n'),
    at: { line: 8, column: 9, path: ['steps', 0, 'retry', 0] },
    good: steps('  - type: task\n    name: t\n    resourceArn: acs:fc:::services/s/functions/f\n    retry:\n      - errors: [FC.ResourceThrottled]\n        maxAttempts: 3\n'),
  },
  'retry-interval-too-long': {
    bad: steps('  - type: task\n    name: t\n    resourceArn: acs:fc:::services/s/functions/f\n    retry:\n      - errors: [FnF.ALL]\n        maxIntervalSeconds: 86401\n'),
    at: { line: 9, column: 29, path: ['steps', 0, 'retry', 0, 'maxIntervalSeconds'] },
    good: steps('  - type: task\n    name: t\n    resourceArn: acs:fc:::services/s/functions/f\n    retry:\n      - errors: [FnF.ALL]\n        maxIntervalSeconds: 86400\n'),
  },
  'retry-value-invalid': {
    bad: steps('  - type: task\n    name: t\n    resourceArn: acs:fc:::services/s/functions/f\n    retry:\n      - errors: [FnF.ALL]\n        maxAttempts: 2.5\n'),
    at: { line: 9, column: 22, path: ['steps', 0, 'retry', 0, 'maxAttempts'] },
    good: steps('  - type: task\n    name: t\n    resourceArn: acs:fc:::services/s/functions/f\n    retry:\n      - errors: [FnF.ALL]\n        maxAttempts: 2\n'),
  },
  'catch-errors-missing': {
    bad: steps('  - type: task\n    name: t\n    resourceArn: acs:fc:::services/s/functions/f\n    catch:\n      - errors: []\n        goto: oops\n  - type: fail\n    name: oops\n'),
    at: { line: 8, column: 9, path: ['steps', 0, 'catch', 0, 'errors'] },
    good: steps('  - type: task\n    name: t\n    resourceArn: acs:fc:::services/s/functions/f\n    catch:\n      - errors: [FnF.ALL]\n        goto: oops\n  - type: fail\n    name: oops\n'),
  },
  'catch-goto-missing': {
    bad: steps('  - type: task\n    name: t\n    resourceArn: acs:fc:::services/s/functions/f\n    catch:\n      - errors: [FnF.ALL]\n  - type: fail\n    name: oops\n'),
    at: { line: 8, column: 9, path: ['steps', 0, 'catch', 0] },
    good: steps('  - type: task\n    name: t\n    resourceArn: acs:fc:::services/s/functions/f\n    catch:\n      - errors: [FnF.ALL]\n        goto: oops\n  - type: fail\n    name: oops\n'),
  },
}
