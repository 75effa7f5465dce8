import { afterEach, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { memoryIo } from '../cli/io.ts'
import { runCli } from '../cli/runCli.ts'
import { readScenario } from '../sim/scenario/readScenario.ts'
import { fnfClient, mnsClient } from './testing/sdk.ts'
import { startTestServer } from './testing/startTestServer.ts'

const FLOW = `version: v1
type: flow
steps:
  - type: task
    name: Prepare
    resourceArn: acs:fc:::services/demo/functions/prepare
  - type: foreach
    name: Each
    iterationMapping:
      collection: $.items
      item: item
    steps:
      - type: task
        name: Work
        resourceArn: acs:mns:::/queues/work-queue/messages
        pattern: waitForCallback
        inputMappings:
          - target: taskToken
            source: $context.task.token
          - target: item
            source: $input.item
        serviceParams:
          MessageBody: $
  - type: wait
    name: Pause
    duration: 1
`

const SCENARIO = `input: { items: [a, b, c] }
tasks:
  Prepare:
    - succeed: { prepared: true }
      after: 1
  Work:
    - succeed: { done: true }
      after: 1
`

let stop: (() => Promise<void>) | null = null
afterEach(async () => {
  await stop?.()
  stop = null
})

describe('GetExecutionHistory against fdl simulate', () => {
  it('gives the same event types, steps and order as fdl simulate on the same flow and scenario', async () => {
    const io = memoryIo({ 'flow.yaml': FLOW, 'scenario.yaml': SCENARIO })
    expect(await runCli(['simulate', 'flow.yaml', '--scenario', 'scenario.yaml', '--json'], io)).toBe(0)
    const simulated = (JSON.parse(io.out) as { events: { type: string; stepName: string }[] }).events.map((e) => `${e.type} ${e.stepName}`)

    const scenario = readScenario(parse(SCENARIO)).scenario
    const s = await startTestServer({ flows: { demo: FLOW }, speed: 20, scenario })
    stop = () => s.close()
    const fnf = fnfClient(s.url)
    const mns = mnsClient(s.url)
    await fnf.startExecution({ FlowName: 'demo', ExecutionName: 'h1', Input: JSON.stringify({ items: ['a', 'b', 'c'] }) })
    // The worker the scenario describes: one message at a time, report success with { done: true }, then delete.
    for (let i = 0; i < 3; i++) {
      const got = await mns.receiveMessage('work-queue', 10)
      const { taskToken } = JSON.parse(got.body.MessageBody!) as { taskToken: string }
      await fnf.reportTaskSucceeded({ TaskToken: taskToken, Output: '{"done":true}' })
      await mns.deleteMessage('work-queue', got.body.ReceiptHandle!)
    }
    const done = await fnf.describeExecution({ FlowName: 'demo', ExecutionName: 'h1', WaitTimeSeconds: 10 }, { timeout: 15_000 })
    expect(done.Status).toBe('Succeeded')
    const served: string[] = []
    let next: string | undefined
    do {
      const page = await fnf.getExecutionHistory({ FlowName: 'demo', ExecutionName: 'h1', Limit: 7, ...(next ? { NextToken: next } : {}) })
      const events = page.Events as { Type: string; StepName: string; EventId: number }[]
      expect(events.length).toBeLessThanOrEqual(7)
      served.push(...events.map((e) => `${e.Type} ${e.StepName}`))
      next = page.NextToken as string | undefined
    } while (next)
    expect(served).toEqual(simulated)
    expect(served.length).toBeGreaterThan(20)
  })
})
