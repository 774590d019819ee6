// Vite config of the renderer alone: electron-vite uses it for the app's renderer, and the e2e
// tests and benchmarks serve its build output over http in Debian Chromium (the Electron binary
// cannot be downloaded on our build machines).
import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

export const rendererRoot = resolve(import.meta.dirname, 'src/renderer')

export default defineConfig({
  root: rendererRoot,
  base: './',
  plugins: [react()],
  worker: { format: 'es' },
  build: {
    // RENDERER_OUT lets parallel test runs build into their own folder.
    outDir: process.env.RENDERER_OUT ?? resolve(import.meta.dirname, 'out/renderer'),
    emptyOutDir: true,
    minify: true,
    sourcemap: false,
    rolldownOptions: {
      input: { index: resolve(rendererRoot, 'index.html') },
      output: {
        codeSplitting: {
          // zod and the module that configures it (platform/zod-config.ts: no eval probe under the
          // CSP) share one chunk, so the configuration runs before any chunk builds a schema: with
          // the lazily loaded parts, the schemas land in a chunk of their own that would otherwise
          // be evaluated before the entry's first import.
          groups: [{ name: 'zod', test: /[\\/]node_modules[\\/]zod[\\/]|[\\/]platform[\\/]zod-config\.ts$/ }],
        },
      },
    },
  },
  server: { host: '127.0.0.1', strictPort: true },
  preview: { host: '127.0.0.1', strictPort: true },
})
