import type { Integration } from '../../../fdl/arn/resourceArn.ts'
import type { TaskStep } from '../../../fdl/model/Step.ts'
import { msg, type Message } from '../../../i18n/Message.ts'
import type { UiText } from '../../../i18n/UiText.ts'
import { useT } from '../../i18n/language.ts'
import { TextField } from '../fields/TextField.tsx'
import type { FieldCheck } from '../fields/FieldCheck.ts'
import { integrationCommands } from '../logic/integrationCommands.ts'
import { pathKey } from '../../../fdl/model/jsonPaths.ts'
import { useInspectorEnv } from '../useInspectorEnv.ts'

/**
 * The typed parts of each integration, in the order the form shows them (region and account come last): key,
 * label, and what an empty field says.
 */
const PARTS: Readonly<Record<Integration['kind'], readonly (readonly [string, UiText, Message])[]>> = {
  'mns-queue': [['queue', 'Queue', msg('Enter the queue.')]],
  'mns-topic': [['topic', 'Topic', msg('Enter the topic.')]],
  fc: [['service', 'Service', msg('Enter the service.')], ['function', 'Function', msg('Enter the function.')]],
  flow: [['flow', 'Flow', msg('Enter the flow.')]],
  action: [['product', 'Product', msg('Enter the product.')], ['api', 'API', msg('Enter the api.')]],
}

const NAME = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/

/** Resource names as the MNS / FC / FnF ARN grammar accepts them (`parseResourceArn`). */
function checkName(empty: Message) {
  return (text: string): FieldCheck => {
    if (text === '') return { warning: empty }
    return NAME.test(text) ? {} : { warning: msg('Use letters, digits, _, . and -, starting with a letter, digit or _.') }
  }
}

/**
 * The fields of the picked integration (queue or topic name, service and function, flow name,
 * product and API) plus region and account; each keystroke rebuilds the ARN (or `action`) through
 * `src/fdl/arn`, in the ARN field's undo group.
 */
export function IntegrationFields({ step, target }: { readonly step: TaskStep; readonly target: Integration }) {
  const { edit } = useInspectorEnv()
  const t = useT()
  const group = `field:${pathKey([...step.path, target.kind === 'action' ? 'action' : 'resourceArn'])}`
  const field = (key: string, label: string, placeholder?: string, check?: (text: string) => FieldCheck) => (
    <TextField
      key={key}
      label={label}
      value={String((target as unknown as Record<string, string>)[key] ?? '')}
      placeholder={placeholder}
      check={check}
      className={key === 'region' || key === 'account' ? 'insp-half' : undefined}
      onCommit={(text) => {
        edit(integrationCommands(step, { ...target, [key]: text.trim() } as Integration), group)
        return text.trim()
      }}
    />
  )
  return (
    <>
      {PARTS[target.kind].map(([key, label, empty]) => field(key, t(label), target.kind === 'action' ? (key === 'product' ? 'fnf' : 'StartExecution') : undefined, checkName(empty)))}
      {target.kind === 'action' ? null : (
        <div className="insp-pair">
          {field('region', t('Region'), t('the flow’s region'))}
          {field('account', t('Account ID'), t('the flow’s account'), (text) => (/^\d*$/.test(text) ? {} : { warning: msg('An account ID is digits only.') }))}
        </div>
      )}
    </>
  )
}
