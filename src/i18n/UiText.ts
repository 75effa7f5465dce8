import type { ZH } from './zh/index.ts'

/**
 * Every English text the UI may show: the keys of the Chinese catalogue. Typing labels and `t()` with it
 * makes a string without a translation a compile error (the catalogue is only imported as a type here).
 */
export type UiText = keyof typeof ZH
