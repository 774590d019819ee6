// Only the top-level frame of a window showing the app's own bundle may call main.
import { describe, expect, it } from 'vitest'
import { isTrustedSender } from '../../../../src/main/ipc/sender'
import { childFrame, topFrame } from '../electron-fakes'

describe('isTrustedSender', () => {
  it.each([
    ['an iframe of our own page', childFrame('app://bundle/index.html')],
    ['an iframe of another origin', childFrame('https://evil.example/')],
    ['a top frame at https://evil.example', topFrame('https://evil.example/')],
    ['a top frame at app://bundle.evil', topFrame('app://bundle.evil/index.html')],
    ['a top frame at app://other', topFrame('app://other/index.html')],
    ['a top frame with a port', topFrame('app://bundle:1234/index.html')],
    ['a file:// page', topFrame('file:///home/user/out/renderer/index.html')],
    ['about:blank', topFrame('about:blank')],
    ['a data: page', topFrame('data:text/html,<script>1</script>')],
    ['a frame with an empty URL', topFrame('')],
    ['a frame whose top is missing', { url: 'app://bundle/index.html', top: null }],
    ['a null frame (gone or navigated)', null],
    ['an undefined frame', undefined],
  ])('refuses %s', (_name, frame) => {
    expect(isTrustedSender(frame)).toBe(false)
  })

  it('accepts the top frame of app://bundle', () => {
    expect(isTrustedSender(topFrame('app://bundle/index.html'))).toBe(true)
    expect(isTrustedSender(topFrame('app://bundle/index.html?handle=doc_x#canvas'))).toBe(true)
  })
})
