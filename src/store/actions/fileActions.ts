import { fileNameFor } from '../files/fileNameFor.ts'
import { flowToJson } from '../files/flowToJson.ts'
import type { Action } from './Action.ts'

/** What `New` starts from: the smallest valid flow. */
const NEW_FLOW = 'version: v1\ntype: flow\nsteps: []\n'

/** New, Open and the Export menu's text exports (PNG / SVG are images of the canvas, done by the canvas). */
export const fileActions: readonly Action[] = [
  {
    id: 'file.new', label: 'New', enabled: () => true,
    run: ({ store }) => void store.getState().dispatch({ origin: 'load', text: NEW_FLOW, name: 'Untitled flow' }),
  },
  { id: 'file.open', label: 'Open', shortcut: ['Mod+O'], enabled: () => true, run: ({ env }) => env.pickFile() },
  {
    id: 'export.yaml', label: 'Download YAML', enabled: () => true,
    run: ({ store, env }) => {
      const s = store.getState()
      env.download(fileNameFor(s.documentName, 'yaml'), s.text, 'application/yaml')
    },
  },
  {
    id: 'export.json', label: 'Download JSON', enabled: (s) => s.analysis.blocker === null,
    run: ({ store, env }) => {
      const s = store.getState()
      const json = flowToJson(s.text)
      if (json.ok) env.download(fileNameFor(s.documentName, 'json'), json.value, 'application/json')
      else s.setNotice(json.message)
    },
  },
  { id: 'export.copyYaml', label: 'Copy YAML', enabled: () => true, run: ({ store, env }) => env.writeClipboard(store.getState().text) },
]
