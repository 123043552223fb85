import { readFile } from 'node:fs/promises'
import { parse as parseYaml } from 'yaml'
import { z } from 'zod'

/**
 * A scenario sets up the emulated org and the faults to inject. JSON or YAML; every field has a
 * default, so `{}` is a valid scenario (one org, one OAuth client, no flows).
 */

const entity = z.object({ id: z.string(), name: z.string() })
/** A reference as captured from real orgs: `{}` (an operation's `user`) is one. */
const sparseEntity = z.object({ id: z.string().optional(), name: z.string().optional() }).strict()

/** Someone else's operation: a person's (`user`, possibly `{}`) or another OAuth client's. */
const foreignOperation = z
  .object({
    actionName: z.string().default('VALIDATE'),
    actionStatus: z.string().default('SUCCESS'),
    user: sparseEntity.optional(),
    client: sparseEntity.optional()
  })
  .strict()
const versionId = z.union([z.string(), z.number()]).transform(String)

/** Who holds a lock: a person (`{user: {…}}`) or an OAuth client (`{client: {…}}`), possibly sparse. */
const lockHolder = z.union([z.object({ user: sparseEntity }).strict(), z.object({ client: sparseEntity }).strict()])

/**
 * One thing a version consumes, as dependency tracking lists it (`Dependency`). `type` is the
 * dependency-tracking vocabulary (QUEUE, DATAACTION, COMMONMODULEFLOW…), sent as given.
 */
const consumedResource = z
  .object({
    name: z.string(),
    type: z.string().min(1),
    /** Omitted: a stable UUID from the type and name (the same queue has the same id everywhere). */
    id: z.string().optional(),
    /** The consumed object's version (a common module's, say); omitted: no `version` key. */
    version: versionId.optional(),
    /** It no longer exists: a publish of the consuming version fails on it. */
    deleted: z.boolean().default(false),
    /** Dependency tracking cannot tell its state. */
    stateUnknown: z.boolean().default(false),
    updated: z.boolean().default(false)
  })
  .strict()

/** Who made a version: a person (`createdBy`) and/or an OAuth client (`createdByClient`). */
const versionCreator = z.object({ user: sparseEntity.optional(), client: sparseEntity.optional() }).strict()

const publishBehaviour = z
  .object({
    /** How long the publish operation runs before it completes. */
    durationMs: z.number().nonnegative().optional(),
    /**
     * success: the target goes live. failure: the operation ends in FAILURE, nothing changes.
     * no-op: SUCCESS but nothing changes (reported for unknown versions). publishes-other: SUCCESS,
     * but `otherVersion` goes live instead of the target.
     */
    outcome: z.enum(['success', 'failure', 'no-op', 'publishes-other']).default('success'),
    errorCode: z.string().default('ARCHITECT_FLOW_PUBLISH_FAILED'),
    errorMessage: z.string().default('Flow publish failed.'),
    otherVersion: versionId.optional(),
    /** Apply the outcome to this many publishes, then publish normally (0 = every publish). */
    times: z.number().int().nonnegative().default(0)
  })
  .strict()

/**
 * The calls a version takes while it is live (flow analytics): a named profile, or the figures.
 * Failed outcomes and disconnects land `segmentSeconds` after their entry, as segments end.
 */
export const TRAFFIC_PROFILES = {
  healthy: { entriesPerMinute: 30, failedOutcomePercent: 1, disconnectPercent: 2, segmentSeconds: 30 },
  failing: { entriesPerMinute: 30, failedOutcomePercent: 30, disconnectPercent: 10, segmentSeconds: 30 },
  thin: { entriesPerMinute: 0.5, failedOutcomePercent: 0, disconnectPercent: 0, segmentSeconds: 30 }
} as const
const trafficProfile = z.union([
  z.enum(Object.keys(TRAFFIC_PROFILES) as [keyof typeof TRAFFIC_PROFILES]).transform((name) => TRAFFIC_PROFILES[name]),
  z
    .object({
      entriesPerMinute: z.number().nonnegative(),
      failedOutcomePercent: z.number().min(0).max(100).default(0),
      disconnectPercent: z.number().min(0).max(100).default(0),
      segmentSeconds: z.number().nonnegative().default(30)
    })
    .strict()
])

/**
 * What a validate job finds in one version: its messages (any `type`, as the platform's are not
 * documented) and whether a job that includes it ends `Failure` (whatever the messages).
 */
const versionValidation = z
  .object({
    messages: z.array(z.object({ type: z.string().optional(), text: z.string() }).strict()).default([]),
    jobFails: z.boolean().default(false)
  })
  .strict()

