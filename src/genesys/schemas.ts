import { z } from 'zod'

/**
 * The parts of the platform's responses the action relies on, as zod schemas. The client parses
 * every response with them (unknown fields pass through), and `npm run conformance` checks a real
 * org against the same schemas, so an assumption about a shape is written down exactly once.
 */

const entityRef = z.looseObject({ id: z.string(), name: z.string().optional() })

export const OperationSchema = z.looseObject({
  id: z.string(),
  complete: z.boolean(),
  actionName: z.string().optional(),
  actionStatus: z.string().optional(),
  errorCode: z.string().optional(),
  errorMessage: z.string().optional(),
  errorMessageParams: z.record(z.string(), z.unknown()).optional(),
  errorDetails: z.array(z.looseObject({ errorCode: z.string().optional() })).optional(),
  user: entityRef.optional(),
  client: entityRef.optional()
})

export const FlowVersionSchema = z.looseObject({
  id: z.string(),
  name: z.string().optional(),
  type: z.string().optional(),
  dateCreated: z.union([z.number(), z.string()]).optional(),
  datePublished: z.string().optional(),
  datePublishedEnd: z.string().optional()
})

export const FlowSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  type: z.string(),
  division: entityRef.optional(),
  deleted: z.boolean().optional(),
  active: z.boolean().optional(),
  lockedUser: entityRef.optional(),
  lockedClient: entityRef.optional(),
  publishedVersion: FlowVersionSchema.optional(),
  checkedInVersion: FlowVersionSchema.optional(),
  savedVersion: FlowVersionSchema.optional(),
  currentOperation: OperationSchema.optional()
})

export const OrganizationSchema = z.looseObject({ id: z.string(), name: z.string().optional() })

function listingSchema<T extends z.ZodType>(entity: T) {
  return z.looseObject({
    entities: z.array(entity),
    pageNumber: z.number().int().positive(),
    pageSize: z.number().int().positive(),
    total: z.number().int().nonnegative().optional(),
    pageCount: z.number().int().nonnegative()
  })
}

export const FlowListingSchema = listingSchema(FlowSchema)
export const FlowVersionListingSchema = listingSchema(FlowVersionSchema)

/** The platform's error body (`ErrorBody`). */
export const ErrorBodySchema = z.looseObject({
  message: z.string(),
  code: z.string(),
  status: z.number().int(),
  messageParams: z.record(z.string(), z.unknown()).optional(),
  contextId: z.string().optional(),
  details: z.array(z.unknown()).optional(),
  errors: z.array(z.unknown()).optional()
})

/** The token endpoint's answer. */
export const TokenSchema = z.looseObject({
  access_token: z.string().min(1),
  token_type: z.string().optional(),
  expires_in: z.number().optional()
})

export type Operation = z.output<typeof OperationSchema>
export type FlowVersion = z.output<typeof FlowVersionSchema>
export type Flow = z.output<typeof FlowSchema>
export type Organization = z.output<typeof OrganizationSchema>
export type ErrorBody = z.output<typeof ErrorBodySchema>
