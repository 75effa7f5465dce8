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
})
