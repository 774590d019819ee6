// The Chromium features the app runs without, switched off on Electron's command line before the
// app is ready (index.ts). Data and a pure merge, so the unit tests and the browser benchmark
// (scripts/bench/browser.mjs, which starts Chromium the way the app does) read the same list.
// Runs in the Electron main process.

/**
 * Chromium features to disable, each with the reason:
 * - DeferRendererTasksAfterInput: after a key press or a click, Chromium holds the page's
 *   messages and timers until the next frame has been presented. The rules worker answers an
 *   edit of a 1,000-element design in a few milliseconds, but its answer then waited for that
 *   frame (about 35 ms on our 2-core machines) and the findings were drawn one frame later still
 *   (docs/performance.md, fix 18). The page has no background work that the hold would keep out
 *   of the way of drawing.
 */
export const DISABLED_CHROMIUM_FEATURES: readonly string[] = ['DeferRendererTasksAfterInput']

/**
 * The value for --disable-features: the features the command line already disables (a user's or
 * a packager's switch), then the app's, each once.
 */
export function disabledFeaturesSwitch(existing: string): string {
  const features = existing
    .split(',')
    .map((f) => f.trim())
    .filter((f) => f !== '')
  return [...new Set([...features, ...DISABLED_CHROMIUM_FEATURES])].join(',')
}
