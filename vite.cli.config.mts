// Builds the command-line tool (src/cli) into one Node CommonJS file, out/cli/index.cjs, that the
// package's `bin` (bin/cmg-designer.cjs) loads. The CLI shares the load pipeline and rules engine
// with the app through src/shared.
import { resolve } from 'node:path'
import { builtinModules } from 'node:module'
import { defineConfig } from 'vite'

export default defineConfig({
  build: {
    outDir: resolve(import.meta.dirname, 'out/cli'),
    emptyOutDir: true,
    target: 'node20',
    ssr: true,
    minify: false,
    rollupOptions: {
      input: resolve(import.meta.dirname, 'src/cli/index.ts'),
      // resvg (the PNG export's rasteriser) is a native package, loaded from node_modules at run time.
      external: [...builtinModules, ...builtinModules.map((m) => `node:${m}`), '@resvg/resvg-js'],
      output: { format: 'cjs', entryFileNames: 'index.cjs' },
    },
  },
  ssr: { noExternal: true },
})
