import type { Zippable } from 'fflate'
import type { KitFile } from '../../kit/KitModel.ts'
import type { UiText } from '../../i18n/UiText.ts'

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

/** One tab of the Deploy dialog: a folder of the kit (or its top-level files) and what it is for (English; the dialog translates). */
export interface KitGroup {
  readonly name: string
  readonly about: UiText | null
  readonly files: readonly KitFile[]
}

const ABOUT: Readonly<Record<string, UiText>> = {
  Overview: 'What each part is, in the order to use them, and the flow file the deploy files read.',
  'worker-node': 'A TypeScript worker on the official packages: edit handler.ts, then npm install && npm start.',
  'worker-python': 'The same worker in Python 3: edit handler.py, then pip install -r requirements.txt && python worker.py.',
  ram: 'The execution role\'s trust policy and permissions (exactly what the flow calls), and the worker\'s policy.',
  'aliyun-cli': 'Creates or updates everything with the aliyun CLI; running it again changes nothing.',
  terraform: 'The same as a Terraform configuration (provider aliyun/alicloud).',
  ros: 'The same as a Resource Orchestration Service stack.',
}

/** The kit's files grouped by top folder, in the order the kit's README lists the parts. */
export function kitGroups(files: readonly KitFile[]): readonly KitGroup[] {
  const order = ['Overview', 'ram', 'aliyun-cli', 'terraform', 'ros', 'worker-node', 'worker-python']
  const byName = new Map<string, KitFile[]>()
  for (const f of files) {
    const name = f.path.includes('/') ? f.path.slice(0, f.path.indexOf('/')) : 'Overview'
    byName.set(name, [...(byName.get(name) ?? []), f])
  }
  return [...byName].sort(([a], [b]) => order.indexOf(a) - order.indexOf(b)).map(([name, groupFiles]) => ({ name, about: ABOUT[name] ?? null, files: groupFiles }))
}
