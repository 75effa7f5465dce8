import { indexSteps } from '../../store/indexSteps.ts'
import { pathKey } from '../../fdl/model/jsonPaths.ts'
import type { DesignerState } from '../../store/DesignerState.ts'
import { useDesigner } from '../../store/useDesigner.ts'
import { insertPaletteStep } from './insertPaletteStep.ts'
import { Palette } from './Palette.tsx'

/** Where the next insert goes, in words; the same order of choice as `insertionPoint`. */
function insertWhere(s: DesignerState): string {
  if (s.insertInto) return `to ${s.insertInto.label}`
  const selected = s.selection.at(-1)
  const name = selected ? indexSteps(s.good.parsed.flow).get(pathKey(selected))?.step.name : undefined
  return name !== undefined ? `after ${name}` : 'at the end of the flow'
}

/** The palette wired to the designer: inserting is paused while the code does not parse. */
export function PalettePane({ onCollapse }: { onCollapse: () => void }) {
  const { store, env } = useDesigner()
  const blocked = useDesigner((s) => s.analysis.blocker !== null)
  const where = useDesigner(insertWhere)
  const aimed = useDesigner((s) => s.insertInto !== null)
  const onInsert = (kind: Parameters<typeof insertPaletteStep>[1]) => {
    const result = insertPaletteStep(store, kind)
    const selected = store.getState().selection[0]
    if (result.ok && selected) requestAnimationFrame(() => env.focusStep(selected))
  }
  const onUnaim = () => store.getState().aimInsert(null)
  return <Palette disabled={blocked} onCollapse={onCollapse} onInsert={onInsert} where={where} onUnaim={aimed ? onUnaim : null} />
}
