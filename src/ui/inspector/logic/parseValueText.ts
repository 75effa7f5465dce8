/**
 * Reads what the user typed into a `Source` or a `serviceParams` value the way YAML would read it as a
 * flow value: numbers, booleans, null, quoted strings, arrays and objects written as JSON become those
 * values (so `Priority: 1` stays a number); anything else, including every `$…` path, is the text itself,
 * trimmed. Trimming matters while typing: a value sent with a trailing space would be written quoted, and
 * the YAML keeps that style for the rest of the typing; spaces at the ends can still be typed as `" x "`.
 */
export function parseValueText(text: string): unknown {
  const trimmed = text.trim()
  if (trimmed === '' || !/^(-?\d|[[{"]|true$|false$|null$)/.test(trimmed)) return trimmed
  try {
    return JSON.parse(trimmed) as unknown
  } catch {
    return trimmed
  }
}
