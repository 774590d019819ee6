// electron-vite build of the three Electron targets: main (Node, CJS), preload (sandboxed, one CJS
// file that requires only `electron`) and the renderer (shared with vite.renderer.config.mts so the
// app and the e2e tests run the same bundle).
import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import renderer from './vite.renderer.config.mts'

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve(__dirname, 'src/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: { input: { index: resolve(__dirname, 'src/preload/index.ts') } },
    },
  },
  renderer,
})
