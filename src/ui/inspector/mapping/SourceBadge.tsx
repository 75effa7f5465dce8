import type { UiText } from '../../../i18n/UiText.ts'
import { useT } from '../../i18n/language.ts'
import { classifySource } from '../logic/classifySource.ts'

/** The short type word of a constant, so `1` (number) and `"1"` (text) look different; `null` is said as JSON writes it. */
function constantType(value: unknown): UiText | null {
  if (value === null) return null
  if (Array.isArray(value)) return 'list'
  switch (typeof value) {
    case 'string':
      return 'text'
    case 'number':
      return 'number'
    case 'boolean':
      return 'bool'
    default:
      return 'object'
  }
}

/**
 * Marks a mapping source as a path (read at run time) or a constant (with its type), because the service
 * decides this from the `$input` / `$local` / `$context` prefix alone and a typo silently makes a constant.
 */
export function SourceBadge({ source }: { readonly source: unknown }) {
  const t = useT()
  const kind = classifySource(source)
  if (kind === 'path') return <span className="insp-badge insp-badge-path" title={t('A path, read when the step runs')}>{t('path')}</span>
  if (kind === 'unconfirmed-path') {
    return <span className="insp-badge insp-badge-warn" title={t('Only $input, $local and $context are documented as paths in mappings; this may be read as a constant')}>$?</span>
  }
  const type = constantType(source)
  return <span className="insp-badge insp-badge-const" title={t('A constant, used as written')}>{type === null ? 'null' : t(type)}</span>
}
