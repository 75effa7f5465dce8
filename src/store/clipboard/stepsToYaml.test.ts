import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { parseFdl } from '../../fdl/parse/parseFdl.ts'
import { stepsToYaml } from './stepsToYaml.ts'

const FLOW = `version: v1
type: flow
steps:
  - type: parallel
    name: P
    branches:
      - steps:
          # inner comment
          - type: pass
            name: Inner
  - type: succeed
    name: Done
`

describe('stepsToYaml', () => {
  it('copies one step with its children and comments as a mapping', () => {
    const text = stepsToYaml(parseFdl(FLOW), [['steps', 0]])
    expect(text).toContain('# inner comment')
    expect(parse(text)).toEqual({ type: 'parallel', name: 'P', branches: [{ steps: [{ type: 'pass', name: 'Inner' }] }] })
  })

  it('copies several steps as a list', () => {
    const text = stepsToYaml(parseFdl(FLOW), [['steps', 1], ['steps', 0, 'branches', 0, 'steps', 0]])
    expect(parse(text)).toEqual([{ type: 'succeed', name: 'Done' }, { type: 'pass', name: 'Inner' }])
  })

  it('gives nothing for paths that name no step', () => {
    expect(stepsToYaml(parseFdl(FLOW), [['steps', 9]])).toBe('')
  })

  it('writes out an alias whose anchor stays behind, and keeps one whose anchor is copied too', () => {
    const shared = `version: v1
type: flow
steps:
  - type: pass
    name: A
    inputMappings: &rows
      - target: x
        source: $input.x
  - type: pass
    name: B
    inputMappings: *rows   # the same rows
`
    const one = stepsToYaml(parseFdl(shared), [['steps', 1]])
    expect(one).not.toContain('*rows')
    expect(parse(one)).toEqual({ type: 'pass', name: 'B', inputMappings: [{ target: 'x', source: '$input.x' }] })
    const both = stepsToYaml(parseFdl(shared), [['steps', 0], ['steps', 1]])
    expect(both).toContain('*rows')
    expect(parse(both)).toEqual([
      { type: 'pass', name: 'A', inputMappings: [{ target: 'x', source: '$input.x' }] },
      { type: 'pass', name: 'B', inputMappings: [{ target: 'x', source: '$input.x' }] },
    ])
  })

  it('copies nothing rather than an alias bomb or an alias with no anchor', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x]']
    for (const k of 'bcdefg') levels.push(`${k}: &${k} [${Array(9).fill(`*${String.fromCharCode(k.charCodeAt(0) - 1)}`).join(', ')}]`)
    const bomb = `${levels.join('\n')}\nversion: v1\ntype: flow\nsteps:\n  - type: pass\n    name: A\n    lol: *g\n`
    expect(stepsToYaml(parseFdl(bomb), [['steps', 0]])).toBe('')
    const dangling = 'version: v1\ntype: flow\nsteps:\n  - type: pass\n    name: A\n    inputMappings: *nowhere\n'
    expect(stepsToYaml(parseFdl(dangling), [['steps', 0]])).toBe('')
  })

  it('writes out a step drawn through an alias, and follows redefined anchors to the value each alias means', () => {
    const drawn = 'version: v1\ntype: flow\nsteps: [&s {type: pass, name: a}, *s]\n'
    expect(parse(stepsToYaml(parseFdl(drawn), [['steps', 1]]))).toEqual({ type: 'pass', name: 'a' })
    const redefined = `version: v1
type: flow
steps:
  - {type: pass, name: a, inputMappings: &m [{target: one, source: $.x}]}
  - {type: pass, name: b, inputMappings: &m [{target: two, source: $.x}]}
  - {type: pass, name: c, inputMappings: *m}
`
    // b is not copied, so c's *m (which means b's rows) must not fall back to a's &m.
    expect(parse(stepsToYaml(parseFdl(redefined), [['steps', 0], ['steps', 2]]))[1]).toEqual({ type: 'pass', name: 'c', inputMappings: [{ target: 'two', source: '$.x' }] })
    const nested = `x: &o {q: &m two}
y: &m one
version: v1
type: flow
steps:
  - {type: pass, name: a, k1: *o, k2: *m}
`
    // Writing out *o must not bring its inner &m along, which would change what *m means after it.
    expect(parse(stepsToYaml(parseFdl(nested), [['steps', 0]]))).toEqual({ type: 'pass', name: 'a', k1: { q: 'two' }, k2: 'one' })
  })

  it('copies nothing when writing the aliases out would be huge', () => {
    const big = Array.from({ length: 5000 }, (_, i) => `  k${i}: v`).join('\n')
    const text = `big: &big\n${big}\nversion: v1\ntype: flow\nsteps:\n  - type: pass\n    name: a\n    extra: [*big, *big, *big, *big, *big]\n`
    expect(stepsToYaml(parseFdl(text), [['steps', 0]])).toBe('')
  })
})
