import { formatMessage, msg, type Message } from '../../i18n/Message.ts'

/** Where a path starts: a mapping scope variable, or `$` (the step input in conditions and serviceParams). */
export type PathRoot = 'input' | 'local' | 'context' | '$'

/** One step down a path: a field, an array index, or `[*]` (every element). */
export type PathSegment =
  | { readonly kind: 'field'; readonly name: string }
  | { readonly kind: 'index'; readonly index: number }
  | { readonly kind: 'wildcard' }

/** A path read once and evaluated many times (the engine caches these by their text). */
export interface CompiledPath {
  readonly text: string
  readonly root: PathRoot
  readonly segments: readonly PathSegment[]
  /** True when a `[*]` occurs: the value is then always a (flattened) list. */
  readonly wildcard: boolean
}

/** Why a path could not be read, with the 1-based column of the problem. */
export interface PathSyntaxError {
  /** In English (the simulator's errors, the CLI). */
  readonly message: string
  /** The same, for the app to say in the person's language. */
  readonly text: Message
  readonly column: number
}

const ROOTS: readonly PathRoot[] = ['input', 'local', 'context']
// A field name runs until the next `.`, `[` or whitespace; keys with other punctuation use ['...'].
const FIELD = /^[^.[\]\s'"]+/

/**
 * Reads the JSONPath subset of REFERENCE §3.4: `$input` / `$local` / `$context` / `$`, then `.field`,
 * `[n]`, `[*]` and `['key']` / `["key"]`. Filters, slices and `..` are not part of FDL and are rejected.
 */
export function parsePath(text: string): ParsedPath {
  let parsed = readPaths.get(text)
  if (parsed === undefined) {
    if (readPaths.size >= READ_PATHS_LIMIT) readPaths.clear()
    parsed = readPath(text)
    readPaths.set(text, parsed)
  }
  return parsed
}

/** What {@link parsePath} gives: the compiled path, or why the text is not one. */
export type ParsedPath = { readonly ok: true; readonly path: CompiledPath } | { readonly ok: false; readonly error: PathSyntaxError }

/**
 * Paths already read, by text. A flow repeats a few sources (`$input.key`, `$context.task.token`) hundreds of
 * times and the validator reads them all on every edit; the result is immutable, so each text is read once.
 * Cleared when full rather than ordered by use: a flow holds far fewer distinct paths than this.
 */
const readPaths = new Map<string, ParsedPath>()
const READ_PATHS_LIMIT = 4096

function readPath(text: string): ParsedPath {
  if (!text.startsWith('$')) return fail(msg('A path starts with `$input`, `$local`, `$context` or `$`.'), 1)
  let pos = 1
  let root: PathRoot = '$'
  for (const r of ROOTS) {
    if (text.startsWith(r, 1) && !/[A-Za-z0-9_]/.test(text.charAt(1 + r.length))) {
      root = r
      pos = 1 + r.length
      break
    }
  }
  if (root === '$' && /[A-Za-z0-9_]/.test(text.charAt(1))) {
    const variable = text.slice(0, 1 + (/^[A-Za-z0-9_]+/.exec(text.slice(1))?.[0].length ?? 0))
    return fail(msg('Unknown variable `{variable}`: use $input, $local, $context or $.', { variable }), 2)
  }
  const segments: PathSegment[] = []
  let wildcard = false
  while (pos < text.length) {
    const c = text.charAt(pos)
    if (c === '.') {
      const m = FIELD.exec(text.slice(pos + 1))
      if (!m) return fail(msg('Expected a field name after `.` at column {column}.', { column: pos + 2 }), pos + 2)
      if (m[0] === '*') return fail(msg('Use `[*]` for every element; `.*` is not supported in FDL paths.'), pos + 2)
      segments.push({ kind: 'field', name: m[0] })
      pos += 1 + m[0].length
    } else if (c === '[') {
      const close = text.indexOf(']', pos)
      if (close < 0) return fail(msg('Missing `]` for the `[` at column {column}.', { column: pos + 1 }), pos + 1)
      const inner = text.slice(pos + 1, close).trim()
      const seg = bracketSegment(inner)
      if (!seg) return fail(msg('`[{inner}]` is not supported: use an index like [0], [*] or a quoted key like [\'name\'].', { inner }), pos + 1)
      if (seg.kind === 'wildcard') wildcard = true
      segments.push(seg)
      pos = close + 1
    } else {
      return fail(msg('Unexpected `{char}` at column {column}; fields are written `.name` or `[0]`.', { char: c, column: pos + 1 }), pos + 1)
    }
  }
  return { ok: true, path: { text, root, segments, wildcard } }
}

/**
 * How a path that does not parse is reported, by the validator before a run and by the simulator when a run
 * reaches it: one wording in both places.
 */
export function pathSyntaxText(text: string, error: PathSyntaxError): Message {
  return msg('Invalid path `{path}`: {problem}', { path: text, problem: error.text })
}

/** {@link pathSyntaxText} in English. */
export function pathSyntaxMessage(text: string, error: PathSyntaxError): string {
  return formatMessage(pathSyntaxText(text, error))
}

/**
 * How a mapping `source` reads (REFERENCE §3.3): `variable` for one starting with the whole word `$input`,
 * `$local` or `$context` (`$inputs.x` is constant text, as the service takes it); `dollar` for `$`, `$.x` and
 * `$[…]` (read from the parent input or taken as text, by the `dollarSource` option); null for a constant.
 */
export function sourcePathKind(source: unknown): 'variable' | 'dollar' | null {
  if (typeof source !== 'string' || source.charCodeAt(0) !== 36 /* $ */) return null
  if (/^\$(input|local|context)(?![A-Za-z0-9_])/.test(source)) return 'variable'
  return source === '$' || source.startsWith('$.') || source.startsWith('$[') ? 'dollar' : null
}

/** What the inside of `[...]` means, or null when it is something FDL does not support. */
function bracketSegment(inner: string): PathSegment | null {
  if (inner === '*') return { kind: 'wildcard' }
  if (/^\d+$/.test(inner)) return { kind: 'index', index: Number(inner) }
  const q = /^'([^']*)'$|^"([^"]*)"$/.exec(inner)
  if (q) return { kind: 'field', name: q[1] ?? q[2] ?? '' }
  return null
}

function fail(text: Message, column: number) {
  return { ok: false as const, error: { message: formatMessage(text), text, column } }
}
