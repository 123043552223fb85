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
