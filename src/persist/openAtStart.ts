import { builtInExamples, SEED_EXAMPLE } from '../files/builtInExamples.ts'
import { msg } from '../i18n/Message.ts'
import { checkFlowText } from '../files/readFlowFile.ts'
import { decodeShareLink, shareLinkParam } from '../share/shareLink.ts'
import type { DocumentSession } from './createDocumentSession.ts'
import type { DocumentRepository } from './DocumentRepository.ts'

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

/**
 * Decides what the app opens: a share link or `?example=` as a new document (the autosaved ones stay as
 * they are, even when the link is broken), else the document open last time, else the most recent one,
 * else the seed example. Storage that cannot be read counts as empty, with the warning raised.
 */
export async function openAtStart(
  session: DocumentSession,
  repo: DocumentRepository,
  location: { readonly hash: string; readonly search: string },
  failed: (error: unknown) => void,
): Promise<void> {
  const recent = await repo.list().catch((e: unknown) => (failed(e), []))
  session.state.setState({ recent })
  if (shareLinkParam(location.hash) !== null && (await openLink(session, location.hash))) return
  const example = new URLSearchParams(location.search).get('example')
  if (example !== null && (await openExample(session, example))) return
  const current = await repo.currentId().catch(() => null)
  const id = recent.find((e) => e.id === current)?.id ?? recent[0]?.id
  if (id !== undefined) {
    await session.switchTo(id)
    if (session.state.getState().docId === id) return
  }
  const seed = builtInExamples.find((e) => e.name === SEED_EXAMPLE)
  await session.openDocument(seed ? await seed.load() : 'version: v1\ntype: flow\nsteps: []\n', { name: seed ? SEED_EXAMPLE : msg('Untitled flow') })
}
