
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
  // Tokens are ASCII: encode straight from the char codes, without a byte array (one token per task attempt), and
  // into an array of codes made into a string once, not a string grown four characters at a time.
  const length = text.length
  for (let i = 0; i < length; i++) if (text.charCodeAt(i) > 0x7f) return base64Bytes(utf8(text))
  const codes = new Array<number>(Math.ceil(length / 3) * 4)
  let o = 0
  for (let i = 0; i < length; i += 3) {
    const n = (text.charCodeAt(i) << 16) | ((i + 1 < length ? text.charCodeAt(i + 1) : 0) << 8) | (i + 2 < length ? text.charCodeAt(i + 2) : 0)
    codes[o++] = ALPHABET.charCodeAt((n >> 18) & 63)
    codes[o++] = ALPHABET.charCodeAt((n >> 12) & 63)
    codes[o++] = i + 1 < length ? ALPHABET.charCodeAt((n >> 6) & 63) : 61 // '='
    codes[o++] = i + 2 < length ? ALPHABET.charCodeAt(n & 63) : 61
  }
  return fromCodes(codes)
}

/** A string from char codes, in slices: `apply` takes only so many arguments (a long message body may be encoded). */
export function fromCodes(codes: readonly number[]): string {
  const SLICE = 8192
  if (codes.length <= SLICE) return String.fromCharCode.apply(null, codes as number[])
  let out = ''
  for (let i = 0; i < codes.length; i += SLICE) out += String.fromCharCode.apply(null, codes.slice(i, i + SLICE))
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

const S = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21]
const K = Array.from({ length: 64 }, (_, i) => Math.floor(Math.abs(Math.sin(i + 1)) * 2 ** 32) >>> 0)

/**
 * MD5 of the UTF-8 text, upper-case hex, as MNS reports `MessageBodyMD5` (REFERENCE §12.2). Only for display
 * and `$local` of send tasks; never for security.
 */
export function md5(text: string): string {
  const bytes = utf8(text)
  const bitLen = bytes.length * 8
  bytes.push(0x80)
  while (bytes.length % 64 !== 56) bytes.push(0)
  for (let i = 0; i < 8; i++) bytes.push(i < 4 ? (bitLen >>> (8 * i)) & 255 : Math.floor(bitLen / 2 ** (8 * i)) & 255)
  let a0 = 0x67452301
  let b0 = 0xefcdab89
  let c0 = 0x98badcfe
  let d0 = 0x10325476
  for (let off = 0; off < bytes.length; off += 64) {
    const m: number[] = []
    for (let i = 0; i < 16; i++) m.push(bytes[off + i * 4]! | (bytes[off + i * 4 + 1]! << 8) | (bytes[off + i * 4 + 2]! << 16) | (bytes[off + i * 4 + 3]! << 24))
    let [a, b, c, d] = [a0, b0, c0, d0]
    for (let i = 0; i < 64; i++) {
      const r = Math.floor(i / 16)
      const f = r === 0 ? (b & c) | (~b & d) : r === 1 ? (d & b) | (~d & c) : r === 2 ? b ^ c ^ d : c ^ (b | ~d)
      const g = r === 0 ? i : r === 1 ? (5 * i + 1) % 16 : r === 2 ? (3 * i + 5) % 16 : (7 * i) % 16
      const sum = (a + f + K[i]! + m[g]!) | 0
      const sh = S[r * 4 + (i % 4)]!
      ;[a, d, c] = [d, c, b]
      b = (b + ((sum << sh) | (sum >>> (32 - sh)))) | 0
    }
    a0 = (a0 + a) | 0
    b0 = (b0 + b) | 0
    c0 = (c0 + c) | 0
    d0 = (d0 + d) | 0
  }
  return [a0, b0, c0, d0].map((w) => [0, 8, 16, 24].map((s) => ((w >>> s) & 255).toString(16).padStart(2, '0')).join('')).join('').toUpperCase()
}
