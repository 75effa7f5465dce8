/**
 * Random YAML texts near the block subset, for comparing the block reader with the yaml library: odd keys
 * (`-x`, `a#b`, `1`, `<<`), values of every scalar form the core schema resolves (and many it should refuse:
 * tags, anchors, flow collections, block scalars, bad escapes), compact and indented lists, comment lines at
 * any column, blank lines, trailing comments and spaces, CRLF, and random character edits that break things.
 */
export function randomBlockYaml(seed: number): string {
  let s = seed >>> 0 || 1
  const rnd = (n: number) => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0
    return (s >>> 8) % n
  }
  const pick = <T>(a: readonly T[]): T => a[rnd(a.length)]!
  const out: string[] = []
  block(0, rnd(8) === 0 ? '  ' : '', 'map')
  let text = out.join(rnd(6) === 0 ? '\r\n' : '\n') + (rnd(4) ? '\n' : '')
  const edits = rnd(3) === 0 ? 1 + rnd(4) : 0
  for (let m = 0; m < edits; m++) {
    const i = rnd(text.length + 1)
    text = rnd(2) ? text.slice(0, i) + pick(EDITS) + text.slice(i) : text.slice(0, i) + text.slice(i + 1 + rnd(3))
  }
  return text

  /** Mostly values in the subset, so most texts are read by both; now and then one that is not. */
  function value(): string {
    return rnd(40) === 0 ? pick(ODD_VALUES) : pick(VALUES)
  }

  function block(depth: number, indent: string, kind: 'map' | 'seq') {
    const keys = new Set<string>()
    for (let i = 0, n = 1 + rnd(4); i < n; i++) {
      if (rnd(6) === 0) out.push(indent.slice(rnd(indent.length + 1)) + '# comment' + (rnd(2) ? '  ' : ''))
      if (rnd(8) === 0) out.push(rnd(2) ? '' : '   ')
      const eol = rnd(5) === 0 ? '   # tail' : rnd(6) === 0 ? '  ' : ''
      const shape = depth > 2 ? 0 : rnd(kind === 'map' ? 4 : 5)
      if (kind === 'map') {
        const k = rnd(30) === 0 ? pick(ODD_KEYS) : pick(KEYS)
        if (keys.has(k) && rnd(5)) continue
        keys.add(k)
        if (shape === 0) out.push(`${indent}${k}: ${value()}${eol}`)
        else if (shape === 1 && rnd(4) === 0) out.push(`${indent}${k}:${eol}`)
        else {
          out.push(`${indent}${k}:${eol}`)
          const compact = rnd(3) === 0 && shape === 2
          block(depth + 1, compact ? indent : indent + ' '.repeat(1 + rnd(3)), shape === 2 ? 'seq' : 'map')
        }
        continue
      }
      const pad = ' '.repeat(1 + (rnd(4) === 0 ? rnd(3) : 0))
      if (shape === 0) out.push(`${indent}-${pad}${value()}${eol}`)
      else if (shape === 1) out.push(`${indent}-${eol}`)
      else if (shape === 2) {
        const from = out.length
        block(depth + 1, indent + ' ' + pad, 'map')
        const first = out.findIndex((l, j) => j >= from && l.trim() !== '' && !l.trim().startsWith('#'))
        if (first >= 0) out[first] = indent + '-' + pad + out[first]!.slice(indent.length + 1 + pad.length)
      } else {
        out.push(`${indent}-${eol}`)
        block(depth + 1, indent + ' '.repeat(1 + rnd(3)), rnd(2) ? 'map' : 'seq')
      }
    }
  }
}

const KEYS = ['a', 'type', 'name', 'steps', '-x', 'a b', '1', 'true', 'null', 'a#b', '__proto__', 'x:y', 'k', '<<', '?q', 'é', 'a-b', 'a.b']

/** Keys that resolve to the same value as one above (`01` is 1, `~` is null): duplicates for the library. */
const ODD_KEYS = ['~', '01', '1.0', 'True']

const VALUES = [
  'v', 'task', '1', '-1', '+1', '1.50', '1.5', '.5', '1e3', '0x1F', '0o7', '.inf', '-.Inf', '.nan', '~', 'Null', 'NULL', 'null',
  'yes', 'True', 'FALSE', 'false', '"q"', '"a\\nb"', '"\\u00e9"', '"\\/"', "'it''s'", "''", '""', 'a:b', 'a :b', 'x # c', 'x#y',
  '$.a[*].b', 'acs:mns:::/queues/q/messages', 'a [b]', 'a{b}', '-x', '?x', 'é🙂', '007', '12:30', '2019-05-02T15:04:05Z', ' ', '#c',
  '[]', '[ ]', '{}', '[a, b]', '[ x , "y" ]', '{k: v}', '{ k: v , k2: 1 }', '[1, 2.50, true, ~]', '{k: }', "['x']", '[FnF.ALL]  # why',
  '{MessageBody: $, Priority: 1}', '[-1, a b]', '!Ref svc/fn', '!Ref   a b  # c', '!Fn.x-1 1',
]

const ODD_VALUES = [
  '"\\x41"', '{x}y', 'a: b', '[a,]', '[x]x', '[a, [b]]', '{a}', '[a: b]', '[a', '{k: v: w}', '{k:v}', '{"k": 1}', '[a #c]',
  '{k: v, k: w}', '[a, ]', '[ , a]', '[a]  b', '!Ref "q"', '!!str 1', '!Ref', '!e!x y', '!<tag:x> y', '!Ref [a]', '!Ref a: b', '&a x', '*a', '|', '>-', '- x', ': x', '"unterminated', "'un", '"a" b', '"a"#c',
  '@x', '`x', '%x',
]

const EDITS = [
  ' ', '-', ':', '#', '"', "'", '\n', 'x', '  ', '\t', '[', '- ', '\n  ', '\n- ', ': ', ' #', '\\', '?', '&', '*', '!', '|', '>',
  '%', '@', '`', ',', ']', '}', '{', '\r', '\u2028', '\ufeff', '\u0085', '\u00a0', '---', '...', '\n---\n', '\n...\n', '0', '.',
]
