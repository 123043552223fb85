import { readFileSync } from 'node:fs'
import { Inputs } from '../constants.js'
import type { RawInputs } from './schema.js'

export const SECRETS_WITHHELD_WARNING =
  'No Genesys Cloud credentials: GitHub does not pass secrets to workflows triggered from forks (Dependabot included). ' +
  'The plan was skipped and no request was made; it runs when a maintainer re-runs it from a branch of this repository, or on merge.'

/**
 * A plan on a pull request from a fork (or from Dependabot) runs without secrets. That is not the
 * author's mistake, so the step ends green with a warning instead of an input error.
 */
export function secretsWithheld(raw: RawInputs, env: NodeJS.ProcessEnv): boolean {
  if (raw[Inputs.Mode] !== 'plan') return false
  if (raw[Inputs.ClientId] && raw[Inputs.ClientSecret]) return false
  if (env.GITHUB_EVENT_NAME !== 'pull_request') return false
  if (env.GITHUB_ACTOR === 'dependabot[bot]') return true
  try {
    const event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH ?? '', 'utf8')) as {
      pull_request?: {
        head?: { repo?: { fork?: boolean; full_name?: string } }
        base?: { repo?: { full_name?: string } }
      }
    }
    const head = event.pull_request?.head?.repo
    return head?.fork === true || (!!head?.full_name && head.full_name !== event.pull_request?.base?.repo?.full_name)
  } catch {
    return false
  }
}
