// Entry bundled by scripts/bench/browser.mjs (vite, SSR mode) so the browser benchmarks can write the
// generated designs as file text in plain Node: the open-time measure "opens" exactly what the app
// would save (the stable serializer of src/shared/format).
export { generateDesign } from '../../src/shared/testing/generate-design'
export { serializeDesign } from '../../src/shared/format/serialize'
