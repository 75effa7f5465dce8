/** What tabs of the app tell each other about stored documents. */
export interface TabMessage {
  readonly kind: 'saved'
  readonly id: string
  /** The sending tab, so a tab ignores its own messages where the channel echoes them. */
  readonly tab: string
}

/** A broadcast between the app's tabs (`BroadcastChannel` in the browser; a shared fake in tests). */
export interface TabChannel {
  post(message: TabMessage): void
  listen(receive: (message: TabMessage) => void): () => void
}

/** The browser's channel, or none where `BroadcastChannel` does not exist (tabs then cannot warn each other). */
export function createBroadcastTabChannel(): TabChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null
  const channel = new BroadcastChannel('fdl-studio.documents')
  return {
    post: (message) => channel.postMessage(message),
    listen(receive) {
      const onMessage = (e: MessageEvent<TabMessage>) => {
        if (e.data?.kind === 'saved' && typeof e.data.id === 'string' && typeof e.data.tab === 'string') receive(e.data)
      }
      channel.addEventListener('message', onMessage)
      return () => channel.removeEventListener('message', onMessage)
    },
  }
}
