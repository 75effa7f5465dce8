/** The document name a file opens under: its name without the folder and the .yaml / .yml / .json ending. */
export function documentNameFromFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName
  const name = base.replace(/\.(ya?ml|json)$/i, '').trim()
  return name === '' ? 'Untitled flow' : name
}
