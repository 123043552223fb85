import type { Config } from '../model/config.js'
import { singleFlowPlan, type ReleasePlan } from '../model/plan.js'
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
  return { config, plan }
}
