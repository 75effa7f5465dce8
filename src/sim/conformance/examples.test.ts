import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseFdl } from '../../fdl/parse/parseFdl.ts'
import { BUILT_IN_DIR, corpusManifest, flowFiles, itCorpus } from '../../testing/corpus.ts'
import { createSimulation } from '../engine/runLoop.ts'
import { readScenario } from '../scenario/readScenario.ts'

/** A flow file read for simulation: one that does not parse fails the test here, with its first error. */
function flowOf(file: string) {
  const { flow, diagnostics } = parseFdl(readFileSync(file, 'utf8'))
  if (!flow) throw new Error(`${file} does not parse: ${diagnostics[0]?.message ?? 'no flow'}`)
  return flow
}

/** Runs a flow to its end with a scenario and returns its final status. */
function finalStatus(file: string, scenario: unknown = {}): string {
  const sim = createSimulation({ flow: flowOf(file), scenario: readScenario(scenario).scenario })
  expect(sim.run(1_000_000), `${file} ends`).toBe(true)
  return sim.status
}

/**
 * Each built-in example with a scenario that makes it do what its comments say, and the status it must end in.
 * Where a flow reads its input, the input is given; where a task's answer decides the path, the answers are.
 */
const BUILT_IN: readonly { file: string; scenario: unknown; status: string; why: string }[] = [
  { file: 'choice.yaml', scenario: { input: { jobId: 'j1' }, tasks: { checkJob: [{ succeed: { status: 'running' } }, { succeed: { status: 'done' } }] } }, status: 'Succeeded', why: 'polls once more, then the job is done' },
  { file: 'choice.yaml', scenario: { tasks: { checkJob: [{ succeed: { status: 'failed' } }] } }, status: 'Failed', why: 'the job failed: noteFailure, then jobFailed' },
  { file: 'fail.yaml', scenario: {}, status: 'Failed', why: 'a fail step ends it' },
  { file: 'foreach.yaml', scenario: { input: { keys: ['a', 'b', 'c'] } }, status: 'Succeeded', why: 'one iteration per key' },
  { file: 'foreach.yaml', scenario: {}, status: 'Failed', why: 'no list at $.keys (collectionNotArray: fail, the default)' },
  { file: 'mns-callback.yaml', scenario: {}, status: 'Succeeded', why: 'the simulated worker reports success' },
  { file: 'mns-callback.yaml', scenario: { tasks: { Task_1: [{ fail: { error: 'WorkerError' } }] } }, status: 'Failed', why: 'the worker reports a failure' },
  { file: 'mns-three-tasks.yaml', scenario: {}, status: 'Succeeded', why: 'three callbacks in turn' },
  { file: 'parallel.yaml', scenario: {}, status: 'Succeeded', why: 'every branch succeeds' },
  { file: 'pass.yaml', scenario: {}, status: 'Succeeded', why: 'only mappings' },
  { file: 'succeed.yaml', scenario: {}, status: 'Succeeded', why: 'a succeed step ends it' },
  { file: 'task-fc.yaml', scenario: {}, status: 'Succeeded', why: 'the function returns' },
  { file: 'wait.yaml', scenario: { input: { pollSeconds: 2 } }, status: 'Succeeded', why: 'every wait has its time' },
  { file: 'wait.yaml', scenario: {}, status: 'Failed', why: 'no $input.pollSeconds for the wait read from the input' },
]

/** The input every corpus flow gets (the fields the public examples read), and the status each one ends in with it. */
const CORPUS_INPUT = { names: ['a'], files: ['f'], pollInterval: 1, wait: 1, wait_timestamp: '2026-01-01T00:00:05Z', status: 'ready' }
const CORPUS_STATUS: Readonly<Record<string, string>> = {
  '03-oss-batch-process-foreach.yaml': 'Failed',
  '04-mns-topic-waitforcallback.yaml': 'Succeeded',
  '05-mns-queue-waitforcallback.yaml': 'Succeeded',
  '06-fc-waitforcallback.yaml': 'Succeeded',
  '07-parallel-wait-any-subflow.yaml': 'Succeeded',
  '08-subflow-waitforcallback-main.yaml': 'Succeeded',
  '10-subflow-catch-report.yaml': 'Succeeded',
  '12-subflow-child-audit.yaml': 'Succeeded',
  '13-doc-choice.yaml': 'Succeeded',
  '14-doc-parallel.yaml': 'Succeeded',
  '15-doc-foreach.yaml': 'Succeeded',
  '16-doc-wait-variants-a.yaml': 'Succeeded',
  '16-doc-wait-variants-b.yaml': 'Succeeded',
  '16-doc-wait-variants-c.yaml': 'Succeeded',
  '16-doc-wait-variants-d.yaml': 'Succeeded',
  '17-doc-pass.yaml': 'Succeeded',
  '18-doc-fail.yaml': 'Succeeded',
  '19-doc-succeed.yaml': 'Succeeded',
  '21-oss-restore-wait-path.yaml': 'Succeeded',
  '22-doc-mns-topic-modes-a.yaml': 'Succeeded',
  '22-doc-mns-topic-modes-b.yaml': 'Succeeded',
  '26-terraform-minimal-pass.yaml': 'Succeeded',
}

describe('every example flow simulates to its own end', () => {
  it.each(BUILT_IN.map((c) => [c.file, c.status, c.why, c.scenario] as const))('%s ends %s: %s', (file, status, _why, scenario) => {
    expect(finalStatus(`${BUILT_IN_DIR}/${file}`, scenario)).toBe(status)
  })

  it('has a row for every built-in example', () => {
    expect(new Set(BUILT_IN.map((c) => c.file))).toEqual(new Set(flowFiles(BUILT_IN_DIR, /\.yaml$/).map((f) => basename(f))))
  })

  it('has a status for every corpus flow', () => {
    expect(Object.keys(CORPUS_STATUS).sort()).toEqual(corpusManifest().filter((f) => f.endsWith('.yaml')).sort())
  })

  itCorpus('%s ends in its own status, within the event limit', (file) => {
    const sim = createSimulation({ flow: flowOf(file), input: CORPUS_INPUT })
    expect(sim.run(1_000_000)).toBe(true)
    expect(sim.status).toBe(CORPUS_STATUS[basename(file)])
    expect(sim.result().events.length).toBeLessThanOrEqual(5000)
  }, /\.yaml$/)
})
