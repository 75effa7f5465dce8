/** What a task step talks to, as read from its `resourceArn` or `action` (REFERENCE §6.1, §6.2). */
export type Integration =
  | { readonly kind: 'mns-queue'; readonly queue: string; readonly region: string; readonly account: string }
  | { readonly kind: 'mns-topic'; readonly topic: string; readonly region: string; readonly account: string }
  | { readonly kind: 'fc'; readonly service: string; readonly function: string; readonly region: string; readonly account: string }
  | { readonly kind: 'flow'; readonly flow: string; readonly region: string; readonly account: string }
  | { readonly kind: 'action'; readonly product: string; readonly api: string }

/** The integration kinds, in the order the inspector's picker offers them. */
export type IntegrationKind = Integration['kind']
