import type { Integration } from '../fdl/arn/resourceArn.ts'
import { parseResourceArn } from '../fdl/arn/resourceArn.ts'
import { PLACEHOLDER, template, type Template } from './Template.ts'

/** What a task calls, with every name, region and account as a {@link Template} (placeholders kept). */
export type Target =
  | { readonly kind: 'mns-queue'; readonly name: Template; readonly region: Template; readonly account: Template }
  | { readonly kind: 'mns-topic'; readonly name: Template; readonly region: Template; readonly account: Template }
  | { readonly kind: 'fc'; readonly service: Template; readonly function: Template; readonly region: Template; readonly account: Template }
  | { readonly kind: 'flow'; readonly name: Template; readonly region: Template; readonly account: Template }
  | { readonly kind: 'action'; readonly product: string; readonly api: string }

// Digits only, so a stand-in fits every ARN field's charset (the account field takes nothing else).
const token = (i: number) => `90817${i}90817`

/**
 * Reads a `resourceArn` through src/fdl/arn, placeholders included: each placeholder is swapped for a stand-in
 * the ARN grammar accepts, the ARN parsed, and the stand-ins turned back into variables. Null when the ARN is
 * malformed even so.
 */
export function readArn(arn: string): Target | null {
  const placeholders: string[] = []
  const masked = arn.trim().replace(PLACEHOLDER, (p) => token(placeholders.push(p) - 1))
  const integration = parseResourceArn(masked)
  if (integration === null) return null
  const back = (field: string) => template(placeholders.reduce((s, p, i) => s.split(token(i)).join(p), field))
  return fromIntegration(integration, back)
}

/** The target of an `action:` task (`fnf:StartExecution`), or null when it is not `<product>:<ApiName>`. */
export function readAction(action: string): Target | null {
  const m = /^([A-Za-z][A-Za-z0-9-]*):([A-Za-z][A-Za-z0-9]*)$/.exec(action.trim())
  return m ? { kind: 'action', product: m[1]!, api: m[2]! } : null
}

function fromIntegration(i: Integration, back: (field: string) => Template): Target {
  switch (i.kind) {
    case 'mns-queue':
      return { kind: i.kind, name: back(i.queue), region: back(i.region), account: back(i.account) }
    case 'mns-topic':
      return { kind: i.kind, name: back(i.topic), region: back(i.region), account: back(i.account) }
    case 'fc':
      return { kind: i.kind, service: back(i.service), function: back(i.function), region: back(i.region), account: back(i.account) }
    case 'flow':
      return { kind: i.kind, name: back(i.flow), region: back(i.region), account: back(i.account) }
    case 'action':
      return { kind: i.kind, product: i.product, api: i.api }
  }
}
