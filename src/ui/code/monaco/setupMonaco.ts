import * as monaco from 'monaco-editor'
// oxlint-disable-next-line import/default -- Vite's `?worker` suffix supplies the default export
import EditorWorker from 'monaco-editor/esm/vs/editor/editor.worker?worker'
import { configureMonacoYaml } from 'monaco-yaml'
// oxlint-disable-next-line import/default -- Vite's `?worker` suffix supplies the default export
import YamlWorker from './yaml.worker.ts?worker'

globalThis.MonacoEnvironment = {
  getWorker(_workerId: string, label: string): Worker {
    if (label === 'yaml') return new YamlWorker()
    return new EditorWorker()
  },
}

/**
 * Monaco 0.54 (full entry, which still accepts monaco-yaml 5.5.1's worker call) with monaco-yaml: YAML
 * completion, hover and schema markers. Imported only by the lazily loaded editor, so none of this is in the
 * first paint. Schemas are never fetched over the network; the FDL schema is registered by the editor.
 */
export const fdlMonaco = {
  monaco,
  yaml: configureMonacoYaml(monaco, { enableSchemaRequest: false, hover: true, completion: true, validate: true, schemas: [] }),
  /** The one document model's URI; the schema's `fileMatch` targets it. */
  modelUri: monaco.Uri.parse('file:///flow.fdl.yaml'),
  schemaUri: 'inmemory://fdl/fdl.schema.json',
  fileMatch: ['**/*.fdl.yaml'],
}
