/**
 * Reads what the user typed into a `Source` or a `serviceParams` value the way YAML would read it as a
 * flow value: numbers, booleans, null, quoted strings, arrays and objects written as JSON become those
 * values (so `Priority: 1` stays a number); anything else, including every `$…` path, is the text itself.
 */
export function parseValueText(text: string): unknown {
  if (text.startsWith('$')) return text
  const trimmed = text.trim()
  if (trimmed === '' || !/^(-?\d|[[{"]|true$|false$|null$)/.test(trimmed)) return text
  try {
    return JSON.parse(trimmed) as unknown
  } catch {
    return text
  }
}
