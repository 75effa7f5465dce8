import type { Designer } from '../store/Designer.ts'
import { DesignerContext } from '../store/DesignerContext.ts'
import { Shell } from './shell/Shell.tsx'

/** The designer app for one designer instance. */
export function App({ designer }: { designer: Designer }) {
  return (
    <DesignerContext.Provider value={designer}>
      <Shell />
    </DesignerContext.Provider>
  )
}
