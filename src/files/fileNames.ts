
/** The document name a file opens under: its name without the folder and the .yaml / .yml / .json ending. */
export function documentNameFromFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName
  const name = base.replace(/\.(ya?ml|json)$/i, '').trim()
  return name === '' ? 'Untitled flow' : name
}

/** Characters that Windows, macOS or Linux refuse in file names, and control characters. */
// oxlint-disable-next-line no-control-regex -- control characters are exactly what must go
const UNSAFE = /[<>:"/\\|?*\u0000-\u001f\u007f]+/g

/**
 * The file name a download gets: the document's name made safe for every file system, with the given
 * extension (`yaml`, `json`, `png`, `svg`). A name that already ends in a flow extension is not doubled.
 */
export function fileNameFor(documentName: string, extension: string): string {
  const cleaned = documentName
    .replace(/\.(ya?ml|json)$/i, '')
    .replace(UNSAFE, '-')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.-]+|[\s.-]+$/g, '')
    .slice(0, 120)
  return `${cleaned === '' ? 'flow' : cleaned}.${extension}`
}
