import { formatMessage, msg, type Message } from '../i18n/Message.ts'
import { DEFAULT_PANES } from './PaneLayout.ts'
import { createStore, type StoreApi } from 'zustand/vanilla'
import { applyEdit, applyEditToParsed } from '../fdl/edit/applyEdit.ts'
import type { TextChange } from '../fdl/edit/text/Splice.ts'
import type { EditCommand } from '../fdl/edit/EditCommand.ts'
import type { JsonPath } from '../fdl/model/jsonPaths.ts'
import { analyzeText, type Analysis } from './Analysis.ts'
import { systemClock, type Clock } from './Clock.ts'
import type { DesignerEvent, DesignerState, DispatchResult, Origin } from './DesignerState.ts'
import { diffText } from './diffText.ts'
import { indexSteps } from './indexSteps.ts'
import { pathKey, samePath } from '../fdl/model/jsonPaths.ts'
import { selectionAfter } from './selectionAfter.ts'
import { UndoHistory } from './UndoHistory.ts'

/** How the store is built: the clock, the parse debounce, and the first document. */
export interface DesignerStoreOptions {
  readonly clock?: Clock
  /** Quiet time after the last keystroke in the code pane before the text is parsed (the canvas follows). */
  readonly parseDebounceMs?: number
  readonly initialText?: string
}

/** The document the designer starts with before an example loads. */
const EMPTY_FLOW = 'version: v1\ntype: flow\nsteps: []\n'

/** Keeps only selected paths that still name a step in the analysed model. */
function validSelection(analysis: Analysis, selection: readonly JsonPath[]): readonly JsonPath[] {
  const index = indexSteps(analysis.parsed.flow)
  return selection.filter((p) => index.has(pathKey(p)))
}

/**
 * Creates the designer store: one document text, one dispatcher, one undo history. Vanilla zustand so it runs
 * headless in tests; React reads it through `useDesigner`.
 */
