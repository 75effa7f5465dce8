import { useEffect } from 'react'
import { FDL_SCHEMA } from '../../fdl/schema/fdlSchema.ts'
import { useDesigner } from '../../store/Designer.ts'
import { useT } from '../i18n/language.ts'
import { editorSchema } from './editorSchema.ts'
import { fdlMonaco } from './monaco/setupMonaco.ts'

/**
 * Past this size the YAML worker's schema features are switched off: yaml-language-server collects every
 * alternative's problems with `push(...spread)`, and completion in a flow of a few thousand steps (107 KB)
 * overflowed its stack on most keystrokes. The FDL validator's own markers, which scale, stay on.
 */
const WORKER_SCHEMA_LIMIT_CHARS = 48 * 1024

/**
 * Registers the FDL JSON Schema with monaco-yaml (completion, hover docs, schema markers). Bundled into the
 * editor's lazy chunk, so nothing is fetched. Its descriptions are in the UI language: a language change
 * registers the schema again, and the worker re-validates with it.
 */
export function useFdlSchema(): void {
  const big = useDesigner((s) => s.text.length > WORKER_SCHEMA_LIMIT_CHARS)
  const t = useT()
  useEffect(() => {
    void fdlMonaco.yaml.update({
      enableSchemaRequest: false,
      schemas: [{ uri: fdlMonaco.schemaUri, fileMatch: fdlMonaco.fileMatch, schema: editorSchema(FDL_SCHEMA, t.message) as object }],
    })
  }, [t])
  useEffect(() => {
    void fdlMonaco.yaml.update({ completion: !big, hover: !big, validate: !big })
  }, [big])
}
