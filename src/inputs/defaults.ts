import { Inputs } from '../model/action.js'

/**
 * Input defaults, one source of truth: `action.yml` states the same values (a test compares them),
 * and the code applies them itself because a process started by hand gets no defaults from a runner.
 */
export const INPUT_DEFAULTS: Partial<Record<Inputs, string>> = {
  [Inputs.TargetVersion]: 'checked-in',
  [Inputs.AutoRollback]: 'true',
  [Inputs.RollbackStrategy]: 'auto',
  [Inputs.ForceUnlock]: 'false',
  [Inputs.Validate]: 'auto',
  [Inputs.Mode]: 'apply',
  [Inputs.Diff]: 'auto',
  [Inputs.TimeBudgetMinutes]: '30',
  [Inputs.WaitTimeoutSeconds]: '300',
  [Inputs.PollIntervalSeconds]: '0.5',
  [Inputs.HealthGateSeconds]: '0',
  [Inputs.HealthGateMinEntries]: '20',
  [Inputs.HealthGateMaxFailurePercent]: '5',
  [Inputs.HealthGateOnFail]: 'rollback',
  [Inputs.MaxRetries]: '5',
  [Inputs.RequestTimeoutSeconds]: '30',
  [Inputs.WebhookFormat]: 'cloudevents',
  [Inputs.WebhookTimeoutSeconds]: '10',
  [Inputs.FailOnWebhookError]: 'false',
  [Inputs.WebhookEvents]: 'apply',
  [Inputs.PrComment]: 'on-plan'
}

/**
 * Defaults only the runner can expand. `action.yml` carries the expression; the code's equivalent
 * when the input arrives empty is described here and applied in `config.ts`.
 */
export const RUNNER_EXPANDED_DEFAULTS: Partial<Record<Inputs, { expression: string; withoutRunner: string }>> = {
  [Inputs.AuditFile]: {
    expression: '${{ runner.temp }}/genesys-flow-audit.json',
    withoutRunner: '$RUNNER_TEMP/genesys-flow-audit.json (the system temp folder when RUNNER_TEMP is unset)'
  },
  [Inputs.GithubToken]: {
    expression: '${{ github.token }}',
    withoutRunner:
      'none: the pull-request comment is skipped with a warning, and deployment-environment is an input error'
  }
}

export const DEFAULT_REGION = 'mypurecloud.com'
export const AUDIT_FILE_NAME = 'genesys-flow-audit.json'
