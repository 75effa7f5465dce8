import { describe, expect, it } from 'vitest'
import { platformOf } from './platform.ts'

describe('platformOf', () => {
  it('names the platform of the strings browsers report', () => {
    expect(platformOf('MacIntel')).toBe('mac')
    expect(platformOf('iPad')).toBe('mac')
    expect(platformOf('Win32')).toBe('windows')
    expect(platformOf('Linux x86_64')).toBe('other')
    expect(platformOf('')).toBe('other')
  })
})
