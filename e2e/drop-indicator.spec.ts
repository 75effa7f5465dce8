import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { expect, test } from './designerTest.ts'

/**
 * Issue 18, item 1: the insertion line drawn while a palette item is held over the canvas shows exactly where
 * the drop lands — on every edge between two steps, at the top and bottom of every lane, in an empty lane and on
 * a container's own border (its header and its foot belong to the sequence around it).
 */

const FIXTURE = 'e2e/fixtures/nested-drop.yaml'
const STEPS = 10

type Path = readonly (string | number)[]
interface Step { type: string; name: string; steps?: Step[]; branches?: { steps: Step[] }[]; choices?: { steps?: Step[] }[]; default?: { steps?: Step[] } }
interface Sequence { readonly path: Path; readonly names: readonly string[] }

/** Every sequence of the flow with its step names in order, found the way the canvas lays them out. */
function sequences(steps: readonly Step[], path: Path = ['steps']): Sequence[] {
  const out: Sequence[] = [{ path, names: steps.map((s) => s.name) }]
  steps.forEach((s, i) => {
    const at = [...path, i]
    if (s.type === 'foreach') out.push(...sequences(s.steps ?? [], [...at, 'steps']))
    s.branches?.forEach((b, j) => out.push(...sequences(b.steps, [...at, 'branches', j, 'steps'])))
    s.choices?.forEach((c, j) => c.steps && out.push(...sequences(c.steps, [...at, 'choices', j, 'steps'])))
    if (s.default?.steps) out.push(...sequences(s.default.steps, [...at, 'default', 'steps']))
  })
  return out
}

/** Where the step called `name` is: its sequence and index. */
function locate(steps: readonly Step[], name: string): { sequence: string; index: number } | null {
  for (const seq of sequences(steps)) {
    const index = seq.names.indexOf(name)
    if (index >= 0) return { sequence: seq.path.join('.'), index }
  }
  return null
}

interface Box { x: number; y: number; width: number; height: number }
interface Probe { readonly what: string; readonly x: number; readonly y: number; readonly sequence: string; readonly index: number }

test('the insertion line shows exactly where a palette drop lands, on every edge, lane and container border', async ({ designer, page }) => {
  await designer.goto()
  await page.getByRole('button', { name: 'Design', exact: true }).click()
  await designer.open(FIXTURE, 'Notify')
  await designer.settleViewport()
  const flow = parse(readFileSync(FIXTURE, 'utf8')) as { steps: Step[] }
  const boxOf = async (name: string): Promise<Box> => (await designer.node(name).boundingBox())!
  const containers = new Set(['Route', 'Fan', 'Each'])

  // The probes, measured on the diagram as drawn before any drag.
  const probes: Probe[] = []
  for (const seq of sequences(flow.steps)) {
    const key = seq.path.join('.')
    const lane = seq.path.length > 1 ? (await designer.lane(key).boundingBox())! : null
    const boxes = await Promise.all(seq.names.map(boxOf))
    const x = lane ? lane.x + lane.width / 2 : boxes[0]!.x + boxes[0]!.width / 2
    if (lane && boxes.length === 0) probes.push({ what: `the empty lane ${key}`, x, y: lane.y + lane.height / 2, sequence: key, index: 0 })
    if (lane && boxes.length > 0) {
      probes.push({ what: `the top of lane ${key}`, x, y: lane.y + 3, sequence: key, index: 0 })
      probes.push({ what: `the bottom of lane ${key}`, x, y: lane.y + lane.height - 3, sequence: key, index: boxes.length })
    }
    for (let i = 1; i < boxes.length; i++) {
      const above = boxes[i - 1]!
      const below = boxes[i]!
      for (const f of [0.15, 0.5, 0.85]) {
        const y = above.y + above.height + (below.y - above.y - above.height) * f
        probes.push({ what: `the edge ${seq.names[i - 1]} → ${seq.names[i]} at ${f}`, x: above.x + above.width / 2, y, sequence: key, index: i })
      }
    }
    // A container's header and its foot below the lanes are part of the sequence around it.
    for (let i = 0; i < boxes.length; i++) {
      if (!containers.has(seq.names[i]!)) continue
      const b = boxes[i]!
      probes.push({ what: `the header of ${seq.names[i]}`, x: b.x + 12, y: b.y + 4, sequence: key, index: i })
      probes.push({ what: `the foot of ${seq.names[i]}`, x: b.x + 12, y: b.y + b.height - 2, sequence: key, index: i + 1 })
    }
  }
  expect(probes.length).toBe(30)

  const original = await designer.text()
  const item = (await designer.paletteItem('Pass').boundingBox())!
  for (const probe of probes) {
    // A drop grows the flow and the canvas re-fits it; fitting the original again puts every box back.
    await designer.settleViewport()
    await page.mouse.move(item.x + 20, item.y + item.height / 2)
    await page.mouse.down()
    await page.mouse.move(probe.x, probe.y, { steps: 4 })
    await page.mouse.move(probe.x, probe.y + 0.5)
    const line = await page.locator('.drop-indicator').boundingBox()
    expect(line, probe.what).not.toBeNull()
    await page.mouse.up()
    await expect.poll(() => designer.text(), { message: probe.what }).not.toBe(original)
    const landed = locate((parse(await designer.text()) as { steps: Step[] }).steps, 'Pass_1')
    expect(landed, probe.what).toEqual({ sequence: probe.sequence, index: probe.index })

    // The line lies in the landing slot: below the step it now follows and above the one it now precedes,
    // and across the sequence it landed in.
    const seq = sequences(flow.steps).find((s) => s.path.join('.') === probe.sequence)!
    const lineY = line!.y + line!.height / 2
    const lineX = line!.x + line!.width / 2
    const before = seq.names[probe.index - 1]
    const after = seq.names[probe.index]
    if (before) expect(lineY, `${probe.what}: below ${before}`).toBeGreaterThanOrEqual((await boxOf(before)).y + (await boxOf(before)).height - 1)
    if (after) expect(lineY, `${probe.what}: above ${after}`).toBeLessThanOrEqual((await boxOf(after)).y + 1)
    const across = seq.path.length > 1 ? (await designer.lane(probe.sequence).boundingBox())! : await boxOf(seq.names[0]!)
    expect(lineX, `${probe.what}: across its sequence`).toBeGreaterThan(across.x)
    expect(lineX, `${probe.what}: across its sequence`).toBeLessThan(across.x + across.width)

    await page.getByRole('button', { name: 'Undo' }).click()
    await expect.poll(() => designer.text()).toBe(original)
    await expect(designer.canvas.locator('.flow-wrapper')).toHaveAttribute('data-steps', String(STEPS))
  }
})
