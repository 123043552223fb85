import { fingerprint, redact } from '../conformance/findings.js'
import type { Flow } from '../src/model/port.js'
import { whyNotCompleted, type FindingKind, type ProbeResult, type ProbeStep } from './steps.js'
import { describeValidation } from './validate-jobs.js'

/**
 * The probe's report, safe to paste into a public issue: shapes and findings only. Identifying
 * strings the run has seen (the flow's id and name, its division, the people and clients on it, job
 * and operation ids, tokens and signed URLs) become placeholders, and so does anything that looks
 * like an id, a URL or an e-mail address; our own client id becomes its fingerprint. Version ids
 * such as 3.0 stay: they say nothing about the org.
 */

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi
const URL_LIKE = /\b(?:https?|wss?):\/\/[^\s"'`<>]+/gi
const API_PATH = /\/api\/v2\/[^\s"'`<>]*/g
const EMAIL = /[^\s"'`<>()@]+@[^\s"'`<>()@]+\.[a-z]{2,}/gi
const VERSION = /^\d+(\.\d+)*$/

export class Scrubber {
  private readonly known = new Map<string, string>()

  constructor(readonly clientId: string) {
    this.add(clientId, `<our client ${fingerprint(clientId)}>`)
  }

  /** A value to hide wherever it shows. Version ids and very short values are left alone. */
  add(value: string | undefined, placeholder = '<secret>'): void {
    if (value === undefined || value.length < 3 || VERSION.test(value) || this.known.has(value)) return
    this.known.set(value, placeholder)
  }

  /** The identifying parts of a flow as the platform answered it. */
  addFlow(flow: Flow & { id?: string }): void {
    this.add(flow.id, '<id>')
    this.add(flow.name, '<name>')
    for (const ref of [
      flow.division,
      flow.lockedUser,
      flow.lockedClient,
      flow.currentOperation?.user,
      flow.currentOperation?.client
    ]) {
      this.add(ref?.id, '<id>')
      this.add(ref?.name, '<name>')
    }
    this.add(flow.currentOperation?.id, '<id>')
  }

  private exact(text: string): string {
    let out = text
    for (const [value, placeholder] of [...this.known].sort((a, b) => b[0].length - a[0].length))
      out = out.split(value).join(placeholder)
    return out
  }

  /** Free text (a step, an error message): known values, then anything shaped like an id, URL or e-mail. */
  text(value: string): string {
    return this.exact(value)
      .replace(URL_LIKE, '<uri>')
      .replace(API_PATH, '<uri>')
      .replace(UUID, '<id>')
      .replace(EMAIL, '<email>')
      .replace(/"[^"\n]*"/g, '"<text>"')
      .replace(/(^|[\s(:=])'[^'\n]*'(?=[\s.,;:)!?]|$)/g, "$1'<text>'")
  }

  /** A platform answer as a shape: every string a placeholder of its kind (conformance's `redact`). */
  shape(value: unknown): string {
    return this.exact(JSON.stringify(redact(value, this.clientId), null, 2)).replace(UUID, '<id>')
  }
}

const FINDING_LABELS: Record<FindingKind, string> = {
  'went-live': 'the id went live',
  'nothing-changed': '200, and nothing changed',
  'publish-failed': 'the publish operation failed',
  'publish-refused': 'the publish was refused',
  'other-version-live': 'another version went live',
  'still-running': 'the publish was still running',
  unclear: 'cannot be told'
}

/** How a finding compares with the emulator's two publish modes. */
export function emulatorAgreement(kind: FindingKind | undefined): string {
  if (kind === 'nothing-changed') return 'agrees with its default (publishOnlyCheckedIn: true: 200, nothing changes)'
  if (kind === 'went-live') return 'agrees with publishOnlyCheckedIn: false (the id goes live), not with its default'
  return 'matches neither publish mode (default publishOnlyCheckedIn: true: 200, nothing changes; false: the id goes live)'
}

/** Placeholders shown as code, so that markdown does not take `<id>` for an HTML tag. */
function md(text: string): string {
  return text.replace(/<([^<>\n]+)>/g, '`<$1>`')
}

/** One step as printed while the probe runs. */
export function formatStep(index: number, step: ProbeStep, scrub: Scrubber): string {
  return [
    `${index}. ${step.ok ? '✓' : '✗'} ${scrub.text(step.title)}`,
    `   platform: ${scrub.text(step.platform)}`,
    `   emulator assumes: ${step.emulator}`
  ].join('\n')
}

export function renderProbeReport(result: ProbeResult, target: string, scrub: Scrubber): string {
  const notCompleted = whyNotCompleted(result)
  const lines = [
    '### genesys-flow-promote probe report',
    '',
    'What the platform does when a flow version that is neither live nor checked in is published, and whether',
    'the action’s way back works. Shapes and findings only: ids, names, e-mails and URLs are placeholders;',
    'our client id is a fingerprint. Platform messages are kept, with ids, URLs and quoted names replaced:',
    'read them before sharing.',
    '',
    `- ran against: ${target}`,
    `- finding: **${result.finding ? FINDING_LABELS[result.finding.kind] : 'none'}**${result.finding ? `: ${md(scrub.text(result.finding.text))}` : ''}`,
    `- compared with the emulator: ${emulatorAgreement(result.finding?.kind)}`,
    `- flow lookup ids: ${result.lookupIds ? `comma-joined (the SDK’s form, which the action sends): ${result.lookupIds['comma-joined']}; repeated \`id\` parameters: ${result.lookupIds.repeated}` : 'not tried'}`,
    `- way back: ${result.wayBack ? `${result.wayBack.how}: ${md(scrub.text(result.wayBack.detail))}; content verified: ${result.wayBack.verified ? 'yes' : 'no'}` : 'not reached'}`,
    `- validate jobs: ${result.validation ? md(scrub.text(describeValidation(result.validation))) : 'not reached'}`,
    `- result: ${notCompleted === undefined ? 'completed; what was live before is live again, verified by content' : `**not completed**: ${md(scrub.text(notCompleted))}`}`,
    '',
    '#### Steps',
    '',
    ...result.steps.flatMap((step, i) => [
      `${i + 1}. ${step.ok ? '' : '✗ '}**${md(scrub.text(step.title))}**`,
      `   - platform: ${md(scrub.text(step.platform))}`,
      `   - emulator assumes: ${step.emulator}`
    ])
  ]
  if (result.notes.length) lines.push('', '#### Notes', '', ...result.notes.map((n) => `- ${md(scrub.text(n))}`))
  if (result.shapes.length) {
    lines.push('', '#### Shapes', '', 'Every string is a placeholder of its kind; version ids and enum values stay.')
    for (const { label, value } of result.shapes) lines.push('', `${label}:`, '', '```json', scrub.shape(value), '```')
  }
  return lines.join('\n')
}
