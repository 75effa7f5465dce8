import { describe, expect, it } from 'vitest'
import { checkFdl } from './validateFlow.ts'
import { yamlText as y } from '../testing/yamlText.ts'

const found = (text: string, code: string) => checkFdl(text).diagnostics.filter((d) => d.code === code)

describe('goto and reachability', () => {
  it('accepts a goto between siblings inside a nested list, and names the siblings when one jumps out', () => {
    const text = y`
      version: v1
      type: flow
      steps:
        - type: foreach
          name: each
          iterationMapping: {collection: $.xs, item: x}
          outputMappings: [{target: r, source: $local}]
          steps:
            - type: choice
              name: inner
              choices:
                - condition: $.x > 1
                  goto: skip
                - condition: $.x < 0
                  goto: after
            - type: pass
              name: skip
        - type: pass
          name: after
    `
    const [outOfList, ...rest] = found(text, 'goto-not-sibling')
    expect(rest).toEqual([])
    expect(outOfList).toMatchObject({ path: ['steps', 0, 'steps', 0, 'choices', 1, 'goto'], range: { line: 15, column: 19 } })
    expect(outOfList!.message).toContain('`skip`')
  })

  it('treats a choice whose every branch jumps as the end of the list, and loops as reachable', () => {
    const text = y`
      version: v1
      type: flow
      steps:
        - type: wait
          name: poll
          duration: 5
        - type: choice
          name: done
          choices:
            - condition: $.ready
              goto: finish
          default:
            goto: poll
        - type: pass
          name: never
        - type: succeed
          name: finish
    `
    expect(found(text, 'unreachable-step').map((d) => d.path)).toEqual([['steps', 2]])
  })

  it('finds an unreachable step inside a branch', () => {
    const text = y`
      version: v1
      type: flow
      steps:
        - type: parallel
          name: par
          outputMappings: [{target: r, source: $local}]
          branches:
            - steps:
                - type: fail
                  name: stop
                  error: Stop
                - type: pass
                  name: dead
    `
    expect(found(text, 'unreachable-step').map((d) => d.path)).toEqual([['steps', 0, 'branches', 0, 'steps', 1]])
  })
})
