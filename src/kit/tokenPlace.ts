import type { TaskStep } from '../fdl/model/Step.ts'

/**
 * Where a waitForCallback MNS task puts its task token in the message body, as a key path, or why a worker
 * cannot find it. The body is the mapped input only with `MessageBody: $` (REFERENCE §15.3); the token is under
 * the target of the input mapping that reads `$context.task.token` (or `$context.task` / `$context`, one or two
 * levels up).
 */
export function tokenPlace(task: TaskStep): { readonly path: readonly string[] } | { readonly reason: string } {
  const row = (task.inputMappings ?? []).find((m) => typeof m.source === 'string' && /^\$context(\.task(\.token)?)?$/.test(m.source.trim()))
  if (row === undefined) return { reason: `task \`${task.name}\` passes no task token (no input mapping reads \`$context.task.token\`), so a worker could never report back` }
  const body = task.serviceParams?.['MessageBody']
  if (body !== '$') {
    return { reason: `task \`${task.name}\` sends \`MessageBody: ${JSON.stringify(body) ?? 'nothing'}\`, not \`$\`, so the token it maps to \`${row.target}\` is not known to be in the message` }
  }
  const rest = { '$context.task.token': [], '$context.task': ['token'], '$context': ['task', 'token'] }[(row.source as string).trim()] ?? []
  return { path: [row.target, ...rest] }
}
