import { describe, expect, it } from 'vitest'
import { parseFdl } from '../../fdl/parse/parseFdl.ts'
import { ZH_CANVAS } from '../../i18n/zh/canvas.ts'
import { formatMessage, msg, type Message } from '../../i18n/Message.ts'
import type { ContainerNodeData, LaneNodeData, MarkerNodeData, PlaceholderNodeData, StepNodeData } from './CanvasNodeData.ts'
import { buildDiagram } from './diagram/buildDiagram.ts'
import type { Layout } from './layout/layoutDiagram.ts'
import { projectFlow } from './projectFlow.ts'

const FLOW = `version: v1
type: flow
steps:
  - type: pass
    name: Prepare
  - type: choice
    name: Route
    choices:
      - condition: $.kind == "fast"
        steps:
          - type: pass
            name: FastPath
      - condition: $.kind == "retry"
        goto: Prepare
    default:
      steps: []
  - type: parallel
    name: FanOut
    branches:
      - steps:
          - type: task
            name: Notify
            resourceArn: acs:mns:::/queues/notify/messages
            pattern: waitForCallback
            bogus: 1
  - type: foreach
    name: EachItem
    iterationMapping:
      collection: $.items
      item: item
    steps:
      - type: task
        name: Handle
        resourceArn: acs:fc:::services/demo/functions/handle
        end: true
        catch:
          - errors: [FC.Unknown]
            goto: Skip
      - type: pass
        name: Skip
  - type: succeed
    name: Done
`

const project = (text: string, layout: Layout | null = null) => {
  const parsed = parseFdl(text)
  return projectFlow({ flow: parsed.flow, diagnostics: parsed.diagnostics }, layout)
}
const inChinese = (m: Message | string) => formatMessage(m, ZH_CANVAS)
const node = (p: ReturnType<typeof project>, id: string) => p.nodes.find((n) => n.id === id)

