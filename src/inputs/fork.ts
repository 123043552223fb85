import { Inputs } from '../model/action.js'
import type { GithubEvent } from '../model/github.js'
import type { RawInputs } from './schema.js'

export const SECRETS_WITHHELD_WARNING =
  'No Genesys Cloud credentials: GitHub does not pass secrets to workflows triggered from forks (Dependabot included). ' +
  'The plan was skipped and no request was made; it runs when a maintainer re-runs it from a branch of this repository, or on merge.'

/** The job summary's line for that run: why it was skipped, and why there is no audit record. */
export const SECRETS_WITHHELD_SUMMARY =
  'Plan skipped: this pull request comes from a fork or from Dependabot, and GitHub passes such runs no secrets, so there are no Genesys Cloud credentials. ' +
  'No request was made and no flow was read, so no audit record was written and no webhook was sent. ' +
  'The plan runs from a branch of this repository, and on merge.'

/**
 * A plan on a pull request from a fork (or from Dependabot) runs without secrets. That is not the
 * author's mistake, so the step ends green (`status` skipped) with a warning instead of an input
 * error. Apply and check runs without credentials stay input errors: they are meant to run.
 */
export function secretsWithheld(raw: RawInputs, event: GithubEvent): boolean {
  if (raw[Inputs.Mode] !== 'plan') return false
  if (raw[Inputs.ClientId] && raw[Inputs.ClientSecret]) return false
  return event.secretsWithheld
}
