import type { Zippable } from 'fflate'
import type { KitFile } from '../../kit/KitModel.ts'

/**
 * The kit as one zip, every file under `folder/`; scripts keep their executable bit. fflate is loaded on
 * the first download only, so it costs the page nothing until then.
 */
export async function zipKit(folder: string, files: readonly KitFile[]): Promise<Blob> {
  const { strToU8, zipSync } = await import('fflate')
  const entries: Zippable = {}
  // Unix permissions in the upper half of the external attributes, with os 3 (Unix), as zip tools read them.
  for (const f of files) entries[`${folder}/${f.path}`] = [strToU8(f.text), { os: 3, attrs: (f.path.endsWith('.sh') ? 0o100755 : 0o100644) << 16 }]
  const bytes = zipSync(entries)
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/zip' })
}
