import { describe, expect, it } from 'vitest'
import { documentNameFromFileName, fileNameFor } from './fileNames.ts'
import { formatBytes } from './readFlowFile.ts'

describe('file and document names', () => {
  it('names a document after its file, without folder or extension', () => {
    expect(documentNameFromFileName('mns-callback.yaml')).toBe('mns-callback')
    expect(documentNameFromFileName('C:\\flows\\Order flow.YML')).toBe('Order flow')
    expect(documentNameFromFileName('.yaml')).toBe('Untitled flow')
  })

  it('names downloads after the document, safe on every file system', () => {
    expect(fileNameFor('mns-callback', 'yaml')).toBe('mns-callback.yaml')
    expect(fileNameFor('order.yaml', 'json')).toBe('order.json')
    expect(fileNameFor('a/b: <c>?', 'svg')).toBe('a-b- -c.svg')
    expect(fileNameFor('  ..  ', 'png')).toBe('flow.png')
    expect(fileNameFor('x'.repeat(300), 'yaml')).toHaveLength(125)
  })

  it('writes sizes the way people read them', () => {
    expect(formatBytes(640)).toBe('640 bytes')
    expect(formatBytes(12_700)).toBe('12.4 KB')
    expect(formatBytes(10 * 1024 * 1024)).toBe('10.0 MB')
  })
})
