// The user guide inside the app (F1, Help ▸ User Guide, the empty canvas's link): docs/user-guide.md
// rendered with its screenshots, both bundled with the renderer so the guide works offline and can
// never disagree with the file in the repository. A modal sheet like the shortcut sheet: focus stays
// inside, Escape or Close returns focus to where it was. Loaded when first opened. Runs in the
// renderer.
import { Marked } from 'marked'
import guideMarkdown from '../../../../docs/user-guide.md?raw'
import { HelpSheet } from '../components/HelpSheet'
import './UserGuideDialog.css'

/** The guide's screenshots by their path in the Markdown ("user-guide/01-start.png"). */
const SCREENSHOTS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(
    import.meta.glob<string>('../../../../docs/user-guide/*.png', {
      eager: true,
      query: '?url',
      import: 'default',
    }),
  ).map(([path, url]) => [path.replace(/^.*\/docs\//, ''), url]),
)

/**
 * The guide as HTML. The Markdown is our own bundled file, not user input; links to other files of
 * the repository are dropped to their text (the app has no browser to open them in) and images point
 * at the bundled screenshots.
 */
function guideHtml(): string {
  const marked = new Marked({
    walkTokens(token) {
      if (token.type === 'image') token.href = SCREENSHOTS[token.href] ?? token.href
    },
    renderer: {
      link({ href, tokens }) {
        const text = this.parser.parseInline(tokens)
        return href.startsWith('#') ? `<a href="${href}">${text}</a>` : text
      },
    },
  })
  return marked.parse(guideMarkdown, { async: false })
}

/** Rendered once, when the guide is first opened (this module is loaded then). */
const GUIDE_HTML = guideHtml()

/** The open guide; `onClose` closes it (Escape, Close, a click outside). */
export default function UserGuideDialog({ onClose }: { onClose: () => void }) {
  return (
    <HelpSheet title="User guide" className="user-guide-dialog" onClose={onClose}>
      <article
        className="user-guide-body"
        tabIndex={0}
        aria-label="User guide text"
        dangerouslySetInnerHTML={{ __html: GUIDE_HTML }}
      />
    </HelpSheet>
  )
}
