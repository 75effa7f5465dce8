import { describe, expect, it } from 'vitest'
import { md5, base64Text } from './bytes.ts'
import { parseTimestamp } from './time.ts'

describe('md5', () => {
  it('matches the RFC 1321 test vectors', () => {
    expect(md5('')).toBe('D41D8CD98F00B204E9800998ECF8427E')
    expect(md5('abc')).toBe('900150983CD24FB0D6963F7D28E17F72')
    expect(md5('12345678901234567890123456789012345678901234567890123456789012345678901234567890')).toBe('57EDF4A22BE3C955AC49DA2E2107B67A')
  })
})

describe('base64Text', () => {
  it('encodes UTF-8 like the standard alphabet with padding', () => {
    expect(base64Text('v1#a#b#5#sig')).toBe('djEjYSNiIzUjc2ln')
    expect(base64Text('é')).toBe('w6k=')
  })

  it('encodes every padding case and bodies longer than one slice of char codes as Node does', () => {
    // Node's Buffer is the reference here only: the simulator itself must run without it.
    const long = Array.from({ length: 30_001 }, (_, i) => String.fromCharCode(32 + (i % 95))).join('')
    for (const text of ['', 'a', 'ab', 'abc', long, `${long}é`]) expect(base64Text(text)).toBe(Buffer.from(text, 'utf8').toString('base64'))
  })
})

describe('parseTimestamp', () => {
  it('reads RFC 3339 and refuses other date shapes', () => {
    expect(parseTimestamp('2019-05-02T15:04:05Z')).toBe(Date.UTC(2019, 4, 2, 15, 4, 5))
    expect(parseTimestamp('2019-05-02T17:04:05+02:00')).toBe(Date.UTC(2019, 4, 2, 15, 4, 5))
    expect(parseTimestamp('May 2, 2019')).toBeNull()
    expect(parseTimestamp('2019-13-02T15:04:05Z')).toBeNull()
  })
})
