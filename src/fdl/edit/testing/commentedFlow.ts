import fc from 'fast-check'

/** The shape of a generated step: a leaf kind, or a container with nested sequences. */
export type Shape =
  | { readonly kind: 'pass' | 'task' | 'wait' }
  | { readonly kind: 'choice'; readonly branches: readonly Shape[][]; readonly def: Shape[] | null }
  | { readonly kind: 'parallel'; readonly branches: readonly Shape[][] }
  | { readonly kind: 'foreach'; readonly body: readonly Shape[] }

/** Random flow shapes: up to three levels of choice / parallel / foreach nesting. */
export const shapeArbitrary: fc.Arbitrary<Shape[]> = fc.letrec<{ step: Shape; seq: Shape[] }>((tie) => ({
  step: fc.oneof(
    { maxDepth: 3, depthIdentifier: 'flow' },
    fc.record({ kind: fc.constantFrom('pass' as const, 'task' as const, 'wait' as const) }),
    fc.record({ kind: fc.constant('choice' as const), branches: fc.array(tie('seq'), { minLength: 1, maxLength: 2 }), def: fc.option(tie('seq'), { nil: null }) }),
    fc.record({ kind: fc.constant('parallel' as const), branches: fc.array(tie('seq'), { minLength: 1, maxLength: 2 }) }),
    fc.record({ kind: fc.constant('foreach' as const), body: tie('seq') }),
  ),
  seq: fc.array(tie('step'), { minLength: 1, maxLength: 3, depthIdentifier: 'flow' }),
})).seq

/**
 * Writes a shape as FDL text with comments whose text names their owner, so a test can tell which
 * comments an edit may remove: `# @S3 above` (above the dash), `# @S3 name` (end of the name line),
 * `# @S3.params` (end of the serviceParams key line), `# @S3 tail` (below the step, indented deeper
 * than its dash). Blank lines, flow-style lists and mappings, and pass steps written as one flow
 * mapping are sprinkled in.
 */
export function writeCommentedFlow(shape: readonly Shape[], eol = '\n'): string {
  let counter = 0
  const lines = ['# Generated flow', 'version: v1', 'type: flow   # @flow', 'steps:']
  const seq = (steps: readonly Shape[], col: number) => steps.forEach((s) => step(s, col))
  const step = (s: Shape, col: number) => {
    const name = `S${++counter}`
    const pad = ' '.repeat(col)
    const key = ' '.repeat(col + 2)
    if (counter % 3 === 0) lines.push('')
    if (s.kind === 'pass' && counter % 4 === 1) {
      lines.push(`${pad}# @${name} above`, `${pad}- {type: pass, name: ${name}}   # @${name} name`, `${key}# @${name} tail`)
      return
    }
    lines.push(`${pad}# @${name} above`, `${pad}- type: ${s.kind}`, `${key}name: ${name}   # @${name} name`)
    if (s.kind === 'task') {
      lines.push(`${key}resourceArn: 'acs:mns:::/queues/q/messages'`, `${key}pattern: waitForCallback`, `${key}inputMappings:`, `${key}  - target: task_token`, `${key}    source: $context.task.token`)
      lines.push(`${key}serviceParams:   # @${name}.params`, `${key}  MessageBody: $`, `${key}  Priority: 1`, `${key}retry:`, `${key}  - errors: [FnF.ALL]`)
    } else if (s.kind === 'wait') {
      lines.push(`${key}duration: 5`)
    } else if (s.kind === 'choice') {
      lines.push(`${key}choices:`)
      s.branches.forEach((b, i) => {
        lines.push(`${key}  - condition: $.v == ${i}`, `${key}    steps:`)
        seq(b, col + 8)
        if (i === 0) lines.push(`${key}    goto: ${name}`)
      })
      if (s.def) {
        lines.push(`${key}default:`, `${key}  steps:`)
        seq(s.def, col + 6)
      }
    } else if (s.kind === 'parallel') {
      lines.push(`${key}branches:`)
      for (const b of s.branches) {
        lines.push(`${key}  - steps:`)
        seq(b, col + 8)
      }
    } else if (s.kind === 'foreach') {
      lines.push(`${key}iterationMapping: {collection: $.items, item: item}`, `${key}steps:`)
      seq(s.body, col + 4)
    }
    lines.push(`${key}# @${name} tail`)
  }
  seq(shape, 2)
  lines.push('# end of flow', '')
  return lines.join(eol)
}

/** The comment lines of a text, trimmed, as a multiset (text → count). */
export function commentCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>()
  for (const line of text.split(/\r?\n/)) {
    const i = line.indexOf('#')
    if (i < 0) continue
    const c = line.slice(i).trim()
    counts.set(c, (counts.get(c) ?? 0) + 1)
  }
  return counts
}
