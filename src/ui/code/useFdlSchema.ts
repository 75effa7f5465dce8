import { useEffect } from 'react'
import { fdlMonaco } from './monaco/setupMonaco.ts'

/**
 * Registers the FDL JSON Schema with monaco-yaml (completion, hover docs, schema markers). The schema is a
 * static file of the app, fetched from the app's own origin.
 */
export function useFdlSchema(): void {
  useEffect(() => {
    let live = true
    void fetch(`${import.meta.env.BASE_URL}fdl.schema.json`)
      .then((r) => (r.ok ? r.json() : null))
      .then((schema: unknown) => {
        if (!live || !schema || typeof schema !== 'object') return
        void fdlMonaco.yaml.update({
          enableSchemaRequest: false,
          schemas: [{ uri: fdlMonaco.schemaUri, fileMatch: fdlMonaco.fileMatch, schema: schema as object }],
        })
      })
      .catch(() => undefined)
    return () => {
      live = false
    }
  }, [])
}
