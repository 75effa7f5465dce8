import { createContext } from 'react'
import type { Designer } from './Designer.ts'

/** Hands the designer instance to components; the app provides one, tests and benches may provide their own. */
export const DesignerContext = createContext<Designer | null>(null)
