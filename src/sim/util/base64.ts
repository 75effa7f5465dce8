const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/** Standard base64 of bytes; written out because `src/sim` must not depend on Node's Buffer or the DOM. */
export function base64Bytes(bytes: readonly number[]): string {
  let out = ''
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!
    const b = bytes[i + 1]
    const c = bytes[i + 2]
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0)
    out += ALPHABET.charAt((n >> 18) & 63) + ALPHABET.charAt((n >> 12) & 63)
    out += b === undefined ? '=' : ALPHABET.charAt((n >> 6) & 63)
    out += c === undefined ? '=' : ALPHABET.charAt(n & 63)
  }
  return out
}

/** Base64 of the UTF-8 bytes of a string (task tokens, optional message-body encoding). */
export function base64Text(text: string): string {
  // Tokens are ASCII: encode straight from the char codes, without a byte array (one token per task attempt).
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return base64Bytes(utf8(text))
  let out = ''
  for (let i = 0; i < text.length; i += 3) {
    const n = (text.charCodeAt(i) << 16) | ((i + 1 < text.length ? text.charCodeAt(i + 1) : 0) << 8) | (i + 2 < text.length ? text.charCodeAt(i + 2) : 0)
    out += ALPHABET.charAt((n >> 18) & 63) + ALPHABET.charAt((n >> 12) & 63)
    out += i + 1 < text.length ? ALPHABET.charAt((n >> 6) & 63) : '='
    out += i + 2 < text.length ? ALPHABET.charAt(n & 63) : '='
  }
  return out
}

/** UTF-8 encoding without TextEncoder (kept dependency-free and identical in every runtime). */
export function utf8(text: string): number[] {
  const out: number[] = []
  for (const ch of text) {
    const cp = ch.codePointAt(0)!
    if (cp < 0x80) out.push(cp)
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63))
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63))
    else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63))
  }
  return out
}
