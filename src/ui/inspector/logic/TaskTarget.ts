import type { Integration } from '../../../fdl/arn/resourceArn.ts'

/**
 * What a task talks to, as the form shows it: a known integration (names may still be empty while the user
 * types), nothing yet, or an ARN the picker cannot read (a `!Ref` tag, another service), which the form
 * keeps as raw text.
 */
export type TaskTarget = Integration | { readonly kind: 'none' } | { readonly kind: 'custom'; readonly arn: string }
