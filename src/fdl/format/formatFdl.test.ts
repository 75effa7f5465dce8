import { describe, expect, it } from 'vitest'
import { formatFdl } from './formatFdl.ts'
import { commentsOf } from '../testing/commentsOf.ts'
import { yamlText as y } from '../testing/yamlText.ts'

const formatted = (text: string) => {
  const r = formatFdl(text)
  if (!r.ok) throw new Error(`did not format: ${r.diagnostics.map((d) => d.message).join('; ')}`)
  return r.text
}

describe('formatFdl', () => {
  it('puts keys in FDL order and moves each comment with its key', () => {
    const text = y`
      # A flow written in a hurry.
      steps:
        - name: send   # the only step
          # The queue the worker reads.
          resourceArn: acs:mns:::/queues/q/messages
          serviceParams:
              MessageBody: $
          type: task
          inputMappings:
              # the token, so the worker can report
              - source: $context.task.token
                target: task_token
          pattern: waitForCallback
      type: flow
      version: v1
    `
    expect(formatted(text)).toBe(y`
      # A flow written in a hurry.
      version: v1
      type: flow
      steps:
        - type: task
          name: send # the only step
          # The queue the worker reads.
          resourceArn: acs:mns:::/queues/q/messages
          pattern: waitForCallback
          inputMappings:
            # the token, so the worker can report
            - target: task_token
              source: $context.task.token
          serviceParams:
            MessageBody: $
    `)
  })

  it('orders nested steps, branches and policies, and keeps unknown keys after known ones', () => {
    const out = formatted(y`
      version: v1
      type: flow
      steps:
        - name: c
          type: choice
          default: { goto: c }
          choices:
            - steps:
                - name: p
                  colour: red
                  type: pass
              condition: $.x
        - name: t
          type: task
          catch:
            - goto: c
              errors: [FnF.ALL]
          retry:
            - maxAttempts: 2
              errors: [FnF.ALL]
          action: fnf:StartExecution
    `)
    expect(out).toContain('  - type: choice\n    name: c\n    choices:\n      - condition: $.x\n        steps:\n          - type: pass\n            name: p\n            colour: red\n    default: {goto: c}\n')
    expect(out).toContain('    action: fnf:StartExecution\n    retry:\n      - errors: [FnF.ALL]\n        maxAttempts: 2\n    catch:\n      - errors: [FnF.ALL]\n        goto: c\n')
  })

  it('is idempotent and keeps every comment, quoting style and tag', () => {
    const text = "version: v1\ntype: flow\nsteps:\n    -   name: 'quoted'  # q\n        type: task\n        resourceArn: !Ref svc/fn\n# between steps\n    -   type: pass\n        name: \"p\"\n"
    const once = formatted(text)
    expect(formatted(once)).toBe(once)
    expect(commentsOf(once)).toEqual(commentsOf(text))
    expect(once).toContain("name: 'quoted'")
    expect(once).toContain('resourceArn: !Ref svc/fn')
    expect(once).toContain('name: "p"')
  })

  it('pretty-prints a JSON flow as JSON in FDL key order', () => {
    const out = formatted('{"steps":[{"name":"w","type":"wait","duration":5}],"type":"flow","version":"v1"}')
    expect(JSON.parse(out)).toEqual({ version: 'v1', type: 'flow', steps: [{ type: 'wait', name: 'w', duration: 5 }] })
    expect(out).toBe('{\n  "version": "v1",\n  "type": "flow",\n  "steps": [\n    {\n      "type": "wait",\n      "name": "w",\n      "duration": 5\n    }\n  ]\n}\n')
  })

  it('formats a flow with validation errors, since only YAML syntax blocks formatting', () => {
    expect(formatted('version: v9\ntype: flow\nsteps: []\n')).toBe('version: v9\ntype: flow\nsteps: []\n')
  })

  it('keeps a byte-order mark and CRLF line ends', () => {
    const text = '\uFEFFtype: flow\r\nversion: v1\r\n# c\r\nsteps:\r\n  - {name: a, type: pass}\r\n'
    expect(formatted(text)).toBe('\uFEFFversion: v1\r\ntype: flow\r\n# c\r\nsteps:\r\n  - {type: pass, name: a}\r\n')
    expect(formatted(formatted(text))).toBe(formatted(text))
  })

  it('refuses text that is not valid YAML, with the syntax diagnostic', () => {
    const r = formatFdl('version: v1\nsteps: [\n')
    expect(r.ok).toBe(false)
    expect(!r.ok && r.diagnostics[0]!.code).toBe('yaml-syntax')
  })

  it('refuses an alias with no anchor, which it could neither print nor turn into JSON', () => {
    for (const text of ['version: v1\ntype: flow\nsteps:\n  - type: pass\n    name: a\n    inputMappings: *m\n', '{"version": "v1", "steps": [{"type": "pass", "name": "a", "inputMappings": *m}]}']) {
      const r = formatFdl(text)
      expect(r.ok ? r.text : r.diagnostics.map((d) => d.code)).toEqual(['yaml-alias-unresolved'])
    }
  })
})
