import { shareLinkParam } from '../share/shareLink.ts'

/**
 * Whether this browser has run the studio before: a flag in `localStorage`, which answers at once where
 * IndexedDB needs a fresh database opened first (~250 ms on a first visit, measured in Chromium).
 */
export interface VisitMarker {
  /** True when the flag is missing: nothing can be stored yet, so the seed example may open at once. */
  readonly first: boolean
  /** Sets the flag once a document is open (and stored). */
  note(): void
}

export const VISITED_KEY = 'fdl-studio.visited'

/** The marker over `localStorage` (null where it is blocked: then every visit takes the usual path). */
export function createVisitMarker(storage: { getItem(k: string): string | null; setItem(k: string, v: string): void } | null): VisitMarker {
  let first = false
  try {
    first = storage !== null && storage.getItem(VISITED_KEY) === null
  } catch {
    first = false
  }
  return {
    first,
    note() {
      try {
        storage?.setItem(VISITED_KEY, '1')
      } catch {
        // Storage full or blocked: the next visit waits for IndexedDB, as before the marker.
      }
    },
  }
}

/**
 * Whether a visit opens the seed example at once, before storage answers: a first visit (`first`, the marker's) that
 * names no share link and no `?example=`. `openAtStart` decides with it, and so does the prerendered start page
 * (`ui/prerender/`), which shows the seed's picture from the HTML only when the app is about to draw the same.
 */
export function opensSeedAtOnce(first: boolean, location: { readonly hash: string; readonly search: string }): boolean {
  return first && shareLinkParam(location.hash) === null && !new URLSearchParams(location.search).has('example')
}
