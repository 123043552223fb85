import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { z } from 'zod'
import { Inputs } from '../model/action.js'
import { InputError } from '../model/errors.js'
import { CHECKED_IN, DEFAULT_RATE_LIMIT_PER_MINUTE, type ReleasePlan } from '../model/plan.js'
import { flowSelectionProblem, toFlowSpec } from './flow-spec.js'
import { flowId, flowType, versionId } from './schema.js'

/**
 * A release manifest (YAML or JSON), with the same kebab-case keys as the action's inputs:
 *
 *   atomic: true
 *   concurrency: 4
 *   rate-limit-per-minute: 300
 *   stages:
 *     - name: modules
 *       flows:
 *         - { flow-name: Shared Greeting, flow-type: commonmodule, target-version: "12.0" }
 *
 * or a top-level `flows:` list for a single stage.
 */

/** YAML reads an unquoted 12.0 as the number 12: refuse numbers rather than guess the version. */
const manifestVersion = z.unknown().transform((value, ctx) => {
  if (typeof value === 'number') {
    ctx.addIssue({
      code: 'custom',
      message: `is the number ${value}: YAML reads an unquoted version such as 12.0 as ${value}; write it in quotes, e.g. "${Number.isInteger(value) ? `${value}.0` : value}"`
    })
    return z.NEVER
  }
  const parsed = versionId.safeParse(value)
  if (!parsed.success) {
    ctx.addIssue({
      code: 'custom',
      message:
        typeof value === 'string' ? parsed.error.issues[0]!.message : 'must be a version id in quotes, such as "3.0"'
    })
    return z.NEVER
  }
  return parsed.data
})

const FLOW_FIELDS = {
  [Inputs.FlowId]: flowId.optional(),
  [Inputs.FlowName]: z.string().trim().min(1).max(200).optional(),
  [Inputs.FlowType]: flowType.optional(),
  [Inputs.TargetVersion]: manifestVersion.optional(),
  [Inputs.FlowFile]: z.string().trim().min(1, 'must be a file path').max(500).optional(),
  [Inputs.ExpectedCurrentVersion]: manifestVersion.optional(),
  [Inputs.RollbackVersion]: manifestVersion.optional(),
  [Inputs.SourceVersion]: manifestVersion.optional()
}

/** One flow of the manifest; `fromSource`: the run takes its flows from a source organization. */
function manifestFlowSchema(fromSource: boolean) {
  return z
    .object(FLOW_FIELDS)
    .strict()
    .superRefine((flow, ctx) => {
      const issue = (key: Inputs, message: string) => ctx.addIssue({ code: 'custom', path: [key], message })
      if (fromSource) return sourceFlowIssues(flow, issue)
      if (flow[Inputs.SourceVersion] !== undefined)
        issue(Inputs.SourceVersion, 'goes with source-client-id: there is no source organization to take it from')
      const file = flow[Inputs.FlowFile]
      if (file !== undefined && flow[Inputs.TargetVersion] !== undefined)
        issue(Inputs.TargetVersion, 'does not go with flow-file: the file is what goes live')
      if (file === undefined && flow[Inputs.TargetVersion] === undefined)
        issue(
          Inputs.TargetVersion,
          'is required: a version id in quotes such as "3.0", or checked-in (or give the flow a flow-file)'
        )
      const problem = flowSelectionProblem(toFlowSpec({ ...flow, [Inputs.TargetVersion]: CHECKED_IN }), file)
      if (problem) issue(problem.input, problem.message)
    })
}

/** With a source, a flow is named by name and type (its id differs between organizations), and the source's version goes live. */
function sourceFlowIssues(
  flow: { [K in keyof typeof FLOW_FIELDS]?: unknown },
  issue: (key: Inputs, message: string) => void
): void {
  if (flow[Inputs.FlowId] !== undefined)
    issue(
      Inputs.FlowId,
      'does not go with a source organization: a flow has another id in each organization; name it with flow-name and flow-type'
    )
  else if (flow[Inputs.FlowFile] !== undefined)
    issue(Inputs.FlowFile, "does not go with a source organization: the source's version is what goes live")
  else if (flow[Inputs.TargetVersion] !== undefined)
    issue(
      Inputs.TargetVersion,
      "does not go with a source organization: source-version picks the source's version (by default the one published there)"
    )
  else if (flow[Inputs.FlowName] === undefined) issue(Inputs.FlowName, 'is required: with a source, flows are named')
  else if (flow[Inputs.FlowType] === undefined)
    issue(Inputs.FlowType, 'is required with flow-name: the same name can exist for several flow types')
}

function manifestSchema(fromSource: boolean) {
  const flowList = z.array(manifestFlowSchema(fromSource)).min(1, 'must list at least one flow')
  return z
    .object({
      atomic: z.boolean().default(false),
      concurrency: z.number().int().min(1).max(20).default(4),
      'rate-limit-per-minute': z.number().int().min(1).max(10_000).default(DEFAULT_RATE_LIMIT_PER_MINUTE),
      stages: z
        .array(z.object({ name: z.string().trim().min(1).max(100).optional(), flows: flowList }).strict())
        .min(1, 'must list at least one stage')
        .optional(),
      flows: flowList.optional()
    })
    .strict()
    .superRefine((m, ctx) => {
      if ((m.stages === undefined) === (m.flows === undefined)) {
        ctx.addIssue({ code: 'custom', path: ['stages'], message: 'set either stages or a top-level flows list' })
      }
    })
}

