import { describe, expect, it } from 'vitest'
import { checkFdl } from '../validate/validateFlow.ts'

const flowHead = 'version: v1\ntype: flow\nsteps:\n'

/** Given hostile text, checkFdl must come back (no throw, no hang, no crash) with at least one diagnostic. */
function expectDiagnosed(text: string, code?: string) {
  const result = checkFdl(text)
  expect(result.diagnostics.length).toBeGreaterThan(0)
  if (code) expect(result.diagnostics.map((d) => d.code)).toContain(code)
  for (const d of result.diagnostics) expect(d.range.line).toBeGreaterThanOrEqual(1)
  return result
}

describe('bad input never crashes the reader', () => {
  it('reports malformed YAML with its position', () => {
    const r = expectDiagnosed(`${flowHead}  - type: pass\n    name: [unclosed\n  - type: "pass\n`, 'yaml-syntax')
    expect(r.text).toContain('[unclosed')
  })

  it('refuses a 5 MB file with one diagnostic instead of freezing', () => {
    const step = (i: number) => `  - type: pass\n    name: step_${i}\n    outputMappings:\n      - target: n\n        source: ${i}\n`
    const parts = [flowHead]
    for (let i = 0, size = 0; size < 5_000_000; i++) size += parts[parts.push(step(i)) - 1]!.length
    const r = expectDiagnosed(parts.join(''), 'document-too-large')
    expect(r.flow).toBeNull()
  })

  it.each([
    ['10,000 open flow sequences', '['.repeat(10_000)],
    ['10,000 closed flow sequences', '['.repeat(10_000) + ']'.repeat(10_000)],
    ['10,000 flow mappings', '{a: '.repeat(10_000) + '1' + '}'.repeat(10_000)],
    ['10,000 block sequences', '- '.repeat(10_000) + 'x\n'],
    ['1,000 block mappings indented one space each', Array.from({ length: 1000 }, (_, i) => ' '.repeat(i) + 'a:').join('\n') + ' 1\n'],
    ['100 nested foreach steps', flowHead + Array.from({ length: 100 }, (_, i) => `${'  '.repeat(3 * i)}  - type: foreach\n${'  '.repeat(3 * i)}    name: f${i}\n${'  '.repeat(3 * i)}    steps:\n`).join('')],
  ])('refuses %s before the yaml library recurses', (_, text) => {
    expectDiagnosed(text, 'yaml-too-deep')
  })

  it('still reads a flow nested as deep as real ones get', () => {
    const depth = 12
    const nested = Array.from({ length: depth }, (_, i) => `${'      '.repeat(i)}  - type: foreach\n${'      '.repeat(i)}    name: f${i}\n${'      '.repeat(i)}    iterationMapping: {collection: $.xs, item: x}\n${'      '.repeat(i)}    outputMappings: [{target: r, source: $local}]\n${'      '.repeat(i)}    steps:\n`).join('')
    const r = checkFdl(flowHead + nested + `${'      '.repeat(depth)}  - type: pass\n${'      '.repeat(depth)}    name: leaf\n`)
    expect(r.diagnostics).toEqual([])
  })

  it.each([
    ['plain block YAML (the block reader)', ''],
    ['YAML the yaml library reads (an anchor)', 'anchored: &x 1\n'],
  ])('reads a mapping of 100,000 keys in %s without a quadratic hang, and finds its duplicate key', (_, extra) => {
    const keys = Array.from({ length: 100_000 }, (_, i) => `  k${i}: ${i}\n`).join('')
    const r = expectDiagnosed(`${flowHead}  - type: pass\n    name: p\n${extra}extra:\n${keys}  k7: again\n`, 'yaml-syntax')
    expect(r.diagnostics.find((d) => d.code === 'yaml-syntax')!.message).toContain('Map keys must be unique')
    expect(r.diagnostics.find((d) => d.code === 'yaml-syntax')!.range.line).toBe(100_007 + (extra ? 1 : 0))
  })

  it('bounds an alias bomb (billion laughs)', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for (const k of 'bcdefghi') levels.push(`${k}: &${k} [${Array(9).fill(`*${String.fromCharCode(k.charCodeAt(0) - 1)}`).join(',')}]`)
    const r = expectDiagnosed(`${flowHead}  - type: pass\n    name: p\n${levels.join('\n')}\n`, 'yaml-too-complex')
    expect(r.flow?.body.steps).toHaveLength(1)
  })

  it('bounds a large anchored value aliased many times, as it does a bomb', () => {
    // 1,000 aliases stay within the alias count; each one expanding 20,000 nodes is what the node bound stops.
    const big = Array.from({ length: 5000 }, (_, i) => `  k${i}: [1, 2, 3]`).join('\n')
    const uses = Array(1000).fill('  - *big').join('\n')
    const r = expectDiagnosed(`${flowHead}  - type: pass\n    name: p\nbig: &big\n${big}\nuses:\n${uses}\n`, 'yaml-too-complex')
    expect(r.flow?.body.steps).toHaveLength(1)
  })

  it('bounds a bomb made of steps, which the model follows through aliases', () => {
    // Each level is a step whose branch holds nine aliases of the step before: 9^8 steps if followed blindly.
    const levels = ['  - &l0 {type: pass, name: x}']
    for (let i = 1; i <= 8; i++) levels.push(`  - &l${i} {type: parallel, name: p${i}, branches: [{steps: [${Array(9).fill(`*l${i - 1}`).join(', ')}]}]}`)
    const r = expectDiagnosed(`${flowHead}${levels.join('\n')}\n`, 'yaml-too-complex')
    expect(r.flow?.body.steps.map((s) => s.name)).toEqual(['x', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8'])
  })

  it('stops at a step that holds an alias of itself, and still reads the rest of the flow', () => {
    const r = expectDiagnosed(`${flowHead}  - &s {type: parallel, name: p, branches: [{steps: [*s]}]}\n  - type: pass\n    name: after\n`, 'yaml-too-complex')
    expect(r.flow?.body.steps.map((s) => s.name)).toEqual(['p', 'after'])
    expect(r.diagnostics.map((d) => d.code)).not.toContain('parse-failed')
  })

  it('keeps __proto__ and constructor as plain keys without polluting Object.prototype', () => {
    const text = `${flowHead}  - type: task\n    name: t\n    resourceArn: acs:mns:::/queues/q/messages\n    serviceParams:\n      MessageBody: $\n      __proto__: { polluted: yes }\n      constructor: { prototype: { polluted: yes } }\n    __proto__: { polluted: yes }\n    inputMappings:\n      - target: __proto__\n        source: { polluted: yes }\n  - type: constructor\n    name: toString\n  - type: __proto__\n    name: hasOwnProperty\n__proto__: { polluted: yes }\nconstructor: x\n`
    const r = expectDiagnosed(text, 'unknown-key')
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
    expect(Object.prototype).not.toHaveProperty('polluted')
    const task = r.flow!.body.steps[0]!
    expect(task.type === 'task' && Object.getPrototypeOf(task.serviceParams)).toBe(Object.prototype)
    expect(task.type === 'task' && Object.keys(task.serviceParams!)).toEqual(['MessageBody', '__proto__', 'constructor'])
    expect(r.flow!.body.steps.map((s) => s.type)).toEqual(['task', 'unknown', 'unknown'])
  })

  it.each([
    ['as UTF-8', Buffer.from(Array.from({ length: 256 }, (_, i) => i)).toString('utf8')],
    ['as Latin-1', Buffer.from(Array.from({ length: 256 }, (_, i) => i)).toString('latin1')],
    ['repeated', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)).toString('utf8')],
  ])('reports binary garbage (bytes 0-255 %s)', (_, text) => {
    expectDiagnosed(text)
  })

  it.each([['empty', ''], ['blank', '  \n\n'], ['only a comment', '# todo\n']])('reports an %s file as empty', (_, text) => {
    expect(expectDiagnosed(text, 'empty-document').flow).toBeNull()
  })

  it('reads a JSON flow like its YAML twin', () => {
    const json = JSON.stringify({ version: 'v1', type: 'flow', steps: [{ type: 'wait', name: 'w', duration: 5 }, { type: 'succeed', name: 'ok' }] }, null, 2)
    const r = checkFdl(json)
    expect(r.diagnostics).toEqual([])
    expect(r.flow?.body.steps.map((s) => [s.type, s.name])).toEqual([['wait', 'w'], ['succeed', 'ok']])
    expect(r.flow?.body.steps[0]).toMatchObject({ duration: 5, path: ['steps', 0] })
  })
})
