import { readPaneLayout } from '../store/PaneLayout.ts'
import type { JsonPath } from '../fdl/model/jsonPaths.ts'
import type { DocumentRecord, StoredSnapshot, StoredView } from './DocumentRecord.ts'

type Loose = Record<string, unknown>

const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v)

function paths(v: unknown): readonly JsonPath[] {
  if (!Array.isArray(v)) return []
  return v.filter((p): p is JsonPath => Array.isArray(p) && p.every((k) => typeof k === 'string' || typeof k === 'number'))
}

function snapshots(v: unknown): readonly StoredSnapshot[] {
  if (!Array.isArray(v)) return []
  return v.filter((s): s is Loose => isObject(s) && typeof s.text === 'string').map((s) => ({ text: s.text as string, selection: paths(s.selection) }))
}

function view(v: unknown): StoredView {
  if (!isObject(v)) return {}
  const vp = v.viewport
  const viewport = isObject(vp) && [vp.x, vp.y, vp.zoom].every((n) => typeof n === 'number' && Number.isFinite(n))
    ? { x: vp.x as number, y: vp.y as number, zoom: vp.zoom as number }
    : undefined
  const collapsed = Array.isArray(v.collapsed) ? v.collapsed.filter((n): n is string => typeof n === 'string') : []
  const panes = readPaneLayout(v.panes)
  return { ...(typeof v.mode === 'string' ? { mode: v.mode } : {}), ...(viewport ? { viewport } : {}), ...(collapsed.length > 0 ? { collapsed } : {}), ...(panes ? { panes } : {}) }
}

/**
 * Reads a stored value back as a {@link DocumentRecord}, or null when it is not one. Stored data may come
 * from an older version of the app or be damaged; whatever is missing gets a safe default so the text,
 * the part that matters, is never lost because a side field is odd.
 */
export function sanitizeRecord(value: unknown): DocumentRecord | null {
  if (!isObject(value) || typeof value.id !== 'string' || typeof value.text !== 'string') return null
  const history = isObject(value.history) ? value.history : {}
  return {
    id: value.id,
    name: typeof value.name === 'string' && value.name.trim() !== '' ? value.name : 'Untitled flow',
    text: value.text,
    selection: paths(value.selection),
    view: view(value.view),
    history: { past: snapshots(history.past), future: snapshots(history.future) },
    updatedAt: typeof value.updatedAt === 'number' && Number.isFinite(value.updatedAt) ? value.updatedAt : 0,
    ...(typeof value.fileName === 'string' ? { fileName: value.fileName } : {}),
    ...(value.fileHandle !== undefined && value.fileHandle !== null ? { fileHandle: value.fileHandle as FileSystemFileHandle } : {}),
    ...(typeof value.savedText === 'string' ? { savedText: value.savedText } : {}),
  }
}
