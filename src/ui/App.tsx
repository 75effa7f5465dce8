import { useEffect } from 'react'
import type { Designer } from '../store/Designer.ts'
import { DesignerContext } from '../store/Designer.ts'
import { Shell } from './shell/Shell.tsx'
import { installTestHooks } from './testHooks.ts'

/** The designer app for one designer instance. */
export function App({ designer }: { designer: Designer }) {
  useEffect(() => installTestHooks(designer), [designer])
  return (
    <DesignerContext.Provider value={designer}>
      <Shell />
    </DesignerContext.Provider>
  )
}
