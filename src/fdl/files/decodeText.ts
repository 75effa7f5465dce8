/** The encodings a flow file may be in: UTF-8 (with or without a byte-order mark), or UTF-16 with one. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be'

/** Why bytes are not flow text: binary data, or text in an encoding other than the ones above. */
export type TextRefusal = 'binary' | 'not-utf8'

/** A file's text (a byte-order mark kept as its first character, so writing it back gives the same bytes). */
export interface DecodedText {
  readonly text: string
  readonly encoding: TextEncodingName
}

/**
 * Turns a file's bytes into text, or says why they are not text: a NUL character means binary data (no YAML or
 * JSON file holds one), and bytes that are not valid UTF-8 would otherwise be silently replaced by U+FFFD and
 * corrupt the file when it is written back. UTF-16 is recognised only by its byte-order mark (as PowerShell
 * writes it); without one, UTF-16 text holds NUL bytes and counts as binary.
 */
export function decodeText(bytes: Uint8Array): DecodedText | { readonly refused: TextRefusal } {
  const encoding: TextEncodingName = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8'
  if (encoding === 'utf-8' && bytes.includes(0)) return { refused: 'binary' }
  let text: string
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    return { refused: encoding === 'utf-8' ? 'not-utf8' : 'binary' }
  }
  // UTF-32 starts like UTF-16LE (FF FE 00 00) and decodes to text full of NULs.
  if (encoding !== 'utf-8' && text.includes('\0')) return { refused: 'binary' }
  return { text, encoding }
}

/** The bytes of `text` in `encoding`: the inverse of {@link decodeText} (a leading U+FEFF becomes the byte-order mark). */
export function encodeText(text: string, encoding: TextEncodingName): Uint8Array {
  if (encoding === 'utf-8') return new TextEncoder().encode(text)
  const bytes = new Uint8Array(text.length * 2)
  const [high, low] = encoding === 'utf-16le' ? [1, 0] : [0, 1]
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    bytes[2 * i + high] = unit >> 8
    bytes[2 * i + low] = unit & 0xff
  }
  return bytes
}
