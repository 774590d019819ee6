// What a window is told when a design comes on screen (src/shared/document/opening.ts), the one
// copy Electron main and the web adapter both use: whether it opens unsaved, the notice saying
// why, how a failure names the file, and what File ▸ New makes.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  IMPORTED,
  MAX_NOTICE_LENGTH,
  UNCHANGED,
  fileTooLargeMessage,
  namingFile,
  newDesignFrom,
  openedFile,
  openedPayload,
  previousVersion,
  reloaded,
  restoredFromRecovery,
  reverted,
} from '../../../src/shared/document/opening'
import { parseDesignFile } from '../../../src/shared/format/parse'
import { newDesign } from '../../../src/shared/model/factory'
import { TEST_TODAY } from '../../support/today'

const contoso = (() => {
  const text = readFileSync(
    join(__dirname, '..', '..', '..', 'resources', 'templates', 'contoso.cmgd'),
    'utf8',
  )
  const parsed = parseDesignFile(text)
  if (!parsed.ok) throw new Error(parsed.error.message)
  return parsed.value.doc
})()

const design = { handle: 'doc_1', fileName: 'site.cmgd', hasFile: true, doc: newDesign(TEST_TODAY) }

describe('openedFile', () => {
  it('opens a current design file as it is on disk, without a notice', () => {
    expect(openedFile({ fileName: 'site.cmgd' })).toEqual({ dirty: false })
  })

  it('opens an upgraded file unsaved and says from which schema version, and that the file is unchanged', () => {
    expect(openedFile({ fileName: 'old.cmgd', migratedFrom: 1 })).toEqual({
      dirty: true,
      notice:
        'This design was upgraded from an older file format (schema version 1). The file on disk is unchanged until you save.',
    })
  })

  it('names the image a design came out of and says how to keep it; unsaved only when it was upgraded', () => {
    const notice =
      'Opened the design carried by the image “contoso.png”. Save it to keep it as a design file.'
    expect(openedFile({ fileName: 'contoso.png', embeddedIn: 'png' })).toEqual({ dirty: false, notice })
    expect(openedFile({ fileName: 'contoso.png', embeddedIn: 'png', migratedFrom: 1 })).toEqual({
      dirty: true,
      notice,
    })
  })
})

describe('openedPayload', () => {
  it('answers with the design under its handle, file name and file state', () => {
    expect(openedPayload(design, UNCHANGED)).toEqual({
      ok: true,
      handle: 'doc_1',
      fileName: 'site.cmgd',
      hasFile: true,
      doc: design.doc,
      dirty: false,
    })
    expect(openedPayload(design, IMPORTED)).toMatchObject({ dirty: true })
    expect(openedPayload(design, IMPORTED)).not.toHaveProperty('notice')
  })

  it('cuts a notice longer than the contract carries, ending it with an ellipsis', () => {
    const long = `${'x'.repeat(MAX_NOTICE_LENGTH)} and more`
    const notice = openedPayload(design, { dirty: true, notice: long }).notice ?? ''
    expect(notice).toHaveLength(MAX_NOTICE_LENGTH)
    expect(notice.endsWith('…')).toBe(true)
    const short = openedPayload(design, { dirty: true, notice: 'Kept.' })
    expect(short.notice).toBe('Kept.')
  })
})

describe('namingFile', () => {
  it('puts the file name in front of a message that does not name it', () => {
    expect(namingFile('a.cmgd', 'The file is damaged.')).toBe(
      '“a.cmgd” could not be opened. The file is damaged.',
    )
  })

  it('leaves a message that names the file as it is', () => {
    expect(namingFile('a.cmgd', '"a.cmgd" was not found.')).toBe('"a.cmgd" was not found.')
  })

  it('says a too-large file is too large, by name and limit', () => {
    expect(fileTooLargeMessage('big.cmgd')).toBe('"big.cmgd" is larger than 20 MB, the most a design may be.')
  })
})

describe('restoredFromRecovery', () => {
  const recovered = 'Unsaved changes were recovered after CMG Designer closed unexpectedly.'

  it('always opens unsaved, and says Save keeps the changes when Save has somewhere to go', () => {
    const plain = { dirty: true, notice: `${recovered} Save to keep them.` }
    expect(restoredFromRecovery({ state: 'none' })).toEqual(plain)
    expect(restoredFromRecovery({ state: 'reopened' })).toEqual(plain)
  })

  it('points to Save As when the original file cannot take the changes, saying why', () => {
    expect(restoredFromRecovery({ state: 'unopenable', reason: '"a.cmgd" was not found.' })).toEqual({
      dirty: true,
      notice: `${recovered} The original file could not be opened ("a.cmgd" was not found.) Use Save As to keep them.`,
    })
    expect(restoredFromRecovery({ state: 'open elsewhere' })).toEqual({
      dirty: true,
      notice: `${recovered} The original file is open in another window; use Save As to keep them.`,
    })
  })
})

describe('other arrivals', () => {
  it('opens a previous version unsaved, naming the file it was kept for', () => {
    expect(previousVersion('site.cmgd')).toEqual({
      dirty: true,
      notice:
        'This is the previous version of “site.cmgd”, kept when a save replaced it. It is a new unsaved design; the file itself is unchanged. Use Save As to keep this version.',
    })
  })

  it('brings a reloaded window its unsaved changes back, or the design as it was', () => {
    expect(reloaded(true)).toEqual({
      dirty: true,
      notice: 'The window was reloaded; your unsaved changes were recovered. Save to keep them.',
    })
    expect(reloaded(false)).toEqual({ dirty: false })
  })

  it('reverts to the file quietly, unsaved only when the file had to be upgraded', () => {
    expect(reverted(undefined)).toEqual({ dirty: false })
    expect(reverted(1)).toEqual({ dirty: true })
  })
})

describe('newDesignFrom', () => {
  it('makes a blank design evaluated today', () => {
    const blank = newDesignFrom(undefined, TEST_TODAY)
    expect(blank.nodes).toEqual([])
    expect(blank.design.evaluationDate).toBe(TEST_TODAY)
  })

  it('copies a template evaluated today, leaving the template itself as it was', () => {
    const before = contoso.design.evaluationDate
    const copy = newDesignFrom(contoso, TEST_TODAY)
    expect(copy.design.evaluationDate).toBe(TEST_TODAY)
    expect(copy.design.name).toBe(contoso.design.name)
    expect(copy.nodes).toEqual(contoso.nodes)
    expect(contoso.design.evaluationDate).toBe(before)
  })
})
