import type { Config } from '../model/config.js'
import { Inputs } from '../model/action.js'
import { InputError } from '../model/errors.js'
import { CHECKED_IN, flowLabel, singleFlowPlan, type ReleasePlan } from '../model/plan.js'
import { parseConfig } from './config.js'
import { loadFlowFile, parseSubstitutions } from './flow-file.js'
import { loadManifest } from './manifest.js'
import type { RawInputs } from './schema.js'
import { secretsOf } from './secrets.js'

/**
 * Every input and the manifest, validated before anything is sent anywhere; each secret goes to
 * `mask` the moment it is known. Throws an InputError naming the input.
 */
export async function readInputs(
  raw: RawInputs,
  env: NodeJS.ProcessEnv,
  mask: (secret: string) => void
): Promise<{ config: Config; plan: ReleasePlan }> {
  const config = withEnvironmentHint(() => parseConfig(raw), env)
  for (const secret of secretsOf(config)) mask(secret)
  const plan = config.manifestPath
    ? await loadManifest(config.manifestPath, env, !!config.source)
    : singleFlowPlan(config.flow!)
  if (config.source) await takeFromSource(plan, config, mask)
  else await readFlowFiles(plan, config, env, mask)
  if (config.forceUnlock) requirePinnedTargets(plan)
  return { config, plan }
}

/**
 * Empty credentials on a pull request: most often the secrets live in an environment this job does
 * not name (a plan job gets its own, with a view-only client: docs/pipelines.md).
 */
function withEnvironmentHint<T>(parse: () => T, env: NodeJS.ProcessEnv): T {
  try {
    return parse()
  } catch (err) {
    const pullRequest = /^pull_request/.test(env.GITHUB_EVENT_NAME ?? '')
    if (!(err instanceof InputError) || !pullRequest) throw err
    if (err.input !== Inputs.ClientId && err.input !== Inputs.ClientSecret) throw err
    throw new InputError(
      err.input,
      `${err.message.replace(/^[^:]*: /, '')}; on a pull request, check that the job names the environment that holds the secrets (environment: …): secrets of another environment are not passed to it`
    )
  }
}

/**
 * Reads every flow file of the plan with the substitutions applied; a flow named by its file alone
 * is then looked up by the file's name and type. A substitution no file uses is refused: it is
 * most likely a misspelt placeholder name.
 */
async function readFlowFiles(
  plan: ReleasePlan,
  config: Config,
  env: NodeJS.ProcessEnv,
  mask: (secret: string) => void
): Promise<void> {
  const substitutions = await parseSubstitutions(config.substitutions, mask)
  const used = new Set<string>()
  let files = 0
  for (const [s, stage] of plan.stages.entries()) {
    for (const [f, spec] of stage.flows.entries()) {
      if (spec.flowFilePath === undefined) continue
      files += 1
      const where = config.manifestPath
        ? {
            input: Inputs.Manifest,
            prefix: `${plan.stages.length > 1 ? `stages[${s}] (${stage.name}) ` : ''}flows[${f}] flow-file: `
          }
        : { input: Inputs.FlowFile, prefix: '' }
      const loaded = await loadFlowFile(spec.flowFilePath, substitutions, env, where)
      for (const key of loaded.used) used.add(key)
      spec.flowFile = loaded.flowFile
      if (spec.flowId === undefined) {
        spec.flowName = loaded.flowFile.flowName
        spec.flowType = loaded.flowFile.flowType
      }
    }
  }
  if (substitutions.size && !files)
    throw new InputError(Inputs.Substitutions, 'goes with flow-file: there is no flow file to substitute into')
  const unused = [...substitutions.keys()].filter((key) => !used.has(key))
  if (unused.length)
    throw new InputError(
      Inputs.Substitutions,
      `${unused.map((k) => `"${k}"`).join(', ')} ${unused.length === 1 ? 'is' : 'are'} used by no flow file (no {{${unused[0]}}} placeholder): check the name`
    )
}

/**
 * Every flow comes from the source organization, with the run's substitutions: they apply to each
 * export, whose placeholders are known only once it is read (a placeholder without a value then
 * fails that flow's checks).
 */
async function takeFromSource(plan: ReleasePlan, config: Config, mask: (secret: string) => void): Promise<void> {
  const substitutions = await parseSubstitutions(config.substitutions, mask)
  for (const spec of plan.stages.flatMap((stage) => stage.flows))
    spec.source = { version: spec.source?.version, substitutions }
}

/**
 * An unlock checks the holder's unreviewed work in, which changes what `checked-in` means: with
 * force-unlock, every flow names the version it promotes.
 */
function requirePinnedTargets(plan: ReleasePlan): void {
  // A flow file (or a source's version) pins its content: the unlock's check-in does not change what goes live.
  const unpinned = plan.stages
    .flatMap((stage) => stage.flows)
    .filter((flow) => flow.targetVersion === CHECKED_IN && !flow.flowFile && !flow.source)
  if (!unpinned.length) return
  const which = plan.stages.length > 1 || unpinned.length > 1 || plan.stages[0]!.flows.length > 1
  throw new InputError(
    Inputs.ForceUnlock,
    `true needs a pinned target-version: an unlock checks the lock holder's unreviewed work in, which changes what "checked-in" means${which ? `; these flows do not pin one: ${unpinned.map(flowLabel).join(', ')}` : ''}`
  )
}
