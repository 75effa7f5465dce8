import { useMemo } from 'react'
import { msg } from '../../i18n/Message.ts'
import { useDesigner } from '../../store/Designer.ts'
import { findStep } from '../inspector/logic/findStep.ts'
import { insertPaletteStep } from './insertPaletteStep.ts'
import { Palette } from './Palette.tsx'

/** The palette wired to the designer: inserting is paused while the code does not parse. */
export function PalettePane({ onCollapse }: { onCollapse: () => void }) {
  const { store, env } = useDesigner()
  const blocked = useDesigner((s) => s.analysis.blocker !== null)
  // Where the next insert goes, in words, in the same order of choice as `insertionPoint`. Worked out when the
  // flow, the selection or the aim change, not on every store update (a keystroke, a parse).
  const flow = useDesigner((s) => s.good.parsed.flow)
  const selected = useDesigner((s) => s.selection.at(-1))
  const aimLabel = useDesigner((s) => s.insertInto?.label ?? null)
  const aimed = aimLabel !== null
  const where = useMemo(() => {
    if (aimLabel !== null) return msg('to {target}', { target: aimLabel })
    const name = flow && selected ? findStep(flow, selected)?.step.name : undefined
    return name !== undefined ? msg('after {name}', { name }) : msg('at the end of the flow')
  }, [flow, selected, aimLabel])
  const onInsert = (kind: Parameters<typeof insertPaletteStep>[1]) => {
    const result = insertPaletteStep(store, kind)
    const selected = store.getState().selection[0]
    if (result.ok && selected) requestAnimationFrame(() => env.focusStep(selected))
  }
  const onUnaim = () => store.getState().aimInsert(null)
  return <Palette disabled={blocked} onCollapse={onCollapse} onInsert={onInsert} where={where} onUnaim={aimed ? onUnaim : null} />
}
