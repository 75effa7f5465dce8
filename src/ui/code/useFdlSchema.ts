import { useEffect } from 'react'
import { FDL_SCHEMA } from '../../fdl/schema/fdlSchema.ts'
import { fdlMonaco } from './monaco/setupMonaco.ts'

/**
 * Registers the FDL JSON Schema with monaco-yaml (completion, hover docs, schema markers). Bundled into the
 * editor's lazy chunk, so nothing is fetched.
 */
export function useFdlSchema(): void {
  useEffect(() => {
    void fdlMonaco.yaml.update({
      enableSchemaRequest: false,
      schemas: [{ uri: fdlMonaco.schemaUri, fileMatch: fdlMonaco.fileMatch, schema: FDL_SCHEMA as object }],
    })
  }, [])
}
