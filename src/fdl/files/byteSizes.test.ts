import { describe, expect, it } from 'vitest'
import { formatBytes, formatLimit, overLimit } from './byteSizes.ts'

const MB = 1024 * 1024

describe('sizes in messages', () => {
  it('writes sizes as people read them', () => {
    expect([formatBytes(1), formatBytes(640), formatBytes(12_700), formatBytes(10 * MB)]).toEqual(['1 byte', '640 bytes', '12.4 KB', '10.0 MB'])
    expect([formatLimit(2 * MB), formatLimit(32 * 1024), formatLimit(1000)]).toEqual(['2 MB', '32 KB', '1000 bytes'])
  })

  it('says what the limit is and by how much it is passed, even when rounding would hide it', () => {
    expect(overLimit(2 * MB + 1, 2 * MB)).toBe('2.0 MB + 1 byte is over the 2 MB limit')
    expect(overLimit(2 * MB + 40 * 1024, 2 * MB)).toBe('2.0 MB + 40.0 KB is over the 2 MB limit')
    expect(overLimit(10 * MB, 2 * MB)).toBe('10.0 MB is over the 2 MB limit')
    expect(overLimit(32 * 1024 + 2, 32 * 1024)).toBe('32.0 KB + 2 bytes is over the 32 KB limit')
    expect(overLimit(null, 4 * MB)).toBe('it is over the 4 MB limit')
  })
})
