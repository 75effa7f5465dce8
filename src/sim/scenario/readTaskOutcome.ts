import { msg, type Message } from '../../i18n/Message.ts'
import { problemAt } from './problemAt.ts'
import type { TaskOutcome } from './Scenario.ts'

/**
 * Reads one scenario outcome entry: `{succeed: value}`, `{fail: {error, cause}}` or `{timeout: true}`, each
 * with an optional `after` (seconds; absent means the default duration). Returns the problem (prefixed by
 * `where`) instead of throwing.
 */
export function readTaskOutcome(entry: unknown, where: string): TaskOutcome | Message {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return problemAt(where, msg('must be {succeed: …}, {fail: {error, cause}} or {timeout: true}'))
  const e = entry as Record<string, unknown>
  const kinds = ['succeed', 'fail', 'timeout'].filter((k) => k in e)
  if (kinds.length !== 1) return problemAt(where, msg('give exactly one of succeed, fail or timeout'))
  for (const k of Object.keys(e)) if (!['succeed', 'fail', 'timeout', 'after'].includes(k)) return problemAt(`${where}.${k}`, msg('unknown key (known: {keys})', { keys: 'succeed, fail, timeout, after' }))
  const after = e.after as number | undefined
  if (after !== undefined && (typeof after !== 'number' || !Number.isFinite(after) || after < 0)) return problemAt(`${where}.after`, msg('must be a non-negative number of seconds'))
  if (kinds[0] === 'succeed') return { kind: 'succeed', output: e.succeed ?? {}, after }
  if (kinds[0] === 'timeout') {
    if (e.timeout !== true) return problemAt(`${where}.timeout`, msg('must be true'))
    return { kind: 'timeout', after }
  }
  const f = e.fail
  if (typeof f === 'string') return { kind: 'fail', error: f, cause: '', after }
  if (typeof f !== 'object' || f === null || Array.isArray(f)) return problemAt(`${where}.fail`, msg('must be {error, cause}'))
  const { error, cause } = f as Record<string, unknown>
  if (typeof error !== 'string' || error.length === 0) return problemAt(`${where}.fail.error`, msg('must be a non-empty error name'))
  if (cause !== undefined && typeof cause !== 'string') return problemAt(`${where}.fail.cause`, msg('must be text'))
  return { kind: 'fail', error, cause: cause ?? '', after }
}
