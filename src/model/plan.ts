import type { RollbackStrategy } from './config.js'
import { isMaskable } from './secrets.js'

/** `target-version: checked-in`: whatever version the flow has checked in when the run reads it. */
export const CHECKED_IN = 'checked-in'

/**
 * An Archy flow file from the repository, read and substituted before any request: what
 * `flow-file` deploys as a new version of the flow it names.
 */
export interface FlowFile {
  /** As given (relative to the workspace). */
  path: string
  /** After substitution: what is compared, diffed and imported. */
  content: string
  /** `sha256:` of the file as read, and after substitution (secrets as `<masked>`: no hash of a secret). */
  sha256: string
  substitutedSha256: string
  /** The `{secret: …}` values substituted into it: kept out of every diff and record, at any place. */
  secrets: string[]
  /** The flow the file names: its type (lowercase, as flow-type) and its name. */
  flowType: string
  flowName: string
}

/** One value of `substitutions`; a secret one is masked, and kept out of every text the run makes. */
export interface Substitution {
  value: string
  /** `{secret: …}` with a value to hide (an empty stand-in hides nothing). */
  secret: boolean
}

/** `{{key}}`, spaces inside the braces allowed, as Archy and the Terraform provider write them. */
export const PLACEHOLDER = /\{\{[ \t]*([A-Za-z_][A-Za-z0-9_.-]*)[ \t]*\}\}/g

/**
 * `text` with every `{{key}}` replaced by its value in `substitutions`, the keys it used, and the
 * secret values among theirs. A placeholder without a value goes to `missing` (its 1-based line),
 * which throws: the first one in the text.
 */
export function substitute(
  text: string,
  substitutions: ReadonlyMap<string, Substitution>,
  missing: (key: string, line: number) => never
): { text: string; used: Set<string>; secrets: string[] } {
  const used = new Set<string>()
  for (const [n, line] of text.split('\n').entries()) {
    for (const match of line.matchAll(PLACEHOLDER)) {
      const key = match[1]!
      if (!substitutions.has(key)) missing(key, n + 1)
      used.add(key)
    }
  }
  return {
    text: text.replace(PLACEHOLDER, (_all, key: string) => substitutions.get(key)!.value),
    used,
    secrets: [...used]
      .map((key) => substitutions.get(key)!)
      .filter((s) => s.secret)
      .map((s) => s.value)
  }
}

/**
 * A flow taken from the source organization (`source-*` inputs): found there by its name and type,
 * its version exported, substituted and imported here as a flow file, which it becomes at run time.
 */
export interface SourceSpec {
  /** `source-version`; unset: the version published in the source when the run reads it. */
  version?: string
  /** `substitutions`, parsed: applied to the export, whose placeholders are known only then. */
  substitutions?: ReadonlyMap<string, Substitution>
}

/** One flow to promote: by id, or by exact name + type; to a version, or to a flow file's content. */
export interface FlowSpec {
  flowId?: string
  flowName?: string
  flowType?: string
  /** Unused with a flow file: the file is the target. */
  targetVersion: string
  /** `flow-file` as given; `flowFile` once read and substituted (before any request). */
  flowFilePath?: string
  flowFile?: FlowFile
  /** Set when the flow comes from the source organization (by name and type only). */
  source?: SourceSpec
  expectedCurrentVersion?: string
  rollbackVersion?: string
}

/** The permissions of a restore's import job, besides the publish (docs/platform.md#restore). */
export const RESTORE_PERMISSIONS = ['architect:job:create', 'architect:job:view'] as const

/**
 * How apply puts live a target other than the flow's checked-in version, as a plan says it. Where
 * the platform ignores the publish of an older id (docs/platform.md#publishing-an-older-version),
 * only a restore does: a new version with the target's content, made by an import job.
 * `rollback-strategy` says whether apply tries the publish first, restores at once, or only
 * publishes. `on` names where, already escaped for the reader (`target` too).
 */
export function olderTargetPlan(target: string, strategy: RollbackStrategy, on?: string): string {
  const restore = `restore ${target}'s content as a new version`
  const way =
    strategy === 'republish'
      ? `publish ${target} (fails if ignored)`
      : strategy === 'restore'
        ? restore
        : `publish ${target}; if the platform ignores it, ${restore}`
  const needs = strategy === 'republish' ? '' : ` (the restore's import job needs ${RESTORE_PERMISSIONS.join(' and ')})`
  return `How ${target} goes live${on ? ` on ${on}` : ''}: ${way}${needs}.`
}

/** What to promote: stages in order, flows within a stage concurrently. One flow is a release of one. */
export interface ReleasePlan {
  atomic: boolean
  concurrency: number
  rateLimitPerMinute: number
  stages: { name: string; flows: FlowSpec[] }[]
}

/** Genesys limits a client-credentials token to 300 requests a minute. */
export const DEFAULT_RATE_LIMIT_PER_MINUTE = 300

export function singleFlowPlan(flow: FlowSpec): ReleasePlan {
  return {
    atomic: false,
    concurrency: 1,
    rateLimitPerMinute: DEFAULT_RATE_LIMIT_PER_MINUTE,
    stages: [{ name: 'flow', flows: [flow] }]
  }
}

/** How a flow is named before it is resolved: its id, or its name and type. */
export function flowLabel(spec: FlowSpec): string {
  return spec.flowId ?? `${spec.flowName} (${spec.flowType})`
}

/** `text` with each secret replaced by `<masked>`: what may be shown, hashed or diffed. */
export function withoutSecrets(text: string, secrets: readonly string[]): string {
  return secrets
    .filter(isMaskable)
    .sort((a, b) => b.length - a.length)
    .reduce((t, s) => t.split(s).join('<masked>'), text)
}

/** The `{secret: …}` values substituted into the plan's flow files: kept out of every text, inside words too. */
export function declaredSecrets(plan: ReleasePlan): string[] {
  return plan.stages.flatMap((stage) => stage.flows.flatMap((flow) => flow.flowFile?.secrets ?? []))
}
