import type { ParsedFdl } from '../fdl/parse/parseFdl.ts'
import { msg } from '../i18n/Message.ts'
import { checkFlowText } from './checkFlowText.ts'
import { decodeFileText } from './decodeFileText.ts'
import { documentNameFromFileName } from './documentNameFromFileName.ts'
import { FILE_LIMITS } from './FILE_LIMITS.ts'
import { formatBytes } from './formatBytes.ts'
import { refused, type Result } from './Result.ts'

/** A file accepted for opening: the exact text, its parse, and the name the document gets. */
export interface OpenedFile {
  readonly fileName: string
  readonly documentName: string
  readonly text: string
  readonly parsed: ParsedFdl
}

/** What a browser `File` offers that opening needs (a Node `File` or `Blob` with a name works too). */
export interface FileLike {
  readonly name: string
  readonly size: number
  arrayBuffer(): Promise<ArrayBuffer>
}

/**
 * Reads a file the user picked or dropped into a document, or says why not: wrong extension, too big
 * (checked before reading, so a 10 MB drop cannot stall the tab), binary, not UTF-8, or not a flow.
 * A flow with errors opens, with its diagnostics.
 */
export async function readFlowFile(file: FileLike): Promise<Result<OpenedFile>> {
  // The file name in quotes; a message, so the quotes can be the reader's language's own.
  const what = msg('"{file}"', { file: file.name })
  const lower = file.name.toLowerCase()
  if (!FILE_LIMITS.extensions.some((ext) => lower.endsWith(ext))) {
    return refused('{what} is not an FDL file, so it was not opened. Open a .yaml, .yml or .json flow.', { what })
  }
  if (file.size > FILE_LIMITS.maxBytes) {
    return refused('{what} is {size}; FDL Studio opens flows up to {limit}, so it was not opened. Is it the right file?', {
      what,
      size: formatBytes(file.size),
      limit: formatBytes(FILE_LIMITS.maxBytes),
    })
  }
  let bytes: Uint8Array
  try {
    bytes = new Uint8Array(await file.arrayBuffer())
  } catch {
    return refused('{what} could not be read (it may have been moved or deleted). Try opening it again.', { what })
  }
  const text = decodeFileText(bytes, what)
  if (!text.ok) return text
  const parsed = checkFlowText(text.value, what)
  if (!parsed.ok) return parsed
  return { ok: true, value: { fileName: file.name, documentName: documentNameFromFileName(file.name), text: text.value, parsed: parsed.value } }
}
