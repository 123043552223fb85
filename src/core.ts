/** The part of `@actions/core` the action uses: passed in, so tests need no module mocking. */
export interface ActionCore {
  getInput(name: string): string
  setOutput(name: string, value: string): void
  setSecret(secret: string): void
  setFailed(message: string): void
  info(message: string): void
  warning(message: string): void
  error(message: string): void
  notice(message: string): void
  debug(message: string): void
  startGroup(name: string): void
  endGroup(): void
}
