// The installers' hardening, read the way `npm run dist` reads it: electron-builder.yml is loaded and
// schema-checked by electron-builder's own configuration code (a misspelt option fails here, not on
// the release machine), and the Electron fuses it would flip into the packaged binary are computed
// by electron-builder itself: no running as Node, no NODE_OPTIONS, no --inspect, encrypted cookies,
// the app loaded only from an integrity-checked app.asar, no extra file:// privileges.
// app-builder-lib, builder-util and @electron/fuses come with electron-builder (a devDependency).
import { resolve } from 'node:path'
import { FuseV1Options, FuseVersion } from '@electron/fuses'
import { type Configuration, PlatformPackager } from 'app-builder-lib'
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config'
import { DebugLogger } from 'builder-util'
import { beforeAll, describe, expect, it } from 'vitest'

const projectRoot = resolve(__dirname, '..', '..', '..')

/** electron-builder's (private) step that turns `electronFuses` into the fuse wire it writes into the binary. */
const fuseWire = (fuses: NonNullable<Configuration['electronFuses']>): Promise<Record<string, unknown>> =>
  (
    PlatformPackager.prototype as unknown as {
      generateFuseConfig(fuses: NonNullable<Configuration['electronFuses']>): Promise<Record<string, unknown>>
    }
  ).generateFuseConfig(fuses)

let config: Configuration

beforeAll(async () => {
  config = await getConfig(projectRoot, 'electron-builder.yml', null)
})

describe('electron-builder.yml', () => {
  it('is a configuration electron-builder accepts', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined()
  })

  it('packs the app into app.asar, the only place the fused binary loads it from', () => {
    expect(config.asar).toBe(true)
  })
})

describe('the Electron fuses of the packaged app', () => {
  it('sets every hardening fuse', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      grantFileProtocolExtraPrivileges: false,
    })
  })

  it('flips exactly those fuses in the binary', async () => {
    const wire = await fuseWire(config.electronFuses!)
    expect(wire.version).toBe(FuseVersion.V1)
    expect(wire[FuseV1Options.RunAsNode]).toBe(false)
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false)
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false)
    expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(true)
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true)
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true)
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(false)
    // The V8 snapshot fuse is left as Electron ships it.
    expect(wire).not.toHaveProperty(String(FuseV1Options.LoadBrowserProcessSpecificV8Snapshot))
  })

  it('would refuse a misspelt fuse instead of silently leaving it at its default', async () => {
    const misspelt = {
      ...config,
      electronFuses: { ...config.electronFuses, enableCookieEncription: true },
    } as Configuration
    await expect(validateConfiguration(misspelt, new DebugLogger(false))).rejects.toThrow(/electronFuses/)
  })
})
