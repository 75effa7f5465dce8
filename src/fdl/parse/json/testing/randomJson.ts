/**
 * Random JSON texts for comparing the JSON reader with the yaml library: FDL-like objects with keys and values
 * of every form (escapes, surrogates, `__proto__`, numbers in every notation, `-0`, `1e400`), laid out compact,
 * pretty with 2 or 4 spaces or tabs, with CRLF, or with breaks in odd places; and random character edits that
 * make it not JSON (comments, trailing commas, single quotes, unquoted keys, duplicate keys, text after it).
 */
export function randomJson(seed: number): string {
  let s = seed >>> 0 || 1
  const rnd = (n: number) => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0
    return (s >>> 8) % n
  }
  const pick = <T>(a: readonly T[]): T => a[rnd(a.length)]!
  const layout = rnd(6)
  const unit = pick(['  ', '    ', '\t'])
  const br = rnd(6) === 0 ? '\r\n' : '\n'
  let text = (rnd(8) === 0 ? pick([' ', '\n', br + br]) : '') + object(0) + (rnd(3) ? br : rnd(2) ? '' : '  ' + br + br)
  const edits = rnd(3) === 0 ? 1 + rnd(3) : 0
  for (let m = 0; m < edits; m++) {
    const i = rnd(text.length + 1)
    text = rnd(2) ? text.slice(0, i) + pick(EDITS) + text.slice(i) : text.slice(0, i) + text.slice(i + 1 + rnd(3))
  }
  return text

  function gap(depth: number): string {
    if (layout === 0) return ''
    if (layout === 5) return pick(['', ' ', br, br + unit, ' ' + br + ' '])
    return br + unit.repeat(depth)
  }

  function object(depth: number): string {
    const n = depth > 3 ? rnd(2) : rnd(5)
    const keys: string[] = []
    for (let i = 0; i < n; i++) {
      let k = rnd(25) === 0 ? pick(ODD_KEYS) : pick(KEYS)
      if (keys.includes(k) && rnd(6)) k += String(i)
      keys.push(k)
    }
    if (keys.length === 0) return rnd(3) === 0 ? `{${gap(depth)}}` : '{}'
    const colon = layout === 0 ? ':' : rnd(12) === 0 ? ' : ' : ': '
    const entries = keys.map((k) => `${gap(depth + 1)}${JSON.stringify(k)}${colon}${value(depth + 1)}`)
    return `{${entries.join(',')}${gap(depth)}}`
  }

  function array(depth: number): string {
    const n = depth > 3 ? rnd(2) : rnd(4)
    if (n === 0) return '[]'
    const items = Array.from({ length: n }, () => `${gap(depth + 1)}${value(depth + 1)}`)
    return `[${items.join(',')}${gap(depth)}]`
  }

  function value(depth: number): string {
    const r = rnd(10)
    if (r === 0 && depth < 5) return object(depth)
    if (r === 1 && depth < 5) return array(depth)
    if (r === 2) return pick(NUMBERS)
    if (r === 3) return pick(['true', 'false', 'null'])
    return rnd(6) === 0 ? pick(ODD_STRINGS) : JSON.stringify(pick(STRINGS))
  }
}

const KEYS = ['version', 'type', 'name', 'steps', 'resourceArn', 'pattern', 'serviceParams', 'MessageBody', 'Priority', 'inputMappings', 'target', 'source', 'end', 'goto', 'retry', 'errors']
const ODD_KEYS = ['', '__proto__', 'constructor', 'a b', 'a: b', '#x', '-', '?', 'é', '1', 'true', 'null', '\u00e9\u4e2d', 'a"b', 'back\\slash', 'x'.repeat(1100)]
const STRINGS = ['v1', 'flow', 'pass', 'task', 'acs:mns:::/queues/jobs/messages', 'waitForCallback', '$context.task.token', '$', '$.a', '', ' lead', 'trail ', 'a # b', 'a: b', '- x', '!Ref x', '&a', '*a', '{x}', '[1]', '1', 'true', 'null', '~', 'yes', '0x10', '1e3', '.5', '中文', '\u{1F600}']
/** Literal JSON text of strings with escapes, some of which the library reads differently from JSON.parse. */
const ODD_STRINGS = ['"a\\nb"', '"tab\\there"', '"quote \\" in"', '"slash \\/"', '"\\u00e9"', '"\\ud83d\\ude00"', '"\\ud83d"', '"\\u0000"', '"back\\\\"', '"\\b\\f\\r"', '"raw\ttab"', '"\\x41"', '"\\e"', '"a\\ b"']
const NUMBERS = ['0', '-0', '1', '-1', '10', '1.5', '0.0', '1.50', '-1.5e-3', '1e3', '1E3', '1e+3', '2.5E-10', '1e400', '-1e400', '12345678901234567890', '9007199254740993', '0.1', '01', '1.', '.5', '+1', '-', '1e', 'NaN', 'Infinity']
const EDITS = [',', '}', ']', '{', '[', ':', '"', "'", '#', '// c', '/* c */', ' ', '\n', '\t', 'x', '\\', '\u00a0', '\ufeff', '\r', 'null', '-', '&a ', '!t ', '---\n']
