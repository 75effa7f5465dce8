import type { Integration } from '../../../fdl/arn/Integration.ts'
import type { TaskStep } from '../../../fdl/model/TaskStep.ts'
import { TextField } from '../fields/TextField.tsx'
import type { FieldCheck } from '../fields/FieldCheck.ts'
import { integrationCommands } from '../logic/integrationCommands.ts'
import { pathKey } from '../../../fdl/model/jsonPaths.ts'
import { useInspectorEnv } from '../useInspectorEnv.ts'

/** The typed parts of each integration, in the order the form shows them (region and account come last). */
const PARTS: Readonly<Record<Integration['kind'], readonly (readonly [string, string])[]>> = {
  'mns-queue': [['queue', 'Queue']],
  'mns-topic': [['topic', 'Topic']],
  fc: [['service', 'Service'], ['function', 'Function']],
  flow: [['flow', 'Flow']],
  action: [['product', 'Product'], ['api', 'API']],
}

const NAME = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/

/** Resource names as the MNS / FC / FnF ARN grammar accepts them (`parseResourceArn`). */
function checkName(label: string) {
  return (text: string): FieldCheck => {
    if (text === '') return { warning: `Enter the ${label.toLowerCase()}.` }
    return NAME.test(text) ? {} : { warning: 'Use letters, digits, _, . and -, starting with a letter, digit or _.' }
  }
}

/**
 * The fields of the picked integration (queue or topic name, service and function, flow name,
 * product and API) plus region and account; each keystroke rebuilds the ARN (or `action`) through
 * `src/fdl/arn`, in the ARN field's undo group.
 */
export function IntegrationFields({ step, target }: { readonly step: TaskStep; readonly target: Integration }) {
  const { edit } = useInspectorEnv()
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
      {PARTS[target.kind].map(([key, label]) => field(key, label, target.kind === 'action' ? (key === 'product' ? 'fnf' : 'StartExecution') : undefined, checkName(label)))}
      {target.kind === 'action' ? null : (
        <div className="insp-pair">
          {field('region', 'Region', 'the flow’s region')}
          {field('account', 'Account ID', 'the flow’s account', (t) => (/^\d*$/.test(t) ? {} : { warning: 'An account ID is digits only.' }))}
        </div>
      )}
    </>
  )
}
