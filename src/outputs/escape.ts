/** Text as HTML: for anything interpolated into the summary or a PR comment. */
function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

/**
 * Text as one markdown table cell: HTML-escaped, pipes and line breaks neutralised, control
 * characters made visible, markdown's own inline syntax (links, emphasis, code, strikethrough,
 * math) escaped so a flow name renders as the text it is, and `@name` kept from notifying anyone
 * (a word joiner after the @).
 */
export function escapeCell(text: string): string {
  return visibleControls(escapeHtml(text).replace(/\r?\n|\r|\t/g, ' '))
    .replace(/\|/g, '&#124;')
    .replace(/([\\`*_[\]~$])/g, '\\$1')
    .replace(/@(?=[\w-])/g, '@\u2060')
}

/**
 * Control characters as their visible Unicode pictures (U+2400 block): an escape sequence in a
 * flow name must show as text, not act on a terminal or vanish from a page.
 */
function visibleControls(text: string): string {
  return text.replace(/\p{Cc}/gu, (c) => {
    const code = c.charCodeAt(0)
    return code < 0x20 ? String.fromCharCode(0x2400 + code) : code === 0x7f ? '\u2421' : '\ufffd'
  })
}

/** Text inside <pre>, or in Slack's mrkdwn: only `&`, `<` and `>`, which the reader would parse. */
export function escapePre(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

export function code(text: string): string {
  return `<code>${escapeHtml(text)}</code>`
}
