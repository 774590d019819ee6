// Escaping for the design report's HTML and SVG: every string that comes from a design file (names,
// notes, suppression reasons, messages that quote names) goes through these before it reaches
// markup, so a name such as `<img src=x onerror=alert(1)>` shows as text. Pure.

/** Characters XML does not allow (controls other than tab, line feed and carriage return; lone surrogates; U+FFFE/U+FFFF). */
const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/** Text safe inside an element or a quoted attribute, in HTML and in standalone SVG (XML). */
export function escapeMarkup(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c)
}

/** The URL when it is an absolute http(s) address without spaces or quotes, else undefined. */
export function safeHttpUrl(url: string): string | undefined {
  return /^https?:\/\/[^\s"'<>`]+$/i.test(url) ? url : undefined
}

/**
 * A CSS string literal ("…") holding `text`: every character other than a letter, digit or space
 * becomes a CSS escape, so nothing in it can end the string or the <style> element.
 */
export function cssString(text: string): string {
  let out = ''
  for (const ch of text.replace(NOT_XML, '')) {
    const code = ch.codePointAt(0) ?? 0
    // The space after an escape ends it (and is dropped by the CSS parser), so a real space that
    // follows stays.
    out += /[A-Za-z0-9 ]/.test(ch) ? ch : `\\${code.toString(16).padStart(6, '0')} `
  }
  return `"${out}"`
}