export const FlowScenarioSchema = z
  .object({
    id: z.string().uuid().optional(),
    name: z.string(),
    type: z.string().default('inboundcall'),
    division: entity.optional(),
    versions: z.array(versionId).default(['1.0']),
    /** The live version; omitted = never published. */
    published: versionId.optional(),
    /** Defaults to the last of `versions`. */
    checkedIn: versionId.optional(),
    /** A saved, unchecked-in draft exists (a SAVE version). */
    savedDraft: z.boolean().default(false),
    lockedBy: z.union([z.object({ user: sparseEntity }), z.object({ client: sparseEntity })]).optional(),
    /**
     * Someone opens the flow in Architect right after its `reads`-th read (a `GET /api/v2/flows/{id}`,
     * or a lookup whose answered page holds it): that read still shows it unlocked, the next one
     * locked. `by`: a user's name (an id derived from it), or a holder as in `lockedBy`.
     */
    lockAfterReads: z
      .object({
        reads: z.number().int().positive(),
        by: z.union([z.string().min(1), lockHolder]).default('Flow Editor')
      })
      .strict()
      .optional(),
    /**
     * An unlock (`POST /api/v2/flows/actions/unlock`) also publishes the draft it checks in, as
     * Terraform's documentation reports its force-unlock can do.
     */
    unlockPublishesDraft: z.boolean().default(false),
    deleted: z.boolean().default(false),
    /** Another operation (e.g. someone's publish) is running; `remainingMs` omitted = it never ends. */
    operationInProgress: z
      .object({ actionName: z.string().default('PUBLISH'), remainingMs: z.number().optional() })
      .optional(),
    /** The flow's last operation, finished, before the run (e.g. a user's VALIDATE with `user: {}`). */
    lastOperation: foreignOperation.optional(),
    /**
     * After each publish of ours, this operation replaces `currentOperation` `afterMs` later (another
     * tool's validate, a checkout): ours goes on out of sight and still applies its outcome. It has
     * ended when it shows, unless `durationMs` says how long it runs (its status then its progress's).
     */
    replaceOperation: foreignOperation
      .extend({ afterMs: z.number().nonnegative().default(0), durationMs: z.number().nonnegative().default(0) })
      .strict()
      .optional(),
    /** Absent fields are sent as explicit `null` (no capture shows it; the SDK allows it). */
    explicitNulls: z.boolean().default(false),
    /** A version's `configurationVersion` when it differs from its id (a fixture shows 1.0 → 2.0). */
    configurationVersions: z.record(z.string(), z.string()).default({}),
    /** Each version's flow file (Archy YAML); a version without one gets a small generated file. */
    content: z.record(z.string(), z.string()).default({}),
    /** Version id → what it consumes (dependency tracking); a version not listed consumes nothing. */
    dependencies: z.record(z.string(), z.array(consumedResource)).default({}),
    /** Version id → who made it; a version not listed was made by the default user, Flow Author. */
    creators: z.record(z.string(), versionCreator).default({}),
    /** Version id → the calls it takes while live (flow analytics); a version not listed takes none. */
    traffic: z.record(z.string(), trafficProfile).default({}),
    /** Version id → what a validate job finds in it; a version not listed validates clean. */
    validation: z.record(z.string(), versionValidation).default({}),
    /** How this flow's export and import jobs end. */
    jobs: z
      .object({
        /** Every export job that includes this flow ends in Failure with this message. */
        exportFailure: z.string().optional(),
        /** Every import job that lands on this flow ends in Failure with this message. */
        importFailure: z.string().optional(),
        /**
         * The import succeeds, but the version it makes holds another value than the file sets (in
         * the first key under the flow besides its name).
         */
        importLandsDifferent: z.boolean().default(false)
      })
      .strict()
      .default({ importLandsDifferent: false }),
    publish: publishBehaviour.optional(),
    /** The n-th publish of the run gets the n-th behaviour; later ones get `publish` (or success). */
    publishes: z.array(publishBehaviour).default([])
  })
  .strict()

const generatedFlows = z
  .object({
    count: z.number().int().positive(),
    namePrefix: z.string().default('Generated flow '),
    type: z.string().default('inboundcall'),
    versions: z.array(versionId).default(['1.0', '2.0']),
    published: versionId.optional(),
    /** Publish duration drawn uniformly from [min, max] with the scenario's seed. */
    publishDurationMs: z.tuple([z.number().nonnegative(), z.number().nonnegative()]).optional()
  })
  .strict()

