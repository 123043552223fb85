import type { ActionCore } from '../../src/model/action.js'

/**
 * Records everything the action tells the toolkit; inputs come from a plain object. Given the
 * run's clock, each line also records when it was written (`at`).
 */
export class FakeCore implements ActionCore {
  readonly outputs: Record<string, string> = {}
  readonly secrets: string[] = []
  readonly logs: { level: string; message: string; at?: number }[] = []
  failed?: string
  constructor(
    private readonly inputs: Record<string, string> = {},
    private readonly now?: () => number
  ) {}
  getInput = (name: string) => this.inputs[name] ?? ''
  setOutput = (name: string, value: string) => void (this.outputs[name] = value)
  setSecret = (secret: string) => void this.secrets.push(secret)
  setFailed = (message: string) => {
    this.failed = message
    this.line('error', message)
  }
  info = (message: string) => this.line('info', message)
  warning = (message: string) => this.line('warning', message)
  error = (message: string) => this.line('error', message)
  notice = (message: string) => this.line('notice', message)
  debug = (message: string) => this.line('debug', message)
  startGroup = (name: string) => this.line('group', name)
  endGroup = () => undefined
  private line(level: string, message: string): void {
    this.logs.push(this.now ? { level, message, at: this.now() } : { level, message })
  }
  text(level?: string): string {
    return this.logs
      .filter((l) => !level || l.level === level)
      .map((l) => l.message)
      .join('\n')
  }
}
