import { isDeepStrictEqual } from 'node:util'
import { parseAllDocuments } from 'yaml'

/** Archy's flow files, as the emulator stores and exports a flow version's content. */

/** The flow file's top-level key for each flow type (Archy's camelCase names). */
export const FILE_KEYS: Record<string, string> = {
  INBOUNDCALL: 'inboundCall',
  INBOUNDCHAT: 'inboundChat',
  INBOUNDEMAIL: 'inboundEmail',
  INBOUNDSHORTMESSAGE: 'inboundShortMessage',
  INQUEUECALL: 'inQueueCall',
  INQUEUEEMAIL: 'inQueueEmail',
  INQUEUESHORTMESSAGE: 'inQueueShortMessage',
  OUTBOUNDCALL: 'outboundCall',
  COMMONMODULE: 'commonModule',
  BOT: 'bot',
  DIGITALBOT: 'digitalBot',
  SECURECALL: 'secureCall',
  SURVEYINVITE: 'surveyInvite',
  VOICEMAIL: 'voicemail',
  VOICE: 'voice',
  VOICESURVEY: 'voiceSurvey',
  WORKFLOW: 'workflow',
  WORKITEM: 'workitem',
  SPEECH: 'speech',
  EMAILSEND: 'emailSend'
}

/** The content of a version that the scenario gives none: small, readable, different per version. */
export function defaultContent(flow: { name: string; type: string }, version: string): string {
  const key = FILE_KEYS[flow.type.toUpperCase()] ?? flow.type.toLowerCase()
  return [
    `${key}:`,
    `  name: ${JSON.stringify(flow.name)}`,
    `  description: ${JSON.stringify(`${flow.name}, version ${version}`)}`,
    '  startUpRef: "./menus/menu[Main Menu]"',
    '  menus:',
    '    - menu:',
    '        name: Main Menu',
    '        audio:',
    `          tts: ${JSON.stringify(`Welcome. This is version ${version}.`)}`,
    ''
  ].join('\n')
}

/**
 * Two flow files hold the same flow: equal as YAML (layout, key order and comments aside) once the
 * metadata an export adds (`exportDate`, `exportedVersion` under the flow) is taken out. A file
 * that is not valid YAML equals only the same text.
 */
export function sameFlowFile(a: string, b: string): boolean {
  if (a === b) return true
  const documents = (text: string) => {
    const docs = parseAllDocuments(text) as unknown as { errors: unknown[]; toJS(): unknown }[]
    if (!Array.isArray(docs) || docs.some((d) => d.errors.length)) return undefined
    return docs.map((d) => withoutExportMetadata(d.toJS()))
  }
  const [left, right] = [documents(a), documents(b)]
  return left !== undefined && right !== undefined && isDeepStrictEqual(left, right)
}

function withoutExportMetadata(root: unknown): unknown {
  if (!root || typeof root !== 'object' || Array.isArray(root)) return root
  return Object.fromEntries(
    Object.entries(root).map(([key, flow]) => {
      if (!flow || typeof flow !== 'object' || Array.isArray(flow)) return [key, flow]
      const { exportDate: _date, exportedVersion: _version, ...rest } = flow as Record<string, unknown>
      return [key, rest]
    })
  )
}
