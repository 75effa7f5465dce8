import type { Catalogue } from './Message.ts'

/** The languages of the UI. English is the source language: its catalogue is the code itself. */
export type Language = 'en' | 'zh-CN'

export const LANGUAGES: readonly { readonly id: Language; readonly name: string }[] = [
  { id: 'en', name: 'English' },
  { id: 'zh-CN', name: '简体中文' },
]

/** Where the UI remembers the person's choice (`localStorage`): read by the app and by the prerendered start page. */
export const LANGUAGE_KEY = 'fdl-studio.language'

/** The remembered choice if there is one, else the browser's first language we have (any Chinese reads Simplified). */
export function initialLanguage(saved: string | null, browser: readonly string[]): Language {
  if (saved === 'en' || saved === 'zh-CN') return saved
  for (const tag of browser) {
    const lower = tag.toLowerCase()
    if (lower.startsWith('zh')) return 'zh-CN'
    if (lower.startsWith('en')) return 'en'
  }
  return 'en'
}

/** A language's catalogue, loaded on demand so English pages never download the Chinese text. */
export async function loadCatalogue(language: Language): Promise<Catalogue | undefined> {
  if (language === 'en') return undefined
  return (await import('./zh/index.ts')).ZH
}
