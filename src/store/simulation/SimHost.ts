import type { Message } from '../../i18n/Message.ts'
import type { ScenarioFile } from './ScenarioFile.ts'
import type { TraceDelta } from './SimTrace.ts'

/**
 * How far the engine should run: to a virtual time, to the next moment something happens, or until it
 * needs the manual worker (or ends), which is how `instant` speed plays a manual run.
 */
export type AdvanceTarget = { readonly kind: 'time'; readonly time: number } | { readonly kind: 'next' } | { readonly kind: 'idle' }

/** A call the person playing the worker (or running the simulation) makes, with the service API it stands for. */
export type ManualCall =
  | { readonly kind: 'ReceiveMessage'; readonly queue: string }
  | { readonly kind: 'ReportTaskSucceeded'; readonly token: string; readonly output: string }
  | { readonly kind: 'ReportTaskFailed'; readonly token: string; readonly error: string; readonly cause: string }
  | { readonly kind: 'DeleteMessage'; readonly queue: string; readonly receiptHandle: string }
  /** StopExecution of execution `execution` (0 is the root), as the panel's `Stop` button sends it. */
  | { readonly kind: 'StopExecution'; readonly execution: number; readonly error: string; readonly cause: string }

/** The service's answer to a manual call: OK (with the received message, for ReceiveMessage) or an error code. */
export interface ManualAnswer {
  readonly request: ManualCall
  readonly ok: boolean
  readonly code: string
  readonly message: string
  readonly requestId: string
  /** Virtual ms of the answer. */
  readonly time: number
  readonly received?: { readonly queue: string; readonly messageId: string; readonly receiptHandle: string; readonly body: string; readonly dequeueCount: number }
}

/** What the view asks the engine host (a Web Worker, or the same thread in tests). `session` tells runs apart. */
export type HostCommand =
  | {
      readonly kind: 'start'
      readonly session: number
      readonly text: string
      readonly scenario: ScenarioFile
      readonly manual: boolean
      /** The texts of the loaded child flows, by name. */
      readonly flows: Readonly<Record<string, string>>
    }
  | { readonly kind: 'advance'; readonly session: number; readonly target: AdvanceTarget }
  | { readonly kind: 'manual'; readonly session: number; readonly call: ManualCall }
  | { readonly kind: 'stop'; readonly session: number }
  /** The view has shown every delta up to `seq`: the host may stream more (flow control for long runs). */
  | { readonly kind: 'ack'; readonly session: number; readonly seq: number }

/**
 * What the host tells the view: the run started (or could not), trace updates, manual answers. Words for the
 * person travel as messages (plain data, so they cross the worker boundary) and are said in the UI's language.
 */
export type HostEvent =
  /** `warnings`: what in the scenario the engine cannot apply to this flow (never silently ignored). */
  | { readonly kind: 'started'; readonly session: number; readonly startTime: number; readonly warnings: readonly Message[] }
  | { readonly kind: 'refused'; readonly session: number; readonly problems: readonly Message[] }
  | { readonly kind: 'delta'; readonly session: number; readonly seq: number; readonly delta: TraceDelta }
  | { readonly kind: 'answer'; readonly session: number; readonly answer: ManualAnswer }
  /** How the link to a run elsewhere (`fdl serve`) stands: following it, reconnecting, or the run is gone. */
  | { readonly kind: 'connection'; readonly session: number; readonly state: ConnectionState; readonly message: Message }

/** The `Local server` link: `live` (following the server's stream), `retrying` (it dropped), `gone` (the server lost the run). */
export type ConnectionState = 'live' | 'retrying' | 'gone'

/** The engine host as the store sees it: send commands, receive events. */
export interface SimHost {
  send(command: HostCommand): void
  /** Sets the one listener for the host's events. */
  listen(listener: (event: HostEvent) => void): void
  dispose(): void
}

/**
 * Real time for playback: a clock and animation frames. Injected so tests drive playback by hand and the
 * browser uses `performance.now` and `requestAnimationFrame`.
 */
export interface FrameClock {
  now(): number
  request(run: () => void): unknown
  cancel(handle: unknown): void
}
