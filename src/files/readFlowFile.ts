import { msg } from '../i18n/Message.ts'
import { documentNameFromFileName } from './fileNames.ts'
import { refused, type Result } from './Result.ts'
import { flowTextProblem, decodeText } from '../fdl/files/flowText.ts'
import { parseFdl, type ParsedFdl } from '../fdl/parse/parseFdl.ts'
import type { Message } from '../i18n/Message.ts'

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

/**
 * What the app opens. Real flows are a few KB (the service caps a definition at 128 KB); 2 MB leaves
 * ample room while keeping a wrong pick (a video, a database dump) from freezing the tab.
 */
export const FILE_LIMITS = {
  maxBytes: 2 * 1024 * 1024,
  extensions: ['.yaml', '.yml', '.json'],
  /** For `<input type=file accept>`, so the picker offers the right files first. */
  accept: '.yaml,.yml,.json,application/json,application/yaml,text/yaml',
} as const

/** A size as people read it: "640 bytes", "12.4 KB", "10.0 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}

/**
 * Decides whether text can be opened as a flow. A flow with mistakes, even YAML syntax errors, opens
 * with its diagnostics so the user can fix it; only text that is empty or plainly not a flow (a list, a
 * sentence, someone's package.json) is refused. `what` names the source in messages, e.g. `"a.yaml"`
 * (a message when the name itself is words to translate, e.g. "The shared link").
 * The decision is the core's (`flowTextProblem`), shared with the `fdl` command.
 */
export function checkFlowText(text: string, what: string | Message): Result<ParsedFdl> {
  const parsed = parseFdl(text)
  const problem = flowTextProblem(parsed)
  if (problem === null) return { ok: true, value: parsed }
  return problem.kind === 'empty'
    ? refused('{what} is empty. Use New to start an empty flow.', { what })
    : refused('{what} is not an FDL flow: {detail}.', { what, detail: problem.text })
}

/**
 * Turns a file's bytes into text, refusing anything that is not UTF-8 text: binary data, and invalid UTF-8 that
 * would otherwise be silently replaced by U+FFFD and corrupt the document on save (the core's `decodeText`
 * decides, as for the `fdl` command). UTF-16 is refused too: saving would write it back as UTF-8. A byte-order
 * mark is kept so saving gives back the same bytes.
 */
export function decodeFileText(bytes: Uint8Array, what: string | Message): Result<string> {
  const decoded = decodeText(bytes)
  if ('refused' in decoded && decoded.refused === 'binary') {
    return refused('{what} is not a text file (it holds binary data), so it was not opened. Open a .yaml, .yml or .json flow.', { what })
  }
  if ('refused' in decoded || decoded.encoding !== 'utf-8') {
    return refused('{what} is not UTF-8 text, so it was not opened. Save it as UTF-8 and open it again.', { what })
  }
  return { ok: true, value: decoded.text }
}
