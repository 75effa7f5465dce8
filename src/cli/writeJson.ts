/**
 * Streaming JSON output for `--json`: the same text as `JSON.stringify(value, null, 2)` followed by a newline,
 * written in pieces, so a result far larger than one JavaScript string (V8 stops near 512 MB: a simulation with
 * the service limits lifted reaches gigabytes) still prints, and memory stays bounded by the pieces in flight.
 */

/** Where streamed text goes: `write` as on a stream; `drain` resolves once the reader has caught up. */
export interface JsonSink {
  readonly stdout: (text: string) => void
  readonly drain?: () => Promise<void>
}

// Pieces are gathered to about this size before a write, and the sink is drained between writes.
const CHUNK = 1 << 16

/**
 * Writes `value` as `JSON.stringify(value, null, 2) + '\n'`. Arrays and objects are opened down to `depth`
 * levels (the result object, its `events` list, each event); below that each value is one native stringify,
 * re-indented, which is where the speed is.
 */
export async function writeJson(value: unknown, sink: JsonSink, depth = 2): Promise<void> {
  let buffer = ''
  for (const piece of jsonPieces(value, depth, '', '')) {
    buffer += piece
    if (buffer.length >= CHUNK) {
      sink.stdout(buffer)
      buffer = ''
      await sink.drain?.()
    }
  }
  sink.stdout(`${buffer}\n`)
  await sink.drain?.()
}

/** The pieces of `JSON.stringify(value, null, 2)` for a value at `indent`; `undefined` where stringify omits it. */
export function* jsonPieces(value: unknown, depth: number, indent: string, key: string): Generator<string> {
  yield* piecesOf(toJsonValue(value, key), depth, indent)
}

/** As {@link jsonPieces}, for a value whose `toJSON` has already been applied (stringify calls it once). */
function* piecesOf(v: unknown, depth: number, indent: string): Generator<string> {
  if (depth <= 0 || v === null || typeof v !== 'object') {
    const text = JSON.stringify(v, null, 2)
    // Only the opening line sits at the caller's position; the rest moves in by the caller's indent.
    yield text === undefined ? 'null' : indent === '' ? text : text.replaceAll('\n', `\n${indent}`)
    return
  }
  const inner = `${indent}  `
  if (Array.isArray(v)) {
    if (v.length === 0) return void (yield '[]')
    yield '['
    for (let i = 0; i < v.length; i++) {
      yield `${i === 0 ? '' : ','}\n${inner}`
      yield* jsonPieces(v[i], depth - 1, inner, String(i))
    }
    yield `\n${indent}]`
    return
  }
  let first = true
  for (const [k, item] of Object.entries(v)) {
    const it = toJsonValue(item, k)
    // As JSON.stringify: keys whose value has no JSON form are left out of objects.
    if (it === undefined || typeof it === 'function' || typeof it === 'symbol') continue
    yield `${first ? '{' : ','}\n${inner}${JSON.stringify(k)}: `
    first = false
    yield* piecesOf(it, depth - 1, inner)
  }
  yield first ? '{}' : `\n${indent}}`
}

/** What JSON.stringify would serialise for `value` under `key` (its `toJSON`, if any). */
function toJsonValue(value: unknown, key: string): unknown {
  if (value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    return (value as { toJSON: (k: string) => unknown }).toJSON(key)
  }
  return value
}
