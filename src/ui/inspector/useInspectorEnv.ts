import { useContext } from 'react'
import { InspectorEnvContext, type InspectorEnv } from './InspectorEnv.ts'

/** The inspector's {@link InspectorEnv}; only the inspector's own forms call this, always inside it. */
export function useInspectorEnv(): InspectorEnv {
  const env = useContext(InspectorEnvContext)
  if (!env) throw new Error('Inspector forms must be rendered inside <Inspector>')
  return env
}