export function createDesignerStore(options: DesignerStoreOptions = {}): StoreApi<DesignerState> {
  const clock = options.clock ?? systemClock
  const debounce = options.parseDebounceMs ?? 120
  const initial = analyzeText(options.initialText ?? EMPTY_FLOW)
  let timer: unknown = null
  let nonce = 0

  return createStore<DesignerState>()((set, get) => {
    /**
     * Commits a new text with its analysis, selection, history and the change the code pane must apply, in one
     * update: each one wakes every subscriber (the code pane, the canvas, autosave's journal of the whole text).
     */
    const commit = (
      text: string,
      origin: Origin,
      change: TextChange | null,
      analysis: Analysis,
      selection: readonly JsonPath[],
      history: UndoHistory,
      also: Partial<Pick<DesignerState, 'documentName' | 'collapsed'>> = {},
    ) => {
      const s = get()
      const good = analysis.blocker === null ? analysis : s.good
      set({
        ...also,
        text,
        history,
        revision: s.revision + 1,
        lastEdit: { revision: s.revision + 1, origin, before: s.text, change: change ?? diffText(s.text, text) },
        analysis,
        good,
        parsePending: false,
        selection: validSelection(good, selection),
        selectionOrigin: origin,
        insertInto: null,
      })
    }

    const flushParse = () => {
      if (timer !== null) clock.clearTimeout(timer)
      timer = null
      const s = get()
      if (!s.parsePending) return
      const analysis = analyzeText(s.text)
      const good = analysis.blocker === null ? analysis : s.good
      set({ analysis, good, parsePending: false, selection: validSelection(good, s.selection) })
    }

    // The core's refusals carry their message for translation when they have one; the English reason otherwise.
    const refuse = (reason: string, text?: Message): DispatchResult => {
      set({ notice: { nonce: ++nonce, message: text ?? msg(reason) } })
      return { ok: false, reason }
    }
    /** A refusal of the store's own: its English reason and its message are the same text. */
    const refuseWith = (text: Message): DispatchResult => refuse(formatMessage(text), text)

    const applyCommand = (origin: 'canvas' | 'form', command: EditCommand, group: string | undefined): DispatchResult => {
      flushParse()
      const s = get()
      const blocker = s.analysis.blocker
      if (blocker) return refuseWith(msg('Fix the error on line {line} of the code first: {message}', { line: blocker.range.line, message: blocker.text ?? blocker.message }))
      // The analysis already holds this text's parsed document, so the edit needs no parse of its own; the
      // one parse of the result (the analysis) doubles as the check that the edit kept the YAML valid.
      const outcome = s.analysis.parsed.text === s.text ? applyEditToParsed(s.analysis.parsed, command) : applyEdit(s.text, command)
      if (!outcome.ok) return refuse(outcome.reason, outcome.text)
      if (outcome.change === null || outcome.text === s.text) return { ok: true }
      const analysis = analyzeText(outcome.text)
      if (analysis.blocker) return refuseWith(msg('The edit would break the YAML ({message}); the text is unchanged.', { message: analysis.blocker.text ?? analysis.blocker.message }))
      const history = UndoHistory.record(s.history, { text: s.text, selection: s.selection }, group, clock.now())
      commit(outcome.text, origin, outcome.change, analysis, selectionAfter(command, s.selection), history)
      return { ok: true }
    }

    const typeCode = (text: string, group: string): DispatchResult => {
      const s = get()
      if (text === s.text) return { ok: true }
      const history = UndoHistory.record(s.history, { text: s.text, selection: s.selection }, group, clock.now())
      set({
        text,
        history,
        revision: s.revision + 1,
        lastEdit: { revision: s.revision + 1, origin: 'code', before: s.text, change: diffText(s.text, text) },
        parsePending: true,
      })
      if (timer !== null) clock.clearTimeout(timer)
      timer = clock.setTimeout(flushParse, debounce)
      return { ok: true }
    }

    const load = (text: string, resetHistory: boolean, name: string | undefined): DispatchResult => {
      flushParse()
      const s = get()
      const history = resetHistory ? UndoHistory.empty : UndoHistory.record(s.history, { text: s.text, selection: s.selection }, undefined, clock.now())
      // Another document: its own containers, all open (a restored one gets its collapsed list back after).
      commit(text, 'load', null, analyzeText(text), [], history, { ...(name !== undefined ? { documentName: name } : {}), ...(resetHistory ? { collapsed: [] } : {}) })
      return { ok: true }
    }

    const travel = (direction: 'undo' | 'redo') => {
      flushParse()
      const s = get()
      const step = UndoHistory[direction](s.history, { text: s.text, selection: s.selection })
      if (!step) return
      commit(step.snapshot.text, 'history', null, analyzeText(step.snapshot.text), step.snapshot.selection, step.history)
    }

    return {
      text: initial.parsed.text,
      revision: 0,
      lastEdit: null,
      analysis: initial,
      good: initial,
      parsePending: false,
      selection: [],
      selectionOrigin: 'load',
      insertInto: null,
      history: UndoHistory.empty,
      reveal: null,
      notice: null,
      view: 'split',
      collapsed: [],
      panes: DEFAULT_PANES,
      documentName: 'Untitled flow',

      dispatch(event: DesignerEvent): DispatchResult {
        switch (event.origin) {
          case 'canvas':
          case 'form':
            return applyCommand(event.origin, event.command, event.group)
          case 'code':
            return typeCode(event.text, event.group ?? 'code')
          case 'load':
            return load(event.text, event.resetHistory ?? false, event.name)
        }
      },
      undo: () => travel('undo'),
      redo: () => travel('redo'),
      seal: () => set({ history: UndoHistory.seal(get().history) }),
      select(paths, origin = 'canvas') {
        const s = get()
        const selection = validSelection(s.good, paths)
        const same = selection.length === s.selection.length && selection.every((p, i) => samePath(p, s.selection[i]!))
        set({ selection, selectionOrigin: origin, ...(same ? {} : { insertInto: null }) })
      },
      aimInsert: (insertInto) => set({ insertInto }),
      flushParse,
      revealDiagnostic(d) {
        const index = indexSteps(get().good.parsed.flow)
        const owner = [...d.path.keys()].map((n) => d.path.slice(0, d.path.length - n)).find((p) => index.has(pathKey(p)))
        if (owner) set({ selection: [owner], selectionOrigin: 'code' })
        const r = d.range
        set({ reveal: { nonce: ++nonce, line: r.line, column: r.column, endLine: r.endLine, endColumn: r.endColumn } })
      },
      setNotice: (message) => set({ notice: { nonce: ++nonce, message: typeof message === 'string' ? msg(message) : message } }),
      setView: (view) => set({ view }),
      rename(name) {
        const trimmed = name.trim()
        if (trimmed !== '' && trimmed !== get().documentName) set({ documentName: trimmed })
      },
      restoreHistory: ({ past, future }) => set({ history: { past, future, burst: null } }),
      setPanes: (patch) => set({ panes: { ...get().panes, ...patch } }),
      setCollapsed(names, collapsed) {
        const now = get().collapsed
        const next = collapsed ? [...now, ...names.filter((n) => !now.includes(n))] : now.filter((n) => !names.includes(n))
        if (next.length !== now.length) set({ collapsed: next })
      },
    }
  })
}