export const FaultSchema = z
  .object({
    match: z.object({ method: z.string().optional(), path: z.string().optional() }).strict().default({}),
    /** Let this many matching requests through before the fault starts. */
    skip: z.number().int().nonnegative().default(0),
    /** How many matching requests get the fault (0 = all of them). */
    times: z.number().int().nonnegative().default(1),
    status: z.number().int().min(400).max(599).optional(),
    /** Seconds, sent as Retry-After with a 429 or 503. */
    retryAfter: z.number().int().nonnegative().optional(),
    /** Close the connection without answering. */
    drop: z.boolean().optional(),
    /** Answer this much later (before the request is processed, or after it when `applied`). */
    delayMs: z.number().nonnegative().optional(),
    /**
     * Process the request first (a publish starts), then fail the answer: the status, a dropped
     * connection or a delay then hit a request that took effect (an answer lost after the fact).
     */
    applied: z.boolean().optional(),
    /** Process the request, then answer with a truncated JSON body (a proxy or gateway cut it). */
    malformed: z.boolean().optional(),
    /** The error body's `code` and `message` for `status` (e.g. missing.permissions). */
    code: z.string().optional(),
    message: z.string().optional()
  })
  .strict()

/** The org a scenario emulates unless it names another; ids derived from names are salted with any other org's id. */
export const DEFAULT_ORGANIZATION = { id: '6f1c2e3d-4b5a-4c6d-8e7f-0a1b2c3d4e5f', name: 'Emulated Org' }

/**
 * Something the org has that flows consume, found by dependency tracking's search by name: a queue,
 * a data action, a prompt… (`type` in its vocabulary: QUEUE, DATAACTION, PROMPT…).
 */
const orgObject = z.object({ name: z.string(), type: z.string().min(1), id: z.string().optional() }).strict()

export const ScenarioSchema = z
  .object({
    seed: z.number().int().default(1),
    organization: entity.default(DEFAULT_ORGANIZATION),
    clients: z
      .array(
        z
          .object({
            id: z.string(),
            secret: z.string(),
            name: z.string().optional(),
            tokenLifetimeSeconds: z.number().int().positive().default(86_400),
            /** Every token of this client stops working after this many API calls (0 = never). */
            tokenExpiresAfterCalls: z.number().int().nonnegative().default(0),
            /**
             * The roles the client holds: each a division (`Home`, a flow's division by name or id, or `*`
             * for every division) and the permissions held there (`domain:entity:action`, `*` a
             * wildcard). Omitted: every permission in every division.
             */
            grants: z
              .array(
                z
                  .object({
                    division: z.string().min(1).default('Home'),
                    permissions: z.array(z.string().regex(/^[^:\s]+:[^:\s]+:[^:\s]+$/, 'domain:entity:action')).min(1)
                  })
                  .strict()
              )
              .optional()
          })
          .strict()
      )
      .default([{ id: 'demo-client', secret: 'demo-secret', tokenLifetimeSeconds: 86_400, tokenExpiresAfterCalls: 0 }]),
    /** Requests per token in any sliding window (the platform: 300 a minute); 0 = no limit. */
    rateLimit: z
      .object({
        requests: z.number().int().nonnegative().default(300),
        windowSeconds: z.number().positive().default(60)
      })
      .strict()
      .default({ requests: 300, windowSeconds: 60 }),
    /**
     * `GET /api/v2/flows/lookup`: more `id` values than `maxIds` answer 400; a `pageSize` above
     * `maxPageSize` is treated as it. Both assumed: the platform documents neither.
     */
    lookup: z
      .object({
        maxIds: z.number().int().positive().default(100),
        maxPageSize: z.number().int().positive().default(100),
        /**
         * How the platform reads the ids (assumed: it reads both). Without `comma-joined`, a value
         * with commas is one id, which no flow has; without `repeated`, only the first `id` is read.
         */
        idForms: z
          .array(z.enum(['comma-joined', 'repeated']))
          .min(1)
          .default(['comma-joined', 'repeated'])
      })
      .strict()
      .default({ maxIds: 100, maxPageSize: 100, idForms: ['comma-joined', 'repeated'] }),
    /** Added to every response. */
    latencyMs: z.number().nonnegative().default(0),
    /** Default publish duration for flows that do not set one. */
    publishDurationMs: z.number().nonnegative().default(1500),
    /** How long an export job runs before it ends. */
    exportDurationMs: z.number().nonnegative().default(200),
    /** How long an import job runs after its upload before it ends (and publishes). */
    importDurationMs: z.number().nonnegative().default(300),
    /**
     * Publishing an id other than the flow's checked-in version answers 200 and changes nothing, as
     * public evidence says the platform does. `false` keeps the older behaviour: the id goes live.
     */
    publishOnlyCheckedIn: z.boolean().default(true),
    /**
     * Export jobs give back exactly the file a version was imported from (comments and quoting
     * kept, nothing added), instead of what a real export writes (export-shape.ts).
     */
    exportRoundTrip: z.boolean().default(false),
    /**
     * Validate jobs (a preview API). `available: false`: an org without the preview, every
     * validate request answers 404. A job runs `durationMs`; more than `maxFlows` flows answer
     * 400 (assumed). A job whose messages hold an error ends `errorsEndAs`. `namesFlows`: each
     * message names its flow (its URL in `details`); by default none does (not documented either way).
     */
    validate: z
      .object({
        available: z.boolean().default(true),
        durationMs: z.number().nonnegative().default(200),
        maxFlows: z.number().int().positive().default(50),
        errorsEndAs: z.enum(['Success', 'Failure']).default('Success'),
        namesFlows: z.boolean().default(false)
      })
      .strict()
      .default({ available: true, durationMs: 200, maxFlows: 50, errorsEndAs: 'Success', namesFlows: false }),
    /** The login's answer to unknown credentials (400 is what client libraries see; 401 the older default). */
    loginRefusalStatus: z.union([z.literal(400), z.literal(401)]).default(400),
    flows: z.array(FlowScenarioSchema).default([]),
    /** What the org has besides its flows and what they consume (`GET /api/v2/architect/dependencytracking`). */
    objects: z.array(orgObject).default([]),
    generate: z.array(generatedFlows).default([]),
    faults: z.array(FaultSchema).default([])
  })
  .strict()
  .superRefine(refuseDuplicateFlows)

