import { z } from 'zod'

/**
 * The platform's answers as the action parses them. The SDK declares almost every field optional,
 * and captured answers omit what does not apply (a never-published flow has no `publishedVersion`;
 * an embedded version has no `type` and no dates; an operation's `user` can be `{}`). So every
 * field is optional and `null` counts as absent; unknown enum values are kept as they are; unknown
 * fields pass through. What a decision needs and does not get is the promotion's to refuse, by name
 * (see `promotion/`), not the parser's. `npm run conformance` checks a real org against the same
 * schemas, so an assumption about a shape is written down once.
 */

/** Optional, with `null` read as absent. */
function optional<T extends z.ZodType>(schema: T) {
  return schema.nullish().transform((value) => value ?? undefined)
}

const text = optional(z.string())

/** A reference to a user, client, division…: `{}` still says that someone is there. */
const entityRef = z.looseObject({ id: text, name: text })

export const OperationSchema = z.looseObject({
  id: text,
  complete: optional(z.boolean()),
  actionName: text,
  actionStatus: text,
  errorCode: text,
  errorMessage: text,
  errorMessageParams: optional(z.record(z.string(), z.unknown())),
  errorDetails: optional(z.array(z.looseObject({ errorCode: text }))),
  user: optional(entityRef),
  client: optional(entityRef)
})

/** A publish's answer: without the operation's id the run could not follow it, so it is unreadable. */
export const PublishAnswerSchema = OperationSchema.extend({ id: z.string().min(1) })

export const FlowVersionSchema = z.looseObject({
  id: text,
  name: text,
  type: text,
  configurationVersion: text,
  createdBy: optional(entityRef),
  createdByClient: optional(entityRef),
  dateCreated: optional(z.union([z.number(), z.string()])),
  dateCheckedIn: optional(z.union([z.number(), z.string()])),
  datePublished: text,
  datePublishedEnd: text
})

export const DependencySchema = z.looseObject({
  id: text,
  name: text,
  type: text,
  version: text,
  deleted: optional(z.boolean()),
  updated: optional(z.boolean()),
  stateUnknown: optional(z.boolean())
})

export const FlowSchema = z.looseObject({
  id: text,
  name: text,
  type: text,
  division: optional(entityRef),
  deleted: optional(z.boolean()),
  active: optional(z.boolean()),
  lockedUser: optional(entityRef),
  lockedClient: optional(entityRef),
  publishedVersion: optional(FlowVersionSchema),
  publishedBy: optional(entityRef),
  checkedInVersion: optional(FlowVersionSchema),
  savedVersion: optional(FlowVersionSchema),
  currentOperation: optional(OperationSchema)
})

const jobMessages = optional(
  z.array(
    z.looseObject({
      dateTime: text,
      type: text,
      text: text,
      details: optional(z.unknown()).transform((d) =>
        d === undefined || typeof d === 'string' ? d : JSON.stringify(d)
      )
    })
  )
)

export const ExportJobStartSchema = z.looseObject({ id: z.string().min(1), status: text })
export const ExportJobStateSchema = z.looseObject({ id: text, status: text, downloadUrl: text, messages: jobMessages })
/** Without the URL and its headers, nothing can be uploaded: the answer is unreadable. */
export const ImportRegistrationSchema = z.looseObject({
  id: z.string().min(1),
  presignedUrl: z.string().min(1),
  headers: optional(z.record(z.string(), z.string())).transform((h) => h ?? {})
})
export const ImportJobStateSchema = z.looseObject({
  id: text,
  status: text,
  command: text,
  flow: optional(entityRef),
  messages: jobMessages
})

/** Validate jobs (a preview API): without an id the job cannot be followed, so the answer is unreadable. */
export const ValidateJobStartSchema = z.looseObject({
  id: z.string().min(1),
  status: text,
  totalFlows: optional(z.number().int().nonnegative())
})
export const ValidateJobStateSchema = z.looseObject({ id: text, status: text, messages: jobMessages })

export const OrganizationSchema = z.looseObject({ id: text, name: text })

function listingSchema<T extends z.ZodType>(entity: T) {
  return z.looseObject({
    entities: optional(z.array(entity)).transform((entities) => entities ?? []),
    pageNumber: optional(z.number().int().positive()),
    pageSize: optional(z.number().int().positive()),
    total: optional(z.number().int().nonnegative()),
    pageCount: optional(z.number().int().nonnegative())
  })
}

export const FlowListingSchema = listingSchema(FlowSchema)
export const FlowVersionListingSchema = listingSchema(FlowVersionSchema)
export const ConsumedResourcesListingSchema = listingSchema(DependencySchema)
/** `DependencyObjectEntityListing`: its objects carry a `Dependency`'s fields (and more, unread). */
export const DependencyObjectListingSchema = listingSchema(DependencySchema)

/**
 * `GET /api/v2/authorization/subjects/me`. A part that cannot be read (a division, a role's
 * policies) is left out rather than failing the answer: the permissions check then cannot prove a
 * permission missing, and never blocks on what it could not read.
 */
const PermissionPolicySchema = z.looseObject({
  domain: text,
  entityName: text,
  actions: optional(z.array(z.string())),
  actionSet: optional(z.array(z.string())),
  condition: text
})
const PermissionGrantSchema = z.looseObject({
  division: optional(entityRef).catch(undefined),
  role: optional(
    z.looseObject({ id: text, name: text, policies: optional(z.array(PermissionPolicySchema)).catch(undefined) })
  ).catch(undefined)
})
export const AuthorizationSubjectSchema = z.looseObject({
  grants: optional(z.array(PermissionGrantSchema)).catch(undefined)
})
/** `GET /api/v2/authorization/divisionspermitted/paged/me`: a page of divisions. */
export const DivisionsPermittedListingSchema = listingSchema(entityRef).extend({
  allDivsPermitted: optional(z.boolean())
})

/**
 * A flow analytics aggregate answer (`FlowAggregateQueryResponse`): `{}` when nothing matched. A
 * group's dimension values are strings in the SDK; anything else is dropped rather than guessed at.
 */
export const FlowAggregateAnswerSchema = z.looseObject({
  results: optional(
    z.array(
      z.looseObject({
        group: optional(z.record(z.string(), z.unknown())).transform((group) =>
          Object.fromEntries(
            Object.entries(group ?? {}).filter((entry): entry is [string, string] => typeof entry[1] === 'string')
          )
        ),
        data: optional(
          z.array(
            z.looseObject({
              interval: text,
              metrics: optional(
                z.array(
                  z.looseObject({
                    metric: text,
                    qualifier: text,
                    stats: optional(z.looseObject({ count: optional(z.number()), sum: optional(z.number()) }))
                  })
                )
              ).transform((metrics) => metrics ?? [])
            })
          )
        ).transform((data) => data ?? [])
      })
    )
  ).transform((results) => results ?? [])
})

/** The platform's error body (`ErrorBody`): real ones carry no `messageParams`. */
export const ErrorBodySchema = z.looseObject({
  message: text,
  code: text,
  status: optional(z.number().int()),
  messageParams: optional(z.record(z.string(), z.unknown())),
  contextId: text,
  details: optional(z.array(z.unknown())),
  errors: optional(z.array(z.unknown()))
})

/** The token endpoint's answer. */
export const TokenSchema = z.looseObject({
  access_token: z.string().min(1),
  token_type: text,
  expires_in: optional(z.number())
})

export type ErrorBody = z.output<typeof ErrorBodySchema>
