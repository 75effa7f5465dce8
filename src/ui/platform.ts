/** The desktop platforms whose conventions the UI follows: the shortcut key's name and the monospace face. */
export type Platform = 'mac' | 'windows' | 'other'

/** The platform of a `navigator.platform` string ('MacIntel', 'iPad', 'Win32', 'Linux x86_64', …). */
export function platformOf(navigatorPlatform: string): Platform {
  if (/Mac|iPhone|iPad/.test(navigatorPlatform)) return 'mac'
  if (/^Win/.test(navigatorPlatform)) return 'windows'
  return 'other'
}

/** This browser's platform ('other' outside a browser). */
export function currentPlatform(): Platform {
  return typeof navigator === 'undefined' ? 'other' : platformOf(navigator.platform)
}
