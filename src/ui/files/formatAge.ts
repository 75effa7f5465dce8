import type { Translate } from '../i18n/language.ts'

/** "just now", "5 min ago", "3 h ago", else the date: how recent a document is, at a glance. */
export function formatAge(then: number, now: number, t: Translate): string {
  const minutes = Math.floor((now - then) / 60_000)
  if (minutes < 1) return t('just now')
  if (minutes < 60) return t('{minutes} min ago', { minutes })
  if (minutes < 24 * 60) return t('{hours} h ago', { hours: Math.floor(minutes / 60) })
  // The browser's own date format in English (as before); in Chinese, the Chinese one whatever the browser's locale.
  return new Date(then).toLocaleDateString(t.language === 'en' ? undefined : t.language)
}
