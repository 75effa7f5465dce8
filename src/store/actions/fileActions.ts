import { fileNameFor } from '../../files/fileNames.ts'
import { flowToJson } from '../../files/flowToJson.ts'
import type { Action } from './Action.ts'

/**
 * The Export menu's text exports that need nothing but the document: JSON and Copy YAML. New, Open, Save and
 * Download YAML belong to the files feature (ui/files/createFilesActions), which knows the stored documents;
 * PNG / SVG are pictures of the canvas.
 */
export const fileActions: readonly Action[] = [
  {
    id: 'export.json', label: 'Download JSON', enabled: (s) => s.analysis.blocker === null,
    run: ({ store, env }) => {
      const s = store.getState()
      const json = flowToJson(s.text)
      if (json.ok) env.download(fileNameFor(s.documentName, 'json'), json.value, 'application/json')
      else s.setNotice(json.text)
    },
  },
  { id: 'export.copyYaml', label: 'Copy YAML', enabled: () => true, run: ({ store, env }) => env.writeClipboard(store.getState().text) },
]
