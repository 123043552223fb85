import { isDeepStrictEqual } from 'node:util'
import { platformTree } from './export-shape.js'

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
 * Two flow files hold the same flow (of `division`): the same content once the platform holds it (what an export
 * adds filled in, key order, layout and comments aside, `exportDate`/`exportedVersion` left out).
 * A text that is not one flow document equals only the same text.
 */
export function sameFlowFile(a: string, b: string, division: string): boolean {
  if (a === b) return true
  const [left, right] = [platformTree(a, division), platformTree(b, division)]
  return left !== undefined && right !== undefined && isDeepStrictEqual(left, right)
}
