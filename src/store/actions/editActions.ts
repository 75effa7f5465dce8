import type { DesignerState } from '../DesignerState.ts'
import { stepsToYaml } from '../clipboard/stepsToYaml.ts'
import { collapsedAncestors, indexSteps } from '../indexSteps.ts'
import { pathKey, outermostPaths } from '../../fdl/model/jsonPaths.ts'
import type { Action, ActionContext } from './Action.ts'
import { insertionPoint } from './insertionPoint.ts'
import { canDispatch } from '../canDispatch.ts'

const hasSelection = (s: DesignerState) => s.selection.length > 0
const editable = (s: DesignerState) => s.analysis.blocker === null
/** Delete and Cut are enabled when the delete they dispatch would be accepted (the command's own rule). */
const canDelete = (s: DesignerState) => hasSelection(s) && canDispatch(s, { type: 'step.delete', paths: outermostPaths(s.selection) })


/** Steps of the shown model in document order, for arrow-key navigation; steps inside a collapsed container are passed over. */
function moveSelection({ store, env }: ActionContext, delta: number) {
  const s = store.getState()
  const index = indexSteps(s.good.parsed.flow)
  const order = [...index.values()].filter((e) => collapsedAncestors(index, e.step.path, s.collapsed).length === 0)
  if (order.length === 0) return
  const current = s.selection.at(-1)
  const at = current ? order.findIndex((e) => e.key === pathKey(current)) : -1
  const next = order[at < 0 ? (delta > 0 ? 0 : order.length - 1) : Math.min(order.length - 1, Math.max(0, at + delta))]
  if (!next) return
  s.select([next.step.path], 'canvas')
  env.focusStep(next.step.path)
}

/** Copies the selected steps; false when there was nothing to copy or they could not be written (Cut then keeps them). */
async function copySelection({ store, env }: ActionContext): Promise<boolean> {
  const s = store.getState()
  const text = stepsToYaml(s.good.parsed, outermostPaths(s.selection))
  if (text !== '') {
    await env.writeClipboard(text)
    return true
  }
  if (s.selection.length > 0) s.setNotice('These steps use aliases (*name) that cannot be written out here; copy them from the code.')
  return false
}

async function paste({ store, env }: ActionContext) {
  const yaml = await env.readClipboard()
  if (yaml === null || yaml.trim() === '') return
  const s = store.getState()
  const at = insertionPoint(s)
  s.dispatch({ origin: 'canvas', command: { type: 'step.paste', sequence: at.sequence, index: at.index, yaml } })
}

/** Undo, redo, delete, duplicate, clipboard and selection movement. */
export const editActions: readonly Action[] = [
  { id: 'history.undo', label: 'Undo', shortcut: ['Mod+Z'], enabled: (s) => s.history.past.length > 0 || s.parsePending, run: ({ store }) => store.getState().undo() },
  { id: 'history.redo', label: 'Redo', shortcut: ['Mod+Shift+Z', 'Mod+Y'], enabled: (s) => s.history.future.length > 0, run: ({ store }) => store.getState().redo() },
  {
    id: 'step.delete', label: 'Delete', shortcut: ['Delete', 'Backspace'], scope: 'canvas',
    enabled: canDelete,
    run: ({ store, env }) => {
      store.getState().dispatch({ origin: 'canvas', command: { type: 'step.delete', paths: outermostPaths(store.getState().selection) } })
      // Focus follows the work: onto the step now selected in the deleted one's place, so Delete can go on.
      const next = store.getState().selection.at(-1)
      if (next) env.focusStep(next)
    },
  },
  {
    id: 'step.duplicate', label: 'Duplicate', shortcut: ['Mod+D'], scope: 'canvas',
    enabled: (s) => s.selection.length === 1 && canDispatch(s, { type: 'step.duplicate', path: s.selection[0]! }),
    run: ({ store }) => {
      const path = store.getState().selection[0]
      if (path) store.getState().dispatch({ origin: 'canvas', command: { type: 'step.duplicate', path } })
    },
  },
  { id: 'step.copy', label: 'Copy', shortcut: ['Mod+C'], scope: 'canvas', enabled: hasSelection, run: async (ctx) => void (await copySelection(ctx)) },
  {
    id: 'step.cut', label: 'Cut', shortcut: ['Mod+X'], scope: 'canvas', enabled: canDelete,
    run: async (ctx) => {
      const paths = outermostPaths(ctx.store.getState().selection)
      if (!(await copySelection(ctx))) return
      ctx.store.getState().dispatch({ origin: 'canvas', command: { type: 'step.delete', paths } })
    },
  },
  { id: 'step.paste', label: 'Paste', shortcut: ['Mod+V'], scope: 'canvas', enabled: editable, run: paste },
  { id: 'select.next', label: 'Select next step', shortcut: ['ArrowDown', 'ArrowRight'], scope: 'canvas', enabled: () => true, run: (ctx) => moveSelection(ctx, 1) },
  { id: 'select.previous', label: 'Select previous step', shortcut: ['ArrowUp', 'ArrowLeft'], scope: 'canvas', enabled: () => true, run: (ctx) => moveSelection(ctx, -1) },
  { id: 'select.none', label: 'Clear selection', shortcut: ['Escape'], scope: 'canvas', enabled: hasSelection, run: ({ store }) => store.getState().select([]) },
]
