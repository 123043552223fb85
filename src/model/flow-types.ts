/**
 * Archy flow files name the flow's type by their top-level key (`inboundCall:`); the platform by
 * its type (`INBOUNDCALL`). One table for both directions.
 */
const FILE_KEYS: Readonly<Record<string, string>> = {
  inboundcall: 'inboundCall',
  inboundchat: 'inboundChat',
  inboundemail: 'inboundEmail',
  inboundshortmessage: 'inboundShortMessage',
  inqueuecall: 'inQueueCall',
  inqueueemail: 'inQueueEmail',
  inqueueshortmessage: 'inQueueShortMessage',
  outboundcall: 'outboundCall',
  commonmodule: 'commonModule',
  bot: 'bot',
  digitalbot: 'digitalBot',
  securecall: 'secureCall',
  surveyinvite: 'surveyInvite',
  voicemail: 'voicemail',
  voice: 'voice',
  voicesurvey: 'voiceSurvey',
  workflow: 'workflow',
  workitem: 'workitem',
  speech: 'speech',
  emailsend: 'emailSend'
}

/** The file's top-level key for a flow type (any case), or undefined for a type we do not know. */
export function fileKeyOf(flowType: string): string | undefined {
  return FILE_KEYS[flowType.toLowerCase()]
}

/** The flow type (lowercase) a file's top-level key names, or undefined. */
export function flowTypeOfFileKey(key: string): string | undefined {
  return Object.entries(FILE_KEYS).find(([, k]) => k === key)?.[0]
}

/** Every top-level key a flow file may have, for messages. */
export const FILE_KEY_NAMES: readonly string[] = Object.values(FILE_KEYS)
