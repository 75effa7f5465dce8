import { fileNameFor } from '../../files/fileNames.ts'
import { msg, type Message } from '../../i18n/Message.ts'
import { currentT } from '../i18n/language.ts'

/** The parts of the File System Access API used here; not yet in TypeScript's DOM library. */
interface WritableHandle extends FileSystemFileHandle {
  queryPermission?(options: { mode: 'readwrite' }): Promise<PermissionState>
  requestPermission?(options: { mode: 'readwrite' }): Promise<PermissionState>
}
type SavePicker = (options: { suggestedName: string; types: { description: string; accept: Record<string, string[]> }[] }) => Promise<WritableHandle>

/** How a save ended: written to a file, the user cancelled the picker, or the API is missing or refused. */
export type SaveOutcome =
  | { readonly kind: 'saved'; readonly handle: FileSystemFileHandle }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'unsupported'; readonly reason: Message | null }

/**
 * Saves the text back to the file it came from (or, the first time, to a file the user picks) with the
 * File System Access API, where the browser has it. The caller falls back to a download on
 * `unsupported`; `reason` explains a refusal worth telling the user about.
 */
export async function saveToFileHandle(text: string, documentName: string, handle: FileSystemFileHandle | null): Promise<SaveOutcome> {
  const picker = (globalThis as { showSaveFilePicker?: SavePicker }).showSaveFilePicker
  if (handle === null && typeof picker !== 'function') return { kind: 'unsupported', reason: null }
  try {
    // The picker's list of file types shows the description: in the current language.
    const description = currentT()('FDL flow')
    const target = (handle as WritableHandle | null) ?? (await picker!({ suggestedName: fileNameFor(documentName, 'yaml'), types: [{ description, accept: { 'application/yaml': ['.yaml', '.yml'], 'application/json': ['.json'] } }] }))
    const granted = (await target.queryPermission?.({ mode: 'readwrite' })) === 'granted' || (await target.requestPermission?.({ mode: 'readwrite' })) === 'granted'
    if (!granted && target.queryPermission) return { kind: 'unsupported', reason: msg('The browser did not allow writing to {file}, so it was downloaded instead.', { file: target.name }) }
    const writable = await target.createWritable()
    await writable.write(text)
    await writable.close()
    return { kind: 'saved', handle: target }
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return { kind: 'cancelled' }
    // The browser's own words for the error, as it gave them.
    return { kind: 'unsupported', reason: msg('Could not write the file ({reason}), so it was downloaded instead.', { reason: error instanceof Error ? error.message : String(error) }) }
  }
}
