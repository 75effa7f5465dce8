import { useStore } from 'zustand'
import { createStore } from 'zustand/vanilla'
import { initialLanguage, LANGUAGE_KEY, loadCatalogue, type Language } from '../../i18n/Language.ts'
import { formatMessage, type Catalogue, type Message, type MessageParams } from '../../i18n/Message.ts'
import type { UiText } from '../../i18n/UiText.ts'

/** Says UI text in the current language. */
export interface Translate {
  (text: UiText, params?: MessageParams): string
  /** A message built outside the UI (the store's notices, the core's diagnostics). */
  message(message: Message | string): string
  readonly language: Language
}

interface LanguageState {
  readonly language: Language
  readonly t: Translate
}

function translator(language: Language, catalogue: Catalogue | undefined): Translate {
  const t = ((text: UiText, params?: MessageParams) => formatMessage({ text, params }, catalogue)) as Translate
  return Object.assign(t, { message: (message: Message | string) => formatMessage(message, catalogue), language })
}

/**
 * The UI language is a preference of the person, not of a document: it lives beside the designer store,
 * is remembered in localStorage, and is never part of undo. `t` is rebuilt on a change so components re-render.
 */
const languageStore = createStore<LanguageState>(() => ({ language: 'en', t: translator('en', undefined) }))

function savedLanguage(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_KEY)
  } catch {
    return null // storage blocked for the site: the browser's language decides
  }
}

async function apply(language: Language): Promise<void> {
  const catalogue = await loadCatalogue(language)
  languageStore.setState({ language, t: translator(language, catalogue) })
  document.documentElement.lang = language
}

/** Before the first render: the remembered language, else the browser's; its catalogue is loaded first. */
export function startLanguage(): Promise<void> {
  return apply(initialLanguage(savedLanguage(), navigator.languages ?? [navigator.language]))
}

/** The language switch: loads, applies and remembers the choice. */
export async function chooseLanguage(language: Language): Promise<void> {
  await apply(language)
  try {
    localStorage.setItem(LANGUAGE_KEY, language)
  } catch {
    // Not remembered where storage is blocked; the choice still holds for this page.
  }
}

/** The current translator, re-rendering the component when the language changes. */
export function useT(): Translate {
  return useStore(languageStore, (s) => s.t)
}

/** The current translator outside React (image export, notices built on demand). */
export function currentT(): Translate {
  return languageStore.getState().t
}
