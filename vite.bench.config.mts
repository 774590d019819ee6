// Vite config of the performance harness's bare React Flow pages (bench/pages: B0 with default
// nodes, B1 with our node and edge components, and b0-startup, an empty bare React Flow page for
// the cold-start reference). A production build like the app's renderer
// (React's production mode, minified), with its own output folder; scripts/bench/browser.mjs builds
// it next to the app and serves both over http on 127.0.0.1.
import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

export const benchPagesRoot = resolve(import.meta.dirname, 'bench/pages')

export default defineConfig({
  root: benchPagesRoot,
  base: './',
  plugins: [react()],
  build: {
    // BENCH_PAGES_OUT lets parallel runs build into their own folder.
    outDir: process.env.BENCH_PAGES_OUT ?? resolve(import.meta.dirname, 'out/bench-pages'),
    emptyOutDir: true,
    minify: true,
    sourcemap: false,
    // B0 and B1 share React, React Flow and the generator on purpose; b0-startup loads only the
    // React and React Flow it needs (rollup splits the shared code by the pages that use it).
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      input: {
        b0: resolve(benchPagesRoot, 'b0.html'),
        b1: resolve(benchPagesRoot, 'b1.html'),
        'b0-startup': resolve(benchPagesRoot, 'b0-startup.html'),
      },
    },
  },
})
