/** Where the run came from, as the runner's environment says (recorded in every audit record). */
export interface GithubContext {
  repository?: string
  runId?: string
  runAttempt?: number
  runUrl?: string
  actor?: string
  sha?: string
  ref?: string
  eventName?: string
  workflow?: string
}

/** What the run needs from the event payload, read once. */
export interface GithubEvent {
  /** The pull request's number, on pull-request events. */
  pullRequestNumber?: number
  /**
   * A pull request from a fork, or Dependabot's: GitHub passes such runs no secrets, so a plan
   * without credentials is the platform's doing, not the author's mistake.
   */
  secretsWithheld: boolean
}
