/** A promise's value or its error. */
export type Settled<T> = { value: T } | { error: unknown }

/** The outcome of `work`, never a rejection: for a request sent early, which may be awaited late or not at all. */
export function settled<T>(work: Promise<T>): Promise<Settled<T>> {
  return work.then(
    (value) => ({ value }),
    (error: unknown) => ({ error })
  )
}
