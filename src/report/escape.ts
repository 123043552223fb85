/** Text as HTML: for anything interpolated into the summary or a PR comment. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

/**
 * Text as one markdown table cell: HTML-escaped, pipes and newlines neutralised, and markdown's
 * own inline syntax (links, emphasis, code) escaped so a flow name renders as the text it is.
 */
export function escapeCell(text: string): string {
  return escapeHtml(text)
    .replace(/\|/g, '&#124;')
    .replace(/\r?\n/g, ' ')
    .replace(/([\\`*_[\]])/g, '\\$1')
}

/** Text inside <pre>: only what HTML itself would read. */
export function escapePre(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

export function code(text: string): string {
  return `<code>${escapeHtml(text)}</code>`
}
