// Opening an image the app exported (File ▸ Open on a .png or .svg): main takes the design out of
// it and opens it without a file, so Save asks where to save and never writes JSON over the image;
// an image without a design is refused. Runs against a real temp folder.
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { deflateSync } from 'node:zlib'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DocumentStore } from '../../../../src/main/services/document-store'
import { realFs } from '../../../../src/main/services/fs-adapter'
import { serializeDesign } from '../../../../src/shared/format/serialize'
import { embedDesignInPng, pngChunk } from '../../../../src/shared/export/embed-png'
import { embedDesignInSvg } from '../../../../src/shared/export/embed-svg'
import { design, makeTempDir } from './fs-doubles'

let root: { path: string; remove: () => Promise<void> }
beforeEach(async () => {
  root = await makeTempDir('images')
})
afterEach(async () => {
  await root.remove()
})

const store = () => new DocumentStore({ fs: realFs, backupDir: join(root.path, 'backups') })

function png(): Uint8Array {
  return Uint8Array.from([
    ...[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    ...pngChunk('IHDR', new Uint8Array([0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0])),
    ...pngChunk('IDAT', new Uint8Array(deflateSync(Buffer.from([0, 0])))),
    ...pngChunk('IEND', new Uint8Array()),
  ])
}

describe('DocumentStore opening exported images', () => {
  it('opens the design carried by a PNG without a file, and Save does not touch the image', async () => {
    const doc = design('Workshop')
    const imagePath = join(root.path, 'workshop.png')
    const bytes = embedDesignInPng(png(), serializeDesign(doc))
    await writeFile(imagePath, bytes)
    const documents = store()
    const opened = await documents.openFile(imagePath)
    expect(opened.ok).toBe(true)
    if (!opened.ok) return
    expect(opened.value).toMatchObject({ filePath: null, fileName: 'workshop.cmgd', embeddedIn: 'png' })
    expect(serializeDesign(opened.value.doc)).toBe(serializeDesign(doc))
    const saved = await documents.save(opened.value.handle, opened.value.doc)
    expect(saved.ok).toBe(false)
    expect(new Uint8Array(await readFile(imagePath))).toEqual(bytes)
  })

  it('opens the design carried by an SVG', async () => {
    const doc = design('Vector')
    const imagePath = join(root.path, 'vector.svg')
    await writeFile(
      imagePath,
      embedDesignInSvg('<svg xmlns="http://www.w3.org/2000/svg"></svg>', serializeDesign(doc)),
    )
    const opened = await store().openFile(imagePath)
    expect(opened.ok && opened.value.embeddedIn).toBe('svg')
    expect(opened.ok && serializeDesign(opened.value.doc)).toBe(serializeDesign(doc))
  })

  it('refuses an image that carries no design', async () => {
    const imagePath = join(root.path, 'photo.png')
    await writeFile(imagePath, png())
    const opened = await store().openFile(imagePath)
    expect(opened.ok).toBe(false)
    if (opened.ok) return
    expect(opened.error.code).toBe('NOT_A_DESIGN_FILE')
    expect(opened.error.message).toMatch(/does not carry a CMG design/)
  })
})
