#!/usr/bin/env node
// Entry point of `npx cmg-designer`: runs the CLI bundle built by `npm install` (the prepare script).
'use strict'
const path = require('node:path')
const fs = require('node:fs')
const bundle = path.join(__dirname, '..', 'out', 'cli', 'index.cjs')
if (!fs.existsSync(bundle)) {
  process.stderr.write(
    'cmg-designer: the CLI is not built yet; run `npm install` (or `npm run build:cli`) first.\n',
  )
  process.exit(2)
}
require(bundle)
