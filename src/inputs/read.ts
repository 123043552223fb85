import type { Config } from '../model/config.js'
import { Inputs } from '../model/action.js'
import { InputError } from '../model/errors.js'
import { CHECKED_IN, flowLabel, singleFlowPlan, type ReleasePlan } from '../model/plan.js'
import { parseConfig } from './config.js'
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
  const config = parseConfig(raw)
  for (const secret of secretsOf(config)) mask(secret)
  const plan = config.manifestPath ? await loadManifest(config.manifestPath, env) : singleFlowPlan(config.flow!)
  if (config.forceUnlock) requirePinnedTargets(plan)
  return { config, plan }
}

/**
 * An unlock checks the holder's unreviewed work in, which changes what `checked-in` means: with
 * force-unlock, every flow names the version it promotes.
 */
function requirePinnedTargets(plan: ReleasePlan): void {
  const unpinned = plan.stages.flatMap((stage) => stage.flows).filter((flow) => flow.targetVersion === CHECKED_IN)
  if (!unpinned.length) return
  const which = plan.stages.length > 1 || unpinned.length > 1 || plan.stages[0]!.flows.length > 1
  throw new InputError(
    Inputs.ForceUnlock,
    `true needs a pinned target-version: an unlock checks the lock holder's unreviewed work in, which changes what "checked-in" means${which ? `; these flows do not pin one: ${unpinned.map(flowLabel).join(', ')}` : ''}`
  )
}
