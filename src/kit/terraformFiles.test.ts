import { parse } from '@cdktf/hcl2json'
import { describe, expect, it } from 'vitest'
import { file, flowOf, kitFiles, mnsTask, plainTask } from './testing/flows.ts'

// The parser is HashiCorp's own HCL library compiled to WebAssembly: what parses here parses in terraform.
type Blocks = Record<string, Record<string, Record<string, unknown>[]>>
const hcl = async (name: string, text: string) => (await parse(name, text)) as { resource?: Blocks; variable?: Record<string, Record<string, unknown>[]>; output?: Record<string, Record<string, unknown>[]>; locals?: Record<string, unknown>[] }

describe('terraform/', () => {
  const three = kitFiles(flowOf(
    mnsTask('a', 'acs:mns:::/queues/orders/messages'),
    mnsTask('b', 'acs:mns:::/queues/audit-log/messages', 'token'),
    mnsTask('c', 'acs:mns:::/queues/orders/messages'),
    plainTask('d', 'acs:fnf:::flow/child'),
  ), { region: 'cn-hangzhou', sourceName: 'orders' })

  it('parses as HCL and creates every queue the flow sends to, once each', async () => {
    const main = await hcl('main.tf', file(three, 'terraform/main.tf'))
    const queues = main.resource!['alicloud_message_service_queue']!
    expect(Object.values(queues).map((q) => q[0]!['queue_name']).sort()).toEqual(['audit-log', 'orders'])
  })

  it('creates the flow from the kit\'s flow file, after its queues and role policy', async () => {
    const main = await hcl('main.tf', file(three, 'terraform/main.tf'))
    const flow = main.resource!['alicloud_fnf_flow']!['flow']![0]!
    expect(flow).toMatchObject({ name: '${var.flow_name}', type: 'FDL', definition: '${local.definition}', role_arn: '${alicloud_ram_role.execution.arn}' })
    expect(flow['depends_on']).toEqual(['${alicloud_message_service_queue.queue_orders}', '${alicloud_message_service_queue.queue_audit_log}', '${alicloud_ram_role_policy_attachment.execution}'])
    expect(main.locals![0]!['definition']).toBe('${file("${path.module}/../flow.yaml")}')
    expect(three.has('flow.yaml')).toBe(true)
  })

  it('attaches the execution policy, with the flow\'s resources, to a role the service may assume', async () => {
    const main = await hcl('main.tf', file(three, 'terraform/main.tf'))
    const r = main.resource!
    expect(r['alicloud_ram_role_policy_attachment']!['execution']![0]).toEqual({ role_name: '${alicloud_ram_role.execution.role_name}', policy_name: '${alicloud_ram_policy.execution.policy_name}', policy_type: 'Custom' })
    const policy = r['alicloud_ram_policy']!['execution']![0]!['policy_document'] as string
    expect(policy).toContain('"acs:mns:cn-hangzhou:*:/queues/orders/messages"')
    expect(policy).toContain('"acs:fnf:cn-hangzhou:*:flows/child/executions/*"')
    expect(r['alicloud_ram_role']!['execution']![0]!['assume_role_policy_document']).toContain('"fnf.aliyuncs.com"')
  })

  it('declares the region (defaulting to --region) and the flow name; outputs name every queue and the flow', async () => {
    const vars = await hcl('variables.tf', file(three, 'terraform/variables.tf'))
    expect(vars.variable!['region']![0]!['default']).toBe('cn-hangzhou')
    expect(vars.variable!['flow_name']![0]!['default']).toBe('orders')
    const outputs = await hcl('outputs.tf', file(three, 'terraform/outputs.tf'))
    expect(outputs.output!['queue_names']![0]!['value']).toEqual(['${alicloud_message_service_queue.queue_orders.queue_name}', '${alicloud_message_service_queue.queue_audit_log.queue_name}'])
    expect(outputs.output!['flow_name']![0]!['value']).toBe('${alicloud_fnf_flow.flow.name}')
  })

  it('keeps placeholders as variables: declared, interpolated in names and policies, replaced in the definition', async () => {
    const files = kitFiles(flowOf(mnsTask('a', 'acs:mns:::/queues/${queue}/messages'), mnsTask('b', 'acs:mns:::/queues/<queue-name>-dlq/messages')))
    const vars = await hcl('variables.tf', file(files, 'terraform/variables.tf'))
    expect(Object.keys(vars.variable!).sort()).toEqual(['flow_name', 'queue', 'queue_name', 'region'])
    expect(vars.variable!['region']![0]!['default']).toBeUndefined()
    const main = await hcl('main.tf', file(files, 'terraform/main.tf'))
    expect(Object.values(main.resource!['alicloud_message_service_queue']!).map((q) => q[0]!['queue_name']).sort()).toEqual(['${var.queue_name}-dlq', '${var.queue}'])
    expect(main.locals![0]!['definition']).toBe('${replace(replace(file("${path.module}/../flow.yaml"), "$${queue}", var.queue), "<queue-name>", var.queue_name)}')
    expect(main.resource!['alicloud_ram_policy']!['worker']![0]!['policy_document']).toContain('"acs:mns:*:*:/queues/${var.queue}/messages"')
  })
})
