import { parseCondition } from '../../../fdl/condition/parseCondition.ts'
import { msg } from '../../../i18n/Message.ts'
import type { FieldCheck } from '../fields/Section.tsx'
import { parsePath } from '../../../fdl/paths/parsePath.ts'
import { parseValueText } from './valueText.ts'
import type { Flow } from '../../../fdl/model/Flow.ts'
import type { JsonPath } from '../../../fdl/model/jsonPaths.ts'
import { collectSteps } from './stepLookup.ts'
import { samePath } from '../../../fdl/model/jsonPaths.ts'
import type { Message } from '../../../i18n/Message.ts'

/**
 * Checks a choice `Condition` with the simulator's own parser, so the form flags a syntax slip (with its
 * column) while the user types; the condition is still written, since the text is the user's.
 */
export function checkCondition(text: string): FieldCheck {
  if (text.trim() === '') return { warning: msg('A choice needs a condition, e.g. $.status == "ready".') }
  const parsed = parseCondition(text)
  return parsed.ok ? {} : { warning: msg('Column {column}: {detail}', { column: parsed.error.column, detail: parsed.error.text }) }
}

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

/** How a mapping `source` will be read by the service (REFERENCE §3.3). */
export type SourceKind = 'path' | 'constant' | 'unconfirmed-path'

/**
 * A string starting with `$input`, `$local` or `$context` is a path, anything else a constant; `$.x` is
 * seen in one official doc but its meaning in mappings is unconfirmed, so the form flags it.
 */
export function classifySource(source: unknown): SourceKind {
  if (typeof source !== 'string') return 'constant'
  if (/^\$(input|local|context)(?![A-Za-z0-9_])/.test(source)) return 'path'
  if (source.startsWith('$')) return 'unconfirmed-path'
  return 'constant'
}

/** The recommended (not enforced by the service) name rule of REFERENCE §1.2. */
const NAME_RULE = /^[A-Za-z_][A-Za-z0-9_-]{0,127}$/

/**
 * What the Name field says about a proposed name: an error blocks the rename (empty, or the name is taken);
 * a warning lets it through and says why the service may reject it.
 */
export type NameCheck = FieldCheck

/**
 * Checks a new name for the step at `path`: names are unique across the whole flow at any depth (the
 * service's graph renderer rejects duplicates, REFERENCE §1.2), so a taken name is blocked, not sent.
 */
export function validateStepName(flow: Flow, path: JsonPath, name: string): NameCheck {
  if (name.trim() === '') return { error: msg('A step needs a name.') }
  const clash = collectSteps(flow).find((s) => s.name === name && !samePath(s.path, path))
  if (clash) return { error: msg('Another step is already called “{name}”; step names must be unique in the flow.', { name }) }
  if (!NAME_RULE.test(name)) {
    return { warning: msg('Use letters, digits, _ and -, starting with a letter or _ (at most 128 characters).') }
  }
  return {}
}

/**
 * The message of a simulator's evaluation error (a path or condition that cannot be evaluated), to quote inside
 * the inspector's own messages: its `text`, or for the few errors only the engine makes (a wait step's
 * duration), its English, which the catalogue translates when it knows it.
 */
export function coreText(error: { readonly message: string; readonly text?: Message }): Message {
  return error.text ?? { text: error.message }
}
