import type { Action } from '../store/actions/Action.ts'
import { createActions } from '../store/actions/createActions.ts'
import { createDesignerStore } from '../store/createDesignerStore.ts'
import type { Designer } from '../store/Designer.ts'
import { createBrowserEnv } from './shell/createBrowserEnv.ts'

/** Example names are file names in public/examples; anything else is ignored rather than fetched. */
const EXAMPLE_NAME = /^[a-z0-9][a-z0-9-]{0,63}$/

/** Which example the page opens: `?example=NAME`, else the seed example. */
function exampleFromUrl(): string {
  const name = new URLSearchParams(location.search).get('example')
  return name !== null && EXAMPLE_NAME.test(name) ? name : 'mns-callback'
}

/**
 * Builds the app's designer and loads the first document (the example named in the URL, else mns-callback)
 * as a fresh history. Later features register their actions through `extraActions`.
 */
export function startDesigner(extraActions: readonly Action[] = [], options: { readonly openFirstDocument?: boolean } = {}): Designer {
  const store = createDesignerStore()
  const designer: Designer = { store, actions: createActions(extraActions), env: createBrowserEnv() }
  // The files layer opens the first document itself (share link, autosave, example), so it opts out here.
  if (options.openFirstDocument === false) return designer
  const name = exampleFromUrl()
  void fetch(`${import.meta.env.BASE_URL}examples/${name}.yaml`)
    .then((r) => (r.ok ? r.text() : Promise.reject(new Error(`${r.status}`))))
    .then((text) => store.getState().dispatch({ origin: 'load', text, name, resetHistory: true }))
    .catch(() => store.getState().setNotice(`The example “${name}” could not be loaded.`))
  return designer
}