/**
 * Two flows of one type with the same name. The platform keeps a flow's name unique within its type
 * (assumed: what Architect is known to do, not documented; docs/platform.md#name-filter reports the
 * same name under different types). Without ids of their own, two such flows would also get the
 * same derived id, the second silently replacing the first. A scenario that wants the pair anyway,
 * to test how a client refuses an ambiguous name, gives each flow its own `id`. Generated flows
 * have no ids to give: theirs come from their names, so a generated name may appear only once.
 */
function refuseDuplicateFlows(
  scenario: {
    flows: { id?: string; name: string; type: string }[]
    generate: { count: number; namePrefix: string; type: string }[]
  },
  ctx: z.RefinementCtx
): void {
  const byName = new Map<string, { where: string; hasId: boolean }>()
  const byId = new Map<string, string>()
  const key = (type: string, name: string) => `${type.toLowerCase()}\u0000${name}`
  scenario.flows.forEach((flow, i) => {
    const where = `flows[${i}]`
    if (flow.id !== undefined) {
      const first = byId.get(flow.id.toLowerCase())
      if (first) ctx.addIssue({ code: 'custom', path: ['flows', i, 'id'], message: `${first} has the same id` })
      else byId.set(flow.id.toLowerCase(), where)
    }
    const first = byName.get(key(flow.type, flow.name))
    if (!first) byName.set(key(flow.type, flow.name), { where, hasId: flow.id !== undefined })
    else if (!first.hasId || flow.id === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['flows', i, 'name'],
        message:
          `${first.where} has the same name and type (${flow.type.toLowerCase()}): the platform keeps flow names ` +
          'unique per type; to emulate two such flows anyway, give each its own `id`'
      })
  })
  const generatedBy = new Map<string, number>()
  scenario.generate.forEach((group, k) => {
    for (let n = 1; n <= group.count; n++) {
      const name = `${group.namePrefix}${n}`
      const other = generatedBy.get(name)
      const first = byName.get(key(group.type, name))
      const clash =
        other !== undefined
          ? `generate[${other}] makes "${name}" too: generated flows take their ids from their names`
          : first
            ? `it makes "${name}", the name of ${first.where}, of the same type (${group.type.toLowerCase()}): the platform keeps flow names unique per type`
            : undefined
      if (clash) {
        ctx.addIssue({
          code: 'custom',
          path: ['generate', k, 'namePrefix'],
          message: `${clash}; use another namePrefix`
        })
        break
      }
      generatedBy.set(name, k)
    }
  })
}

export type Scenario = z.output<typeof ScenarioSchema>
export type ScenarioInput = z.input<typeof ScenarioSchema>
export type FlowScenario = z.output<typeof FlowScenarioSchema>
export type Fault = z.output<typeof FaultSchema>
export type ConsumedResource = z.output<typeof consumedResource>
export type TrafficProfile = z.output<typeof trafficProfile>
export type VersionValidation = z.output<typeof versionValidation>

export function parseScenario(input: unknown): Scenario {
  const parsed = ScenarioSchema.safeParse(input ?? {})
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    throw new Error(`scenario: ${issue.path.join('.') || '(root)'}: ${issue.message}`)
  }
  return parsed.data
}

export async function loadScenario(file: string): Promise<Scenario> {
  const text = await readFile(file, 'utf8')
  return parseScenario(file.endsWith('.json') ? JSON.parse(text) : parseYaml(text))
}
