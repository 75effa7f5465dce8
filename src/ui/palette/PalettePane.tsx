import { useDesigner } from '../../store/useDesigner.ts'
import { insertPaletteStep } from './insertPaletteStep.ts'
import { Palette } from './Palette.tsx'

/** The palette wired to the designer: inserting is paused while the code does not parse. */
export function PalettePane({ onCollapse }: { onCollapse: () => void }) {
  const { store, env } = useDesigner()
  const blocked = useDesigner((s) => s.analysis.blocker !== null)
  const onInsert = (kind: Parameters<typeof insertPaletteStep>[1]) => {
    const result = insertPaletteStep(store, kind)
    const selected = store.getState().selection[0]
    if (result.ok && selected) requestAnimationFrame(() => env.focusStep(selected))
  }
  return <Palette disabled={blocked} onCollapse={onCollapse} onInsert={onInsert} />
}
