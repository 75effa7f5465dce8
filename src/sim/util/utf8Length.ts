const NON_ASCII = /[\u0080-\uffff]/

/**
 * Bytes of `text` in UTF-8, without encoding it (the simulator is pure TypeScript: no TextEncoder or Buffer). A
 * surrogate pair is one 4-byte character; a lone surrogate counts as the 3-byte replacement character it becomes.
 */
export function utf8Length(text: string): number {
  // Most data is ASCII: one native scan answers it, instead of a loop over every character.
  if (!NON_ASCII.test(text)) return text.length
  let n = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x80) n += 1
    else if (c < 0x800) n += 2
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4
      i++
    } else n += 3
  }
  return n
}

/** UTF-8 bytes of a value as the service stores it: compact JSON (`undefined` counts as nothing). */
export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value)
  return text === undefined ? 0 : utf8Length(text)
}
