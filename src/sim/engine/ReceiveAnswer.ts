/** A received message as ReceiveMessage returns it (REFERENCE §12.4; times in ms since the epoch). */
export interface ReceivedMessage {
  readonly MessageId: string
  readonly ReceiptHandle: string
  readonly MessageBody: string
  readonly MessageBodyMD5: string
  readonly EnqueueTime: number
  readonly NextVisibleTime: number
  readonly FirstDequeueTime: number
  readonly DequeueCount: number
  readonly Priority: number
}

/** The state of a manual long poll: got a message, still waiting, or ended with `MessageNotExist`. */
export type ReceiveAnswer =
  | { readonly status: 'received'; readonly pollId: number; readonly message: ReceivedMessage }
  | { readonly status: 'waiting'; readonly pollId: number; readonly until: number }
  | { readonly status: 'empty'; readonly pollId: number; readonly code: 'MessageNotExist'; readonly message: string }
