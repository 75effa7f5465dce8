import { describe, expect, it } from 'vitest'
import { decodeText, encodeText } from './flowText.ts'

const utf8 = (s: string) => new TextEncoder().encode(s)

describe('decodeText', () => {
  it('reads UTF-8, keeping a byte-order mark so writing gives the same bytes', () => {
    for (const text of ['version: v1\n', '\uFEFFname: café\r\n', '']) {
      const decoded = decodeText(utf8(text))
      expect(decoded).toEqual({ text, encoding: 'utf-8' })
      expect(encodeText(text, 'utf-8')).toEqual(utf8(text))
    }
  })

  it('reads UTF-16 only with its byte-order mark, and writes it back to the same bytes', () => {
    const le = new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0xe9, 0x00, 0x3d, 0xd8, 0x00, 0xde])
    expect(decodeText(le)).toEqual({ text: '\uFEFFaé\u{1F600}', encoding: 'utf-16le' })
    expect(encodeText('\uFEFFaé\u{1F600}', 'utf-16le')).toEqual(le)
    const be = new Uint8Array([0xfe, 0xff, 0x00, 0x61, 0x00, 0xe9])
    expect(decodeText(be)).toEqual({ text: '\uFEFFaé', encoding: 'utf-16be' })
    expect(encodeText('\uFEFFaé', 'utf-16be')).toEqual(be)
  })

  it('refuses binary data: a NUL byte, UTF-16 without a mark, UTF-32, odd UTF-16', () => {
    expect(decodeText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0]))).toEqual({ refused: 'binary' })
    expect(decodeText(new Uint8Array([0x61, 0x00, 0x62, 0x00]))).toEqual({ refused: 'binary' })
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x00, 0x00, 0x61, 0x00, 0x00, 0x00]))).toEqual({ refused: 'binary' })
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x61]))).toEqual({ refused: 'binary' })
  })

  it('refuses text in another 8-bit encoding rather than garbling it', () => {
    expect(decodeText(new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a]))).toEqual({ refused: 'not-utf8' })
  })
})
