import type { Diagnostic } from '../fdl/model/Diagnostic.ts'
import { formatMessage, msg, type Message } from '../i18n/Message.ts'
import { checkFdl } from '../fdl/validate/validateFlow.ts'
import { deployScript } from './deployScript.ts'
import type { KitFile } from './KitModel.ts'
import { workerQueues, type KitModel } from './KitModel.ts'
import { kitReadme } from './kitReadme.ts'
import { nodeWorkerFiles } from './node/nodeWorkerFiles.ts'
import { pythonWorkerFiles } from './python/pythonWorkerFiles.ts'
import { executionStatements, policyDocument, TRUST_POLICY, workerStatements } from './ramPolicies.ts'
import { readKitModel, type KitOptions } from './readKitModel.ts'
import { rosTemplate } from './rosTemplate.ts'
import { terraformFiles } from './terraformFiles.ts'

/** The worker languages a kit can hold. */
export type KitLanguage = 'node' | 'python'

/** {@link KitOptions} plus the worker languages (default both). */
export interface GenerateKitOptions extends KitOptions {
  readonly langs?: readonly KitLanguage[]
  /** The flow file's or document's name without extension: the flow name when neither option nor flow gives one. */
  readonly sourceName?: string
}

/** A kit, or the reason there is none: the flow's errors, or a flow name the service would refuse. */
export type KitResult =
  | { readonly ok: true; readonly model: KitModel; readonly files: readonly KitFile[] }
  | { readonly ok: false; readonly errors: readonly Diagnostic[]; readonly message: string; readonly text: Message }

/** What CreateFlow accepts as a name (PLATFORM §2.2). */
export const FLOW_NAME = /^[A-Za-z_][A-Za-z0-9_-]{0,127}$/

/**
 * Generates the deploy kit of a flow (issue 13): pure, so the CLI writes the files and the app shows and zips
 * them. The flow name is the option, else the flow's `name:`, else the source's name. A flow with errors
 * gets no kit: deploying it would fail.
 */
export function generateKit(text: string, options: GenerateKitOptions = {}): KitResult {
  const parsed = checkFdl(text)
  const errors = parsed.diagnostics.filter((d) => d.severity === 'error')
  if (parsed.flow === null || errors.length > 0) return refusal(errors, msg('The flow has errors; fix them before deploying it.'))
  const flowFile = options.flowFile ?? (text.trimStart().startsWith('{') ? 'flow.json' : 'flow.yaml')
  const name = options.flowName ?? parsed.flow.name ?? options.sourceName ?? 'flow'
  if (!FLOW_NAME.test(name)) return refusal([], msg('`{name}` cannot be a flow name: use 1–128 letters, digits, _ and -, starting with a letter or _.', { name }))
  const model = readKitModel(parsed.flow, text, name, { ...options, flowFile })
  const langs = options.langs ?? ['node', 'python']
  const files: KitFile[] = [
    { path: 'README.md', text: kitReadme(model, langs).text },
    { path: flowFile, text },
    { path: 'ram/trust-policy.json', text: json(TRUST_POLICY) },
    { path: 'ram/execution-policy.json', text: json(policyDocument(executionStatements(model))) },
    { path: 'ram/worker-policy.json', text: json(policyDocument(workerStatements(model))) },
    deployScript(model),
    ...terraformFiles(model),
    rosTemplate(model),
  ]
  if (workerQueues(model).length > 0) {
    if (langs.includes('node')) files.push(...nodeWorkerFiles(model))
    if (langs.includes('python')) files.push(...pythonWorkerFiles(model))
  }
  return { ok: true, model, files }
}

const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n'

/** No kit: the English reason (the CLI prints it) and the same for the app to say in the person's language. */
function refusal(errors: readonly Diagnostic[], text: Message): KitResult {
  return { ok: false, errors, message: formatMessage(text), text }
}
