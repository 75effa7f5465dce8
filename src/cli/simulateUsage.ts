/** `fdl simulate --help`. */
export const SIMULATE_USAGE = `Usage: fdl simulate FILE [--input JSON|@file.json] [--scenario FILE] [--json]

Runs the flow in the simulator on a virtual clock (no cloud calls): MNS queues, a simulated worker, callbacks,
retries, timeouts and child flows. Without a scenario every task succeeds with {} after 1 virtual second.

  --input JSON | @file.json   execution input (a JSON object); overrides the scenario's input
  --scenario FILE             scenario (YAML or JSON): input, startTime, tasks (outcomes by call), worker,
                              flows (child flow files, relative to the scenario), options (simulator choices)
  --json                      print the result object {status, output, error, cause, startTime, endTime,
                              events, messages} instead of the summary and timeline

Exit code: 0 Succeeded, 1 Failed or TimedOut, 2 usage error, unreadable file or a flow with validation errors.
`
