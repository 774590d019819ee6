// The Chromium features the app switches off: the --disable-features value keeps what the command
// line already disables and adds the app's, each once.
import { describe, expect, it } from 'vitest'
import { DISABLED_CHROMIUM_FEATURES, disabledFeaturesSwitch } from '../../../src/main/chromium-features'

describe('disabledFeaturesSwitch', () => {
  it("is the app's features when the command line disables none", () => {
    expect(disabledFeaturesSwitch('')).toBe(DISABLED_CHROMIUM_FEATURES.join(','))
    expect(disabledFeaturesSwitch('')).toContain('DeferRendererTasksAfterInput')
  })

  it("keeps a user's disabled features before the app's, and names each once", () => {
    expect(disabledFeaturesSwitch('HardwareMediaKeyHandling, DeferRendererTasksAfterInput,')).toBe(
      'HardwareMediaKeyHandling,DeferRendererTasksAfterInput',
    )
  })
})