describe('projectFlow', () => {
  it('gives every step a node named "<type> step <name>" carrying data-step', () => {
    const p = project(FLOW)
    const labels = p.nodes.filter((n) => n.ariaLabel).map((n) => n.ariaLabel)
    expect(labels).toEqual([
      'pass step Prepare', 'choice step Route', 'pass step FastPath', 'parallel step FanOut', 'task step Notify',
      'foreach step EachItem', 'task step Handle', 'pass step Skip', 'succeed step Done',
    ])
    expect(node(p, 'steps.2.branches.0.steps.0')?.domAttributes).toEqual({ 'data-step': 'Notify' })
  })

  it('puts branches inside their container as lanes, and steps inside lanes, parents first', () => {
    const p = project(FLOW)
    expect(node(p, 'steps.1.choices.0.steps')?.parentId).toBe('steps.1')
    expect(node(p, 'steps.1.default.steps')?.type).toBe('lane')
    expect(node(p, 'steps.1.choices.0.steps.0')?.parentId).toBe('steps.1.choices.0.steps')
    expect(node(p, 'steps.1.default.steps/empty')?.type).toBe('placeholder')
    const order = p.nodes.map((n) => n.id)
    for (const n of p.nodes) if (n.parentId) expect(order.indexOf(n.parentId)).toBeLessThan(order.indexOf(n.id))
  })

  it('draws a collapsed container as one fixed box saying how many steps it hides, with nothing inside it', async () => {
    const { layoutDiagram } = await import('./layout/layoutDiagram.ts')
    const parsed = parseFdl(FLOW)
    const diagram = buildDiagram(parsed.flow, new Set(['EachItem', 'Route']))
    const p = projectFlow({ flow: parsed.flow, diagnostics: parsed.diagnostics }, layoutDiagram(diagram), diagram)
    expect(p.nodes.filter((n) => n.ariaLabel).map((n) => n.ariaLabel)).toEqual([
      'pass step Prepare', 'choice step Route', 'parallel step FanOut', 'task step Notify', 'foreach step EachItem', 'succeed step Done',
    ])
    expect(node(p, 'steps.3')?.data).toMatchObject({ collapsed: { inside: 2 } })
    expect(node(p, 'steps.1')?.data).toMatchObject({ collapsed: { inside: 1 } })
    expect(node(p, 'steps.2')?.data).toMatchObject({ collapsed: null })
    expect(node(p, 'steps.3')).toMatchObject({ width: 248, height: 64 })
    // The catch jump inside the foreach has no ends to draw; the choice's own goto back to Prepare stays.
    expect(p.edges.some((e) => e.id.startsWith('catch:'))).toBe(false)
    expect(p.edges.some((e) => e.id.startsWith('goto:steps.1->steps.0'))).toBe(true)
    expect(diagram.signature).not.toBe(buildDiagram(parsed.flow).signature)
  })

  it('draws goto and catch jumps as distinct, labelled edges', () => {
    const p = project(FLOW)
    const goto = p.edges.find((e) => e.className === 'edge-goto')
    expect(goto).toMatchObject({ source: 'steps.1', target: 'steps.0', label: '$.kind == "retry"' })
    const caught = p.edges.find((e) => e.className === 'edge-catch')
    expect(caught).toMatchObject({ source: 'steps.3.steps.0', target: 'steps.3.steps.1', label: 'catch FC.Unknown' })
  })

  it('ends a sequence at end: true with a marker and draws no line out of succeed', () => {
    const p = project(FLOW)
    expect(node(p, 'steps.3.steps.0/end')?.data).toEqual({ label: msg('End'), variant: 'stop' })
    expect(p.edges.some((e) => e.source === 'steps.3.steps.0' && e.target === 'steps.3.steps.1' && e.className === 'edge-next')).toBe(false)
    expect(p.edges.some((e) => e.source === 'steps.4')).toBe(false)
    expect(p.edges.some((e) => e.source === 'steps.3' && e.target === 'steps.4')).toBe(true)
  })

  it('shows the integration, the callback pattern and a problems badge on the task that has them', () => {
    const p = project(FLOW)
    const notify = node(p, 'steps.2.branches.0.steps.0')?.data as StepNodeData
    expect(notify).toMatchObject({ callback: true, glyph: 'mns-queue', problems: { count: 1, severity: 'warning' } })
    expect(formatMessage(notify.detail!)).toBe('Queue notify')
    expect((node(p, 'steps.2')!.data as StepNodeData).problems).toBeNull()
    expect(formatMessage((node(p, 'steps.3.steps.0')!.data as StepNodeData).detail!)).toBe('Function demo/handle')
  })

  it('places nodes where the layout says', () => {
    const layout: Layout = { signature: '', boxes: new Map([['steps.0', { x: 10, y: 20, width: 248, height: 56 }]]), columns: 1 }
    expect(node(project(FLOW, layout), 'steps.0')?.position).toEqual({ x: 10, y: 20 })
  })

  it('says names, labels and its own words in the UI language, and the document\'s words as written', () => {
    const parsed = parseFdl(FLOW)
    const p = projectFlow({ flow: parsed.flow, diagnostics: parsed.diagnostics }, null, undefined, inChinese)
    expect(node(p, 'steps.2.branches.0.steps.0')?.ariaLabel).toBe('task 步骤 Notify')
    expect(p.edges.find((e) => e.className === 'edge-catch')).toMatchObject({ label: '捕获 FC.Unknown' })
    expect(p.edges.find((e) => e.className === 'edge-goto')).toMatchObject({ label: '$.kind == "retry"' })
    expect(inChinese((node(p, '__start')!.data as MarkerNodeData).label)).toBe('开始')
    const slot = (node(p, 'steps.1.default.steps/empty')!.data as PlaceholderNodeData).label
    expect([formatMessage(slot), inChinese(slot)]).toEqual(['Default of Route', 'Route 的默认分支'])
    expect(inChinese((node(p, 'steps.2')!.data as ContainerNodeData).summary!)).toBe('1 个分支')
    const lanes = p.nodes.filter((n) => n.type === 'lane').map((n) => inChinese((n.data as LaneNodeData).label))
    expect(lanes).toEqual(['$.kind == "fast"', '$.kind == "retry"', '默认', '分支 1', '遍历 $.items'])
  })

  it('draws an empty flow as Start, a drop placeholder and End', () => {
    const p = project('version: v1\ntype: flow\nsteps: []\n')
    expect(p.nodes.map((n) => n.type)).toEqual(['marker', 'placeholder', 'marker'])
    expect(p.edges).toHaveLength(2)
  })
})

describe('diagram signature', () => {
  it('stays the same when only names or values change, and changes when a step is added', () => {
    const sig = (t: string) => buildDiagram(parseFdl(t).flow).signature
    expect(sig(FLOW.replace('name: Prepare', 'name: Ready').replace('goto: Prepare', 'goto: Ready'))).toBe(sig(FLOW))
    expect(sig(FLOW.replace('duration', 'x'))).toBe(sig(FLOW))
    expect(sig(FLOW.replace('steps: []', 'steps:\n        - type: pass\n          name: D'))).not.toBe(sig(FLOW))
  })
})
