/** A flow with comments in every place a comment can sit, blank lines, flow collections and quoted strings. */
export const COMMENTED_FLOW = `# Order flow: comments everywhere
version: v1
type: flow
steps:
  # Send the job
  - type: task   # the worker task
    name: send
    resourceArn: 'acs:mns:::/queues/q/messages'
    pattern: waitForCallback
    inputMappings:
      - target: task_token   # token
        source: $context.task.token
    serviceParams: {MessageBody: $, Priority: 1}
    catch:
      - errors: [FnF.ALL]
        goto: failed

  # Route on the result
  - type: choice
    name: route
    choices:
      - condition: $.ok == true
        steps:
          - type: pass
            name: fine
      - condition: $.retry
        goto: send
    default:
      goto: failed
  - type: parallel
    name: fan
    branches:
      - steps:
          - type: pass
            name: left
      - steps:
          - type: wait
            name: pause
            duration: 5
  - type: foreach
    name: each
    iterationMapping:
      collection: $.items
      item: item
    steps:
      - type: pass
        name: body
  - type: fail
    name: failed
    error: "Boom"   # quoted
# trailing comment of the document
`
