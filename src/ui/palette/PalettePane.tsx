import { useDesigner } from '../../store/useDesigner.ts'
import { Palette } from './Palette.tsx'

/** The palette wired to the designer: inserting is paused while the code does not parse. */
export function PalettePane({ onCollapse }: { onCollapse: () => void }) {
  const blocked = useDesigner((s) => s.analysis.blocker !== null)
  const setNotice = useDesigner((s) => s.setNotice)
  return <Palette disabled={blocked} onCollapse={onCollapse} onInsert={(kind) => setNotice(`Adding a ${kind} step is not available yet.`)} />
}
