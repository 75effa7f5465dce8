import { ZH_DIAGNOSTICS } from './diagnostics.ts'
import { ZH_UI } from './ui.ts'

/**
 * Simplified Chinese, keyed by the English source text. FDL keywords, step names, codes, event types and API
 * names stay as they are (they are what the user writes and what the service logs); everything else is translated.
 */
export const ZH = { ...ZH_UI, ...ZH_DIAGNOSTICS }
