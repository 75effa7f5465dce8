import type { SimOptions } from '../SimOptions.ts'

/** The options that change how mappings read sources and write targets (see `SimOptions`). */
export type MappingOptions = Partial<Pick<SimOptions, 'missingPath' | 'dollarSource' | 'dottedTargets'>>
