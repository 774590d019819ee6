// Makes text from a design file (names, notes, unknown keys, file names, JSON parser messages) safe
// to show to a person: every character that can move the cursor, recolour or clear a terminal,
// ring the bell, start a new line or reorder what is displayed (C0 and C1 controls, DEL, bidi
// overrides and isolates, zero-width and line-separator characters, lone surrogates) is written as
// a visible escape such as \x1b or \u202e. Everything else, backslashes included, is kept. The
// result contains only printable characters, and escaping it again changes nothing. Pure; used by
// the load pipeline's messages and by every human-readable output of the CLI.

/** Characters shown as an escape: controls, format/bidi characters and unpaired surrogates. */
const UNSAFE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

const hex = (code: number, width: number): string => code.toString(16).padStart(width, '0')

function escapeChar(c: string): string {
  const code = c.charCodeAt(0)
  return code <= 0xff ? `\\x${hex(code, 2)}` : `\\u${hex(code, 4)}`
}

/** `text` with every control, bidi and invisible formatting character written as \xHH or \uHHHH. */
export function escapeTerminalText(text: string): string {
  return text.replace(UNSAFE, escapeChar)
}
