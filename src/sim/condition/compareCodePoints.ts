/**
 * Orders two strings by Unicode code point, as the service's conditions order strings (REFERENCE §4; Go, Java's
 * `String.compareTo` on code points and byte-wise UTF-8 all agree on it). JavaScript's `<` compares UTF-16 code
 * units instead, which puts a character above U+FFFF (stored as a surrogate pair, 0xD800-0xDBFF first) before
 * U+E000-U+FFFF characters such as `～` (U+FF5E) or private-use ones. Returns <0, 0 or >0.
 */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length)
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i)
    const y = b.charCodeAt(i)
    // At the first difference, a high surrogate reads as the whole code point it starts (a low one as itself).
    if (x !== y) return a.codePointAt(i)! - b.codePointAt(i)!
  }
  return a.length - b.length
}
