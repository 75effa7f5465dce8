import { builtInExamples, SEED_EXAMPLE } from '../files/builtInExamples.ts'
import { msg } from '../i18n/Message.ts'
import { checkFlowText } from '../files/readFlowFile.ts'
import { decodeShareLink, shareLinkParam } from '../share/shareLink.ts'
import type { DocumentSession } from './createDocumentSession.ts'
import type { DocumentRepository } from './DocumentRepository.ts'
import type { RecentEntry } from './DocumentRecord.ts'
import type { StartPreview } from './startPreview.ts'
import { opensSeedAtOnce, type VisitMarker } from './visitMarker.ts'

/** Opens a share link as a new document; false (with a message shown) when the link is broken. */
async function openLink(session: DocumentSession, hash: string): Promise<boolean> {
  const decoded = await decodeShareLink(hash)
  if (!decoded.ok) {
    session.say(msg('{reason} Your own flows are untouched.', { reason: decoded.text }))
    return false
  }
  const checked = checkFlowText(decoded.value, msg('The shared link'))
  if (!checked.ok) {
    session.say(msg('{reason} Your own flows are untouched.', { reason: checked.text }))
    return false
  }
  await session.openDocument(decoded.value, { name: msg('Shared flow') })
  return true
}

/** Opens `?example=NAME` as a new document; false (with a message shown) for an unknown name. */
async function openExample(session: DocumentSession, name: string): Promise<boolean> {
  const example = builtInExamples.find((e) => e.name === name)
  if (!example) {
    session.say(msg('There is no built-in example called "{name}". Use New to pick one of: {names}.', { name, names: builtInExamples.map((e) => e.name).join(', ') }))
    return false
  }
  await session.openDocument(await example.load(), { name })
  return true
}

const EMPTY_FLOW = 'version: v1\ntype: flow\nsteps: []\n'

/** Opens the seed example as a new document; returns its text. */
async function openSeed(session: DocumentSession): Promise<string> {
  const seed = builtInExamples.find((e) => e.name === SEED_EXAMPLE)
  const text = seed ? await seed.load() : EMPTY_FLOW
  await session.openDocument(text, { name: seed ? SEED_EXAMPLE : msg('Untitled flow') })
  return text
}

/** Switches to the document open last time, else the most recent one; false when none could be restored. */
async function restoreLast(session: DocumentSession, repo: DocumentRepository, recent: readonly RecentEntry[]): Promise<boolean> {
  const current = await repo.currentId().catch(() => null)
  const id = recent.find((e) => e.id === current)?.id ?? recent[0]?.id
  if (id === undefined) return false
  const before = session.state.getState().docId
  await session.switchTo(id)
  // It is open (or was already: a link that failed while it was), or another stored document opened instead: the
  // one whose start preview the person had typed into.
  const after = session.state.getState().docId
  return after === id || (after !== null && after !== before)
}

/**
 * A first visit: the seed example opens without waiting for storage, then the stored list arrives. Should the
 * browser hold documents after all (the flag was cleared, or set by nothing before this version), the one open
 * last time comes back, and the seed, if still untouched, is dropped again, so nobody finds the seed instead of their work.
 */
async function openFirstVisit(session: DocumentSession, env: StartEnv, listing: Promise<readonly RecentEntry[]>): Promise<void> {
  const seedText = await openSeed(session)
  const seedId = session.state.getState().docId
  const stored = (await listing).filter((e) => e.id !== seedId)
  const recent = session.state.getState().recent
  session.state.setState({ recent: [...recent, ...stored.filter((e) => !recent.some((r) => r.id === e.id))] })
  if (stored.length === 0 || seedId === null || session.state.getState().docId !== seedId || env.text() !== seedText) return
  if (await restoreLast(session, env.repo, stored)) await session.remove(seedId)
}

/** What `openAtStart` works with besides the session. */
export interface StartEnv {
  readonly repo: DocumentRepository
  /** Raises the storage warning. */
  readonly failed: (error: unknown) => void
  /** The open document's text now (the designer's). */
  readonly text: () => string
  readonly visits: VisitMarker | null
  /** The document open last, kept synchronously: a returning visit draws it before storage answers. */
  readonly preview?: StartPreview | null
}

/**
 * Decides what the app opens: a share link or `?example=` as a new document (the autosaved ones stay as
 * they are, even when the link is broken), else the document open last time, else the most recent one,
 * else the seed example. Storage that cannot be read counts as empty, with the warning raised. On a first
 * visit (`visits`) the seed example opens at once, before storage has answered.
 */
export async function openAtStart(session: DocumentSession, location: { readonly hash: string; readonly search: string }, env: StartEnv): Promise<void> {
  const { repo, failed, visits } = env
  const listing = repo.list().catch((e: unknown) => (failed(e), [] as readonly RecentEntry[]))
  const link = shareLinkParam(location.hash) !== null
  const example = new URLSearchParams(location.search).get('example')
  if (opensSeedAtOnce(visits?.first ?? false, location)) {
    await openFirstVisit(session, env, listing)
    visits?.note()
    return
  }
  // A returning visit draws the document open last at once; the stored record then opens over it (the same text and
  // view) with its history. A link or an example opens something else, so nothing is drawn before it.
  const kept = link || example !== null ? null : (env.preview?.read() ?? null)
  const shown = kept ? session.showPreview(kept) : null
  try {
    const recent = await listing
    session.state.setState({ recent })
    visits?.note()
    if (link && (await openLink(session, location.hash))) return
    if (example !== null && (await openExample(session, example))) return
    if (await restoreLast(session, repo, recent)) return
    // Storage holds nothing (or cannot be read): keys typed into the preview are kept as a document of their own.
    const typed = shown?.edits() ?? null
    if (typed !== null && kept) await session.openDocument(typed, { name: kept.name })
    else await openSeed(session)
  } finally {
    shown?.end()
  }
}