/** Reads and validates the manifest; every problem is an InputError that names the entry and field. */
export async function loadManifest(file: string, env: NodeJS.ProcessEnv, fromSource = false): Promise<ReleasePlan> {
  const resolved = path.resolve(env.GITHUB_WORKSPACE || process.cwd(), file)
  let text: string
  try {
    text = await readFile(resolved, 'utf8')
  } catch (err) {
    throw new InputError(
      Inputs.Manifest,
      `cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`
    )
  }
  const { data, lineOf } = await parseDocument(file, text)
  return parseManifest(data, fromSource, (at) => {
    const line = lineOf(at)
    return line ? ` (${file} line ${line})` : ''
  })
}

function parseManifest(
  data: unknown,
  fromSource: boolean,
  where: (path: (string | number)[]) => string = () => ''
): ReleasePlan {
  // jitless: a run parses each schema a few times, and zod's generated fast path costs more to build than it saves.
  const parsed = manifestSchema(fromSource).safeParse(data, { jitless: true })
  if (!parsed.success) {
    // An unknown key first: a misspelt target_version also makes target-version missing.
    const issues = parsed.error.issues
    const issue = issues.find((i) => i.code === 'unrecognized_keys') ?? issues[0]!
    const at = issue.path as (string | number)[]
    const message = issue.code === 'unrecognized_keys' ? unknownKeys(issue.keys, at) : issue.message
    throw new InputError(Inputs.Manifest, `${describePath(data, at)}: ${message}${where(at)}`)
  }
  const m = parsed.data
  const stages = (m.stages ?? [{ name: 'release', flows: m.flows! }]).map((stage, i) => ({
    name: stage.name ?? `stage ${i + 1}`,
    flows: stage.flows.map((flow) =>
      toFlowSpec({ ...flow, [Inputs.TargetVersion]: flow[Inputs.TargetVersion] ?? CHECKED_IN })
    )
  }))
  refuseDuplicates(m.stages ? 'stages' : 'flows', stages, where)
  return { atomic: m.atomic, concurrency: m.concurrency, rateLimitPerMinute: m['rate-limit-per-minute'], stages }
}

const FLOW_KEYS: string[] = Object.keys(FLOW_FIELDS)
const MANIFEST_KEYS = ['atomic', 'concurrency', 'rate-limit-per-minute', 'stages', 'flows']

/** `unknown field "target_version" (did you mean target-version?)`: the near key, when there is one. */
function unknownKeys(keys: string[], at: (string | number)[]): string {
  const known = at.length === 0 ? MANIFEST_KEYS : at[at.length - 2] === 'flows' ? FLOW_KEYS : ['name', 'flows']
  const squash = (k: string) => k.toLowerCase().replace(/[-_\s]/g, '')
  return keys
    .map((key) => {
      const near = known.find((k) => squash(k) === squash(key))
      return `unknown field "${key}"${near ? ` (did you mean ${near}?)` : ''}`
    })
    .join(', ')
}

/** The same flow twice would be published twice in one run: refused before any request. */
function refuseDuplicates(
  root: string,
  stages: ReleasePlan['stages'],
  where: (path: (string | number)[]) => string
): void {
  const seen = new Map<string, string>()
  stages.forEach((stage, s) =>
    stage.flows.forEach((flow, f) => {
      // A file's flow is known once the file is read (inputs/read.ts); the run refuses a repeat then.
      const key = flow.flowId
        ? `id:${flow.flowId.toLowerCase()}`
        : flow.flowFilePath
          ? `file:${path.normalize(flow.flowFilePath)}`
          : `name:${flow.flowType}:${flow.flowName}`
      const at = root === 'stages' ? `stages[${s}] (${stage.name}) flows[${f}]` : `flows[${f}]`
      const first = seen.get(key)
      const location = root === 'stages' ? ['stages', s, 'flows', f] : ['flows', f]
      if (first)
        throw new InputError(
          Inputs.Manifest,
          `${at}: ${flow.flowId ?? flow.flowFilePath ?? `"${flow.flowName}" (${flow.flowType})`} is listed twice (first at ${first})${where(location)}`
        )
      seen.set(key, at)
    })
  )
}

/** `stages[1] (inbound) flows[0] (Main IVR) target-version`: the entry by position and by name. */
function describePath(data: unknown, at: (string | number)[]): string {
  const parts: string[] = []
  let node: unknown = data
  for (const key of at) {
    node = node && typeof node === 'object' ? (node as Record<string | number, unknown>)[key] : undefined
    if (typeof key === 'number') {
      const entry = node as Record<string, unknown> | undefined
      const label = entry?.name ?? entry?.[Inputs.FlowName] ?? entry?.[Inputs.FlowId]
      parts[parts.length - 1] += `[${key}]${typeof label === 'string' ? ` (${label})` : ''}`
    } else {
      parts.push(key)
    }
  }
  return parts.join(' ') || 'the manifest'
}

async function parseDocument(
  file: string,
  text: string
): Promise<{ data: unknown; lineOf: (at: (string | number)[]) => number | undefined }> {
  if (file.endsWith('.json')) {
    try {
      return { data: JSON.parse(text), lineOf: () => undefined }
    } catch (err) {
      throw new InputError(Inputs.Manifest, `${file} is not valid JSON: ${(err as Error).message}`)
    }
  }
  // Loaded only for YAML manifests: most runs never need a YAML parser.
  const { LineCounter, parseDocument: parseYaml } = await import('yaml')
  const lines = new LineCounter()
  const doc = parseYaml(text, { lineCounter: lines })
  if (doc.errors.length) throw new InputError(Inputs.Manifest, `${file} is not valid YAML: ${doc.errors[0]!.message}`)
  return {
    data: doc.toJS(),
    lineOf: (at) => {
      for (let n = at.length; n > 0; n--) {
        const node = doc.getIn(at.slice(0, n), true) as { range?: [number, number, number] } | undefined
        if (node?.range) return lines.linePos(node.range[0]).line
      }
      return undefined
    }
  }
}
