import type { ActionCore } from '../../src/model/action.js'

/** Records everything the action tells the toolkit; inputs come from a plain object. */
export class FakeCore implements ActionCore {
  readonly outputs: Record<string, string> = {}
  readonly secrets: string[] = []
  readonly logs: { level: string; message: string }[] = []
  failed?: string
  constructor(private readonly inputs: Record<string, string> = {}) {}
  getInput = (name: string) => this.inputs[name] ?? ''
  setOutput = (name: string, value: string) => void (this.outputs[name] = value)
  setSecret = (secret: string) => void this.secrets.push(secret)
  setFailed = (message: string) => {
    this.failed = message
    this.logs.push({ level: 'error', message })
  }
  info = (message: string) => void this.logs.push({ level: 'info', message })
  warning = (message: string) => void this.logs.push({ level: 'warning', message })
  error = (message: string) => void this.logs.push({ level: 'error', message })
  notice = (message: string) => void this.logs.push({ level: 'notice', message })
  debug = (message: string) => void this.logs.push({ level: 'debug', message })
  startGroup = (name: string) => void this.logs.push({ level: 'group', message: name })
  endGroup = () => undefined
  text(level?: string): string {
    return this.logs
      .filter((l) => !level || l.level === level)
      .map((l) => l.message)
      .join('\n')
  }
}
