/** Key state of a keyboard event, as much of it as shortcuts need (a DOM KeyboardEvent fits). */
export interface KeyChord {
  readonly key: string
  readonly ctrlKey: boolean
  readonly metaKey: boolean
  readonly shiftKey: boolean
  readonly altKey: boolean
}

/**
 * True when the event is the shortcut, written like `Mod+Shift+Z` (`Mod` is Cmd on macOS, Ctrl elsewhere;
 * either is accepted so the same binding works on both). Letters compare case-insensitively.
 */
export function matchShortcut(shortcut: string, e: KeyChord): boolean {
  const parts = shortcut.split('+')
  const key = parts.at(-1) ?? ''
  const mods = new Set(parts.slice(0, -1))
  const mod = e.ctrlKey || e.metaKey
  if (mods.has('Mod') !== mod) return false
  if (mods.has('Shift') !== e.shiftKey) return false
  if (mods.has('Alt') !== e.altKey) return false
  return e.key.toLowerCase() === key.toLowerCase()
}
