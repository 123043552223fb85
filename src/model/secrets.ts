/**
 * Whether a value can be masked and kept out of what the run writes. An empty one cannot: a plan
 * job's `{secret: ""}` stand-in, an empty header. As a pattern it matches between every two
 * characters, so every output, the summary and the status itself would become `<masked>` over and
 * over (and the step's verdict, which reads the status, with them). Every mask and every redaction
 * pattern passes this test.
 */
export function isMaskable(value: string): boolean {
  return value !== ''
}

/**
 * The values this run masked: each is masked with the runner the moment it is known, and kept out
 * of the records, summary, outputs, comment and events. A value that cannot be masked is neither.
 */
export class MaskedValues {
  private readonly masked = new Set<string>()

  constructor(private readonly setSecret: (value: string) => void) {}

  readonly mask = (secret: string): void => {
    if (!isMaskable(secret)) return
    this.masked.add(secret)
    this.setSecret(secret)
  }

  get values(): ReadonlySet<string> {
    return this.masked
  }
}
