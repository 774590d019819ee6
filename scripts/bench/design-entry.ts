// Entry bundled by scripts/bench/browser.mjs (vite, SSR mode) so the browser benchmarks can write the
// generated designs as file text in plain Node: the open-time measure "opens" exactly what the app
// would save (the stable serializer of src/shared/format). It also gives the Chromium features the
// app switches off, so the benchmark starts Chromium the way the app does.
export { generateDesign } from '../../src/shared/testing/generate-design'
export { serializeDesign } from '../../src/shared/format/serialize'
export { DISABLED_CHROMIUM_FEATURES } from '../../src/main/chromium-features'
