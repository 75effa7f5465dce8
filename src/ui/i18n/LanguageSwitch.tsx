import { LANGUAGES, type Language } from '../../i18n/Language.ts'
import { chooseLanguage, useT } from './language.ts'

/**
 * The language switch. Its options name each language in itself, and its name keeps the English word beside
 * the translation, so a person who cannot read the current language can still find the way back.
 */
export function LanguageSwitch() {
  const t = useT()
  const name = t.language === 'en' ? 'Language' : `${t('Language')} (Language)`
  return (
    <select className="language-switch" aria-label={name} title={name} value={t.language} onChange={(e) => void chooseLanguage(e.target.value as Language)}>
      {LANGUAGES.map((l) => (
        <option key={l.id} value={l.id} lang={l.id}>
          {l.name}
        </option>
      ))}
    </select>
  )
}
