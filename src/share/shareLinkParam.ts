import { SHARE_LINK } from './SHARE_LINK.ts'

/**
 * The `flow=` value of a URL fragment (`#flow=…`, possibly among other `&`-separated entries), or null
 * when the address carries no share link. The app uses it to tell "a link to open" from a normal visit.
 */
export function shareLinkParam(hash: string): string | null {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash
  for (const part of fragment.split('&')) {
    if (part.startsWith(`${SHARE_LINK.key}=`)) return part.slice(SHARE_LINK.key.length + 1)
  }
  return null
}
