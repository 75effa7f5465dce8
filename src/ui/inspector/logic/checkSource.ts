import { parsePath } from '../../../fdl/paths/parsePath.ts'
import { msg } from '../../../i18n/Message.ts'
import type { FieldCheck } from '../fields/FieldCheck.ts'
import { classifySource } from './classifySource.ts'
import { parseValueText } from './parseValueText.ts'

/**
 * Checks a typed mapping `Source`: a path must parse (the simulator's own path parser, REFERENCE §3.4), and
 * a `$…` that is not `$input` / `$local` / `$context` is flagged, since the service may read it as a constant.
 */
export function checkSource(text: string): FieldCheck {
  const source = parseValueText(text)
  const kind = classifySource(source)
  if (kind === 'constant' || typeof source !== 'string') return {}
  const parsed = parsePath(source)
  if (!parsed.ok) return { warning: msg('Not a valid path: {detail}', { detail: parsed.error.text }) }
  return kind === 'unconfirmed-path' ? { warning: msg('Only $input, $local and $context paths are documented here; prefer $input.x.') } : {}
}
