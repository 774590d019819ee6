// Browser sections of `npm run bench`: the app measured against bare React Flow in headless Debian
// Chromium. Builds production bundles with vite's build API (the app's renderer into out/bench-app,
// the bench pages B0 and B1 of bench/pages into out/bench-pages, the design generator for Node into
// out/bench-design), serves them on 127.0.0.1 (a free port), and drives Chromium with Playwright:
//   bundle      the initial renderer JavaScript, gzipped
//   startup     cold load (fresh context) to an interactive empty canvas, median of 5, and the same
//               for an empty bare React Flow page (bench/pages/b0-startup)
//   open        choosing a file to the first painted canvas, 1,000 and 5,000 nodes, median of 5,
//               and its ratio to bare React Flow (B0) drawing the same design in the same run
//   validation  a property edit to its findings shown, at 100, 1,000 and 5,000 nodes, and the
//               canvas's React commits per edit (window.__cmgCanvasCommit)
//   drag        1,000 nodes: drag one node and a 20-node selection for 120 frames in B0, B1 and the
//               app, interleaved, one warm-up round and five measured; p95 frame times and ratios,
//               rule evaluations and node renders during the drag
// Frame times come from an in-page recorder (rAF to rAF, frame-rate limit off). An element counts as
// drawn when it is a React Flow DOM node or when the app's far-zoom canvas layer (`.far-layer`,
// attribute data-drawn-elements) drew it; the app's dragged elements are chosen by geometry, and the
// pointer hovers each before it is pressed (at far zoom that makes it a DOM node). BENCH_PROFILE=1
// builds unminified and saves a Chrome DevTools Protocol trace of the last round's node drag in
// each page to bench-results/ (open it in DevTools' Performance panel), with a summary printed.
// BENCH_PARTS=drag,open runs some measures only; BENCH_OUT_DIR moves the build folders. Chromium
// runs without the features the Electron app switches off and without Chrome's browser-UI pages.
import { createServer } from 'node:http'
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { extname, join, normalize, resolve, sep } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build } from 'vite'
import { chromium } from '@playwright/test'

const root = resolve(import.meta.dirname, '..', '..')
const outBase = process.env.BENCH_OUT_DIR ? resolve(process.env.BENCH_OUT_DIR) : join(root, 'out')
const appOut = join(outBase, 'bench-app')
const pagesOut = join(outBase, 'bench-pages')
const designOut = join(outBase, 'bench-design')
const resultsDir = join(root, 'bench-results')
const profiling = process.env.BENCH_PROFILE === '1'

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-frame-rate-limit',
  '--disable-gpu-vsync',
  '--disable-dev-shm-usage',
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
]
/**
 * Chrome's own browser-UI pages that every new headless window preloads in a renderer of its own
 * (the omnibox popups), taking main-thread time on our two cores while a page starts. Electron has
 * no browser UI; these are switched off for the app and the B0 pages alike.
 */
const BROWSER_UI_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup']
const VIEWPORT = { width: 1280, height: 720 }
const SEED = 1

const BUDGETS = {
  /** APP/B0 p95 frame time, each scenario and the worse of the two. */
  dragRatio: 1.0,
  dragEvaluations: 0,
  /** validation.p95_ms_<n>; sizes not listed are reported only. */
  validationP95: { 1000: 50, 5000: 150 },
  canvasCommitsPerEdit: 1,
  /** open.ms_<n> / open.b0_draw_ms_<n>. (open.ms_<n> itself is reported only.) */
  openOverB0: { 1000: 0.5, 5000: 0.35 },
  startupMs: 1000,
  initialJsGzipKb: 400,
}

const DRAG = {
  nodes: 1_000,
  // One warm-up round, then five measured; BENCH_DRAG_ROUNDS=2 gives a quick look (one measured).
  rounds: Math.max(2, Number(process.env.BENCH_DRAG_ROUNDS ?? 6)),
  warmupRounds: 1,
  framesPerDrag: 120,
  selection: 20,
  dx: 150,
  dy: 90,
}
const OPEN = { sizes: [1_000, 5_000], warmup: 1, runs: 5 }
/** The bare React Flow reference for opening: fewer runs (it only frames the app's figure). */
const BARE_DRAW = { warmup: 1, runs: 3 }
const VALIDATION = [
  { nodes: 100, warmup: 2, samples: 20 },
  { nodes: 1_000, warmup: 2, samples: 20 },
  { nodes: 5_000, warmup: 1, samples: 10 },
]
const STARTUP = { warmup: 1, runs: 5 }

// ---------------------------------------------------------------------------------------------
// Statistics and rows

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/** Nearest-rank percentile (p in 0..100). */
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]
}

const round = (n, digits = 2) => Number(n.toFixed(digits))

/** A result row; budget null means "reported, not gated"; a value of null (not measured) fails. */
const row = (name, value, unit, budget) => ({
  name,
  value: value === null ? null : round(value),
  unit,
  budget,
  pass: value === null ? false : budget === null ? true : value <= budget,
})

// ---------------------------------------------------------------------------------------------
// Builds

async function buildBundles(log) {
  const started = performance.now()
  const common = { logLevel: 'warn', mode: 'production' }
  const output = { emptyOutDir: true, chunkSizeWarningLimit: 4096, ...(profiling ? { minify: false } : {}) }
  await build({
    ...common,
    configFile: join(root, 'vite.renderer.config.mts'),
    build: { ...output, outDir: appOut },
  })
  await build({
    ...common,
    configFile: join(root, 'vite.bench.config.mts'),
    build: { ...output, outDir: pagesOut },
  })
  await build({
    ...common,
    configFile: false,
    root,
    build: {
      ssr: join(root, 'scripts', 'bench', 'design-entry.ts'),
      outDir: designOut,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      rollupOptions: { output: { format: 'es', entryFileNames: 'design-entry.mjs' } },
    },
    ssr: { noExternal: true },
  })
  log(
    `browser: built the app, the bench pages and the generator${profiling ? ' (unminified, for profiling)' : ''} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  )
  return import(pathToFileURL(join(designOut, 'design-entry.mjs')).href)
}

/** The JavaScript the app's index.html loads before anything else (entry and modulepreloads), gzipped. */
function initialJsGzipKb(log) {
  const html = readFileSync(join(appOut, 'index.html'), 'utf8')
  const files = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((m) => m[1])
  if (files.length === 0) throw new Error('no module script found in the built index.html')
  let bytes = 0
  for (const file of files) {
    const gz = gzipSync(readFileSync(join(appOut, file)), { level: 9 }).length
    bytes += gz
    log(`bundle: ${file} ${(gz / 1024).toFixed(1)} KB gzipped`)
  }
  return bytes / 1024
}

// ---------------------------------------------------------------------------------------------
// Static server on 127.0.0.1

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
}

/** Serves each folder under its URL prefix ("/app/" → out/bench-app) on a free loopback port. */
function serve(mounts) {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname
    const mount = Object.entries(mounts).find(([prefix]) => path.startsWith(prefix))
    const file = mount ? normalize(join(mount[1], decodeURIComponent(path.slice(mount[0].length)))) : ''
    if (!mount || !file.startsWith(mount[1] + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end()
      return
    }
    res.writeHead(200, {
      'content-type': MIME[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    })
    res.end(readFileSync(file))
  })
  return new Promise((resolveServer, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      resolveServer({ origin: `http://127.0.0.1:${port}`, close: () => server.close() })
    })
  })
}

// ---------------------------------------------------------------------------------------------
// Chromium

/**
 * Chromium with `features` disabled on top of those Playwright disables. Chromium keeps only the
 * last --disable-features switch it is given, so a second one would silently drop Playwright's list
 * (PaintHolding, Translate, …): a first, short launch reads Playwright's switch back from the
 * browser's command line, and the real launch replaces it with the merged list.
 */
async function launchChromium(features) {
  const options = { executablePath: CHROMIUM_PATH, headless: true }
  const probe = await chromium.launch({ ...options, args: ['--enable-automation', ...CHROMIUM_ARGS] })
  const session = await probe.newBrowserCDPSession()
  const { arguments: argv } = await session.send('Browser.getBrowserCommandLine')
  await probe.close()
  const playwrights = argv.filter((arg) => arg.startsWith('--disable-features='))
  const disabled = [
    ...playwrights.flatMap((arg) => arg.slice('--disable-features='.length).split(',')),
    ...features,
  ]
  return chromium.launch({
    ...options,
    ignoreDefaultArgs: playwrights,
    args: [
      ...CHROMIUM_ARGS,
      `--disable-features=${[...new Set(disabled)].filter((f) => f !== '').join(',')}`,
    ],
  })
}

// ---------------------------------------------------------------------------------------------
// In-page instruments (serialised into the pages by Playwright, so they are plain browser JS)

/**
 * Installed before any page script: the frame recorder (every rAF-to-rAF time, with the number of
 * pointer moves the page received in that frame), the node render probe the app's node component
 * reports to (editor/nodes/render-probe.ts), and small helpers.
 */
function installInstruments() {
  const renders = new Map()
  window.__cmgRenderProbe = (id) => renders.set(id, (renders.get(id) ?? 0) + 1)
  // The app calls this once per React commit of the canvas subtree.
  let commits = 0
  let commitHookFired = false
  window.__cmgCanvasCommit = () => {
    commits++
    commitHookFired = true
  }
  /**
   * Has every one of `count` elements been drawn? Either as React Flow DOM nodes or, at far zoom, by
   * the app's canvas layer (`.far-layer`, which sets data-drawn-elements after each draw).
   */
  const drawn = (count) => {
    if (document.getElementsByClassName('react-flow__node').length === count) return true
    const far = document.querySelector('.react-flow .far-layer')
    return far !== null && Number(far.getAttribute('data-drawn-elements')) === count
  }
  window.__bench = {
    drawn,
    resetCommits: () => {
      commits = 0
    },
    /** Canvas commits since the last reset, or null if the app never reported one. */
    commits: () => (commitHookFired ? commits : null),
    /**
     * React Flow's viewport in client coordinates: a flow point (fx, fy) is drawn at
     * (x + fx * zoom, y + fy * zoom).
     */
    viewport() {
      const pane = document.querySelector('.react-flow').getBoundingClientRect()
      const transform = getComputedStyle(document.querySelector('.react-flow__viewport')).transform
      const m = new DOMMatrixReadOnly(transform === 'none' ? undefined : transform)
      return { x: pane.left + m.e, y: pane.top + m.f, zoom: m.a }
    },
    /** The id of the React Flow DOM node at a client point (the topmost element there), or null. */
    nodeAt: (x, y) =>
      document.elementFromPoint(x, y)?.closest('.react-flow__node')?.getAttribute('data-id') ?? null,
    /**
     * Moves the pressed mouse along `path` (client coordinates), one move per animation frame, and
     * resolves with the frame times: from each rAF callback, where a move is dispatched, to the
     * next, so each time holds one move's handling, React's render and the browser's style,
     * layout and paint.
     */
    dragAlong(path) {
      return new Promise((done) => {
        const times = []
        let next = 0
        let last = -1
        const tick = () => {
          const now = performance.now()
          if (last >= 0) times.push(now - last)
          last = now
          if (next === path.length) return done(times)
          const [x, y] = path[next++]
          const init = {
            clientX: x,
            clientY: y,
            screenX: x,
            screenY: y,
            buttons: 1,
            bubbles: true,
            view: window,
          }
          document.dispatchEvent(new MouseEvent('mousemove', init))
          requestAnimationFrame(tick)
        }
        requestAnimationFrame(tick)
      })
    },
    resetRenders: () => renders.clear(),
    renders: () => Object.fromEntries(renders),
    /** Resolves after the next frame has been painted. */
    painted: () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))),
    /** Resolves once a frame with all `count` elements drawn (DOM nodes or far layer) has been painted. */
    allNodesPainted(count) {
      return new Promise((done) => {
        const check = () =>
          drawn(count)
            ? setTimeout(done, 0) // the frame whose rAF saw every node is painted before this task
            : requestAnimationFrame(check)
        requestAnimationFrame(check)
      })
    },
  }
}

/**
 * Installed for the startup measure: logs the time the empty canvas is first painted, ready for
 * input, to the console. (Polling for it with waitForFunction would inject Playwright's script into
 * the page right after the first paint, on the page's thread, inside the measured time.)
 */
function recordStartup() {
  const check = () => {
    if (document.querySelector('.react-flow__pane') && !document.querySelector('.canvas-loading'))
      requestAnimationFrame(() => setTimeout(() => console.log(`cmg-startup-ms ${performance.now()}`), 0))
    else requestAnimationFrame(check)
  }
  requestAnimationFrame(check)
}

// ---------------------------------------------------------------------------------------------
// Pages

class Pages {
  constructor(browser, origin) {
    this.browser = browser
    this.origin = origin
  }

  /** A fresh context (no cache) and page with the instruments; page errors are collected. */
  async open(path, { instruments = true, startup = false } = {}) {
    const context = await this.browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 })
    if (instruments) await context.addInitScript(installInstruments)
    if (startup) await context.addInitScript(recordStartup)
    const page = await context.newPage()
    const startupMs = startup
      ? page
          .waitForEvent('console', {
            predicate: (m) => m.text().startsWith('cmg-startup-ms '),
            timeout: 30_000,
          })
          .then((m) => Number(m.text().split(' ')[1]))
      : null
    const errors = []
    page.on('pageerror', (e) => errors.push(`page error: ${e.message}`))
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console error: ${m.text()}`)
    })
    await page.goto(`${this.origin}${path}`)
    return {
      page,
      startupMs,
      close: async () => {
        await context.close()
        if (errors.length > 0) throw new Error(`${path}: ${errors.slice(0, 5).join('; ')}`)
      },
    }
  }
}

/** Waits until the page shows its canvas with all `count` elements drawn (DOM nodes or far layer). */
async function waitForNodes(page, count) {
  await page.waitForFunction(
    (n) =>
      document.querySelector('.react-flow__pane') !== null &&
      window.__bench.drawn(n) &&
      !document.querySelector('.canvas-loading'),
    count,
    { timeout: 60_000, polling: 100 },
  )
}

/** Has the app exposed its validation hook (the rules worker wired in)? */
const hasFindingsHook = (page) => page.evaluate(() => window.__cmgFindings !== undefined)

/** Waits until the app's rules worker has answered for the current design and the page is idle. */
async function settle(page) {
  if (await hasFindingsHook(page))
    await page.waitForFunction(
      () => {
        const f = window.__cmgFindings
        return f.status === 'ok' && f.evaluationCount > 0 && f.submitted > 0
      },
      null,
      { timeout: 60_000, polling: 50 },
    )
  await page.evaluate(() => new Promise((done) => requestIdleCallback(() => done(), { timeout: 2000 })))
}

// ---------------------------------------------------------------------------------------------
// Startup

/**
 * Cold load of `path` (fresh context each run) to the first painted frame with the React Flow pane
 * present (and, in the app, the "Opening design…" placeholder gone); median after the warm-up.
 */
async function measureStartup(pages, path, what, log) {
  const times = []
  for (let i = 0; i < STARTUP.warmup + STARTUP.runs; i++) {
    const { startupMs, close } = await pages.open(path, { instruments: false, startup: true })
    const ms = await startupMs
    if (i >= STARTUP.warmup) times.push(ms)
    await close()
  }
  log(`startup: ${what}: ${times.map((t) => t.toFixed(0)).join(', ')} ms`)
  return median(times)
}

// ---------------------------------------------------------------------------------------------
// Open

async function measureOpen(pages, design, log) {
  const rows = []
  for (const nodes of OPEN.sizes) {
    const text = design.serializeDesign(design.generateDesign(nodes, SEED))
    const times = []
    let canvas = null
    for (let i = 0; i < OPEN.warmup + OPEN.runs; i++) {
      const { page, close } = await pages.open('/app/index.html')
      await waitForNodes(page, 0)
      await settle(page)
      canvas ??= await page.locator('.react-flow').boundingBox()
      const result = await page.evaluate(
        async ([fileName, fileText, count]) => {
          const start = performance.now()
          const opened = window.__cmgBrowser.openText(fileName, fileText)
          await window.__bench.allNodesPainted(count)
          const ms = performance.now() - start
          return { ms, ok: (await opened).ok }
        },
        [`generated-${nodes}.cmgd`, text, nodes],
      )
      if (!result.ok) throw new Error(`open: the app refused the generated ${nodes}-node design`)
      if (i >= OPEN.warmup) times.push(result.ms)
      await close()
    }
    log(
      `open: ${nodes} nodes (${(text.length / 1024).toFixed(0)} KB): ${times.map((t) => t.toFixed(0)).join(', ')} ms`,
    )
    const reference = await measureBareDraw(pages, nodes, canvas, log)
    rows.push({ nodes, ms: median(times), b0Ms: reference })
  }
  return rows
}

/**
 * The reference for opening: bare React Flow (B0, default nodes, fitView) drawing the same design in
 * a canvas of the app's size, from handing it the nodes to the first painted frame with every node
 * drawn. No file to parse or check, no stores, no worker: what drawing the design costs at the least.
 */
async function measureBareDraw(pages, nodes, canvas, log) {
  const times = []
  const path = `/pages/b0.html?n=${nodes}&seed=${SEED}&w=${Math.round(canvas.width)}&h=${Math.round(canvas.height)}&defer=1`
  for (let i = 0; i < BARE_DRAW.warmup + BARE_DRAW.runs; i++) {
    const { page, close } = await pages.open(path)
    await page.waitForFunction(() => window.__benchRender !== undefined)
    await page.evaluate(() => window.__bench.painted())
    const ms = await page.evaluate(async (count) => {
      const start = performance.now()
      window.__benchRender()
      await window.__bench.allNodesPainted(count)
      return performance.now() - start
    }, nodes)
    if (i >= BARE_DRAW.warmup) times.push(ms)
    await close()
  }
  log(`open: B0 drawing the same ${nodes} nodes: ${times.map((t) => t.toFixed(0)).join(', ')} ms`)
  return median(times)
}

// ---------------------------------------------------------------------------------------------
// Validation latency

/**
 * Edits the note's text in place (click, F2, type, Ctrl+Enter: a property change through the
 * document store; at far zoom a double-click zooms to the element instead of editing it) and times
 * from the Ctrl+Enter key press to the first painted frame after the
 * findings store holds the evaluation of the edited revision. Also counts the canvas's React commits
 * over the same span (window.__cmgCanvasCommit; null if the app never called it).
 */
async function timeOneEdit(page, noteBox, text) {
  await page.mouse.click(noteBox.x, noteBox.y)
  await page.keyboard.press('F2')
  const editor = page.getByRole('textbox', { name: 'Note text' })
  await editor.waitFor()
  await editor.fill(text)
  return timeCommitKey(page, 'Control+Enter')
}

/**
 * Sets the selected client population's client count in the inspector and times its commit (Enter)
 * like a note edit: an edit the capacity rules and 27 other rules read, so the worker re-runs them.
 */
async function timeOnePopulationEdit(page, count) {
  const field = page
    .getByRole('region', { name: 'Selection', exact: true })
    .getByLabel('Clients', { exact: true })
  await field.fill(String(count))
  return timeCommitKey(page, 'Enter')
}

/**
 * Presses `key` (Enter, with Ctrl or not), which commits an edit, and times from the key press to
 * the first painted frame after the findings store holds the evaluation of the edited revision,
 * counting the canvas's React commits over the same span.
 */
async function timeCommitKey(page, key) {
  await page.evaluate((ctrl) => {
    const f = window.__cmgFindings
    const target = f.revision + 1
    window.__benchEdit = new Promise((done) => {
      const onKey = (event) => {
        if (event.key !== 'Enter' || event.ctrlKey !== ctrl) return
        removeEventListener('keydown', onKey, true)
        window.__bench.resetCommits()
        const start = performance.now()
        const finish = () => done({ ms: performance.now() - start, commits: window.__bench.commits() })
        // The frame whose rAF first sees the revision is the first painted with it: the findings
        // store's update re-renders React in a microtask of the worker's message, and the far layer
        // draws in a rAF callback of that same frame (registered after this one). A task posted
        // from this callback runs once that frame is painted, as in allNodesPainted. (Waiting for
        // one more rAF first timed the second painted frame.)
        const check = () => (f.revision >= target ? setTimeout(finish, 0) : requestAnimationFrame(check))
        requestAnimationFrame(check)
      }
      addEventListener('keydown', onKey, true)
    })
  }, key.startsWith('Control+'))
  await page.keyboard.press(key)
  return page.evaluate(() => window.__benchEdit)
}

/** Where a flow point is drawn in the page, in client coordinates (React Flow's viewport). */
const toClient = (page, point) =>
  page.evaluate(
    ([fx, fy]) => {
      const v = window.__bench.viewport()
      return { x: v.x + fx * v.zoom, y: v.y + fy * v.zoom }
    },
    [point.x, point.y],
  )

/** Waits until two more frames are painted (a hover's effect is drawn). */
const twoFrames = async (page) => {
  await page.evaluate(() => window.__bench.painted())
  await page.evaluate(() => window.__bench.painted())
}

/**
 * The centre on screen of a top-level element (the design's note, a client population; `nodeClass`
 * is its React Flow node type). It is found from the design's geometry (its position and the
 * viewport), not the DOM: at far zoom the app draws it on its canvas layer. It can be out of view
 * or under a panel (a large design is fitted to its width, a small one opens at 100 % from its
 * left): then the canvas is panned with the wheel, at the zoom the design opened at, until it is
 * well inside. The pointer then hovers just inside its corner, which at far zoom makes it a DOM
 * node, whose box gives the centre.
 */
async function showElement(page, position, nodeClass) {
  const note = page.locator(`.react-flow__node-${nodeClass}`).first()
  const pane = await page.locator('.react-flow').boundingBox()
  if (!pane) throw new Error('validation: no canvas')
  // Where the note's corner is brought: clear of the canvas's edges and of the boxes drawn over it
  // (legend and overview map on the right, controls at the bottom left).
  const spot = { x: pane.x + pane.width / 3, y: pane.y + 80 }
  const clear = (p) =>
    p.x > pane.x + 40 && p.x < pane.x + pane.width / 2 && p.y > pane.y + 40 && p.y < pane.y + pane.height / 2
  let corner = await toClient(page, position)
  // The wheel pans the app's canvas (Ctrl+wheel zooms), so the zoom the design opened at is kept.
  for (let i = 0; i < 4 && !clear(corner); i++) {
    await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2)
    await page.mouse.wheel(corner.x - spot.x, corner.y - spot.y)
    await twoFrames(page)
    corner = await toClient(page, position)
  }
  await page.mouse.move(corner.x + 3, corner.y + 3)
  await twoFrames(page)
  const box = await note.boundingBox()
  if (
    !box ||
    box.y < pane.y ||
    box.y + box.height > pane.y + pane.height ||
    box.x + box.width > pane.x + pane.width
  )
    throw new Error('validation: could not bring the element into view (or hovering it drew no DOM node)')
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 }
}

/**
 * Waits until the recovery snapshot (written about a second after an edit) holds `text`. The browser
 * build does the main process's part of a snapshot (serialize, check, store: about 100 ms at 1,000
 * elements) on the page's own thread, where Electron does it in the main process; waiting keeps one
 * edit's snapshot out of the next edit's measurement.
 */
async function recoverySnapshotHolds(page, text) {
  await page.waitForFunction(
    (wanted) =>
      Object.keys(localStorage).some(
        (key) => key.startsWith('cmg-designer.recovery.') && localStorage.getItem(key).includes(wanted),
      ),
    text,
    { timeout: 30_000, polling: 100 },
  )
}

/**
 * Edits a top-level client population's client count with the note's warm-ups and samples, on the
 * page the note edits ran on; median and p95.
 */
async function timePopulationEdits(page, design, size, log) {
  const pop = design
    .generateDesign(size.nodes, SEED)
    .nodes.find((n) => n.kind === 'clientPopulation' && n.parentId === undefined)
  if (!pop) throw new Error('validation: the generated design has no top-level client population')
  const centre = await showElement(page, pop.position, 'clientPopulation')
  await page.mouse.click(centre.x, centre.y)
  const times = []
  for (let i = 0; i < size.warmup + size.samples; i++) {
    // Distinct counts, each a change the capacity rows and findings show (and easy to find in the
    // recovery snapshot).
    const count = 4_200_000 + 7 * i
    const edit = await timeOnePopulationEdit(page, count)
    if (i >= size.warmup) times.push(edit.ms)
    await settle(page)
    await recoverySnapshotHolds(page, String(count))
  }
  const stats = { median: median(times), p95: percentile(times, 95) }
  log(
    `validation: ${size.nodes} nodes, ${times.length} client population edits: median ${stats.median.toFixed(1)} ms, p95 ${stats.p95.toFixed(1)} ms`,
  )
  return stats
}

async function measureValidation(pages, design, log) {
  const rows = []
  for (const size of VALIDATION) {
    const noteNode = design.generateDesign(size.nodes, SEED).nodes.find((n) => n.kind === 'note')
    if (!noteNode || noteNode.parentId !== undefined)
      throw new Error('validation: the generated design has no top-level note')
    const { page, close } = await pages.open(`/app/index.html?generate=${size.nodes}&seed=${SEED}`)
    await waitForNodes(page, size.nodes)
    if (!(await hasFindingsHook(page))) {
      await close()
      log('validation: the app exposes no window.__cmgFindings (rules worker not wired); not measured')
      return null
    }
    await settle(page)
    const centre = await showElement(page, noteNode.position, 'note')
    const times = []
    const commits = []
    for (let i = 0; i < size.warmup + size.samples; i++) {
      const text = `Benchmark edit ${i}`
      const edit = await timeOneEdit(page, centre, text)
      if (i >= size.warmup) {
        times.push(edit.ms)
        commits.push(edit.commits)
      }
      await settle(page)
      await recoverySnapshotHolds(page, text)
    }
    const population = size.nodes >= 1_000 ? await timePopulationEdits(page, design, size, log) : null
    await close()
    const stats = {
      nodes: size.nodes,
      median: median(times),
      p95: percentile(times, 95),
      // null when the app never called window.__cmgCanvasCommit
      commitsPerEdit: commits.includes(null) ? null : median(commits),
      population,
    }
    log(
      `validation: ${size.nodes} nodes, ${times.length} edits: median ${stats.median.toFixed(1)} ms, p95 ${stats.p95.toFixed(1)} ms; ` +
        `canvas commits per edit ${commits.includes(null) ? 'n/a (no window.__cmgCanvasCommit calls)' : commits.join(', ')}`,
    )
    rows.push(stats)
  }
  return rows
}

// ---------------------------------------------------------------------------------------------
// Drag

/**
 * Top-level leaves of the design (client populations, boundary groups) whose centre is visible,
 * clickable and far enough from the canvas edges that a drag never auto-pans, found in the page's
 * DOM (the bench pages draw every element as a DOM node). Each comes with its centre in client
 * coordinates (x, y) and in flow coordinates (fx, fy), for placing it in the app by geometry.
 */
function visibleLeaves(page, ids, count) {
  return page.evaluate(
    ([candidates, wanted, reach]) => {
      const pane = document.querySelector('.react-flow').getBoundingClientRect()
      const v = window.__bench.viewport()
      const out = []
      for (const id of candidates) {
        const el = document.querySelector(`.react-flow__node[data-id="${CSS.escape(id)}"]`)
        if (!el) continue
        const r = el.getBoundingClientRect()
        const x = r.left + r.width / 2
        const y = r.top + r.height / 2
        const inside =
          x > pane.left + 60 &&
          x < pane.right - 60 - reach.dx &&
          y > pane.top + 60 &&
          y < pane.bottom - 60 - reach.dy &&
          r.width >= 6 &&
          r.height >= 4
        if (inside && document.elementFromPoint(x, y)?.closest('.react-flow__node') === el)
          out.push({ id, x, y, fx: (x - v.x) / v.zoom, fy: (y - v.y) / v.zoom })
        if (out.length === wanted) break
      }
      return out
    },
    [ids, count, { dx: DRAG.dx, dy: DRAG.dy }],
  )
}

/**
 * The app's drag candidates, by geometry: at far zoom the app draws its elements on a canvas layer
 * and has DOM nodes only for the selected, hovered or dragged ones, so the DOM cannot be searched.
 * Takes the elements B1 chose (same derivation of positions and sizes as the app), in B1's order,
 * places each by its flow-space centre and the app's viewport, and keeps those whose centre is far
 * enough from the canvas edges and not under anything drawn over the canvas (panels, the overview
 * map) or another element's DOM node. The press then hovers each first (see `hover`).
 */
function placedLeaves(page, reference, count) {
  return page.evaluate(
    ([candidates, wanted, reach]) => {
      const pane = document.querySelector('.react-flow').getBoundingClientRect()
      const v = window.__bench.viewport()
      const out = []
      for (const { id, fx, fy } of candidates) {
        const x = v.x + fx * v.zoom
        const y = v.y + fy * v.zoom
        const inside =
          x > pane.left + 60 &&
          x < pane.right - 60 - reach.dx &&
          y > pane.top + 60 &&
          y < pane.bottom - 60 - reach.dy
        if (!inside) continue
        const hit = document.elementFromPoint(x, y)
        const node = hit?.closest('.react-flow__node')
        const clear = node
          ? node.getAttribute('data-id') === id
          : hit !== null && hit.closest('.react-flow') !== null && hit.closest('.react-flow__panel') === null
        if (clear) out.push({ id, x, y })
        if (out.length === wanted) break
      }
      return out
    },
    [reference, count, { dx: DRAG.dx, dy: DRAG.dy }],
  )
}

/**
 * Moves the real pointer onto `node`'s centre and waits two painted frames: at far zoom the app then
 * draws the hovered element as a DOM node under the pointer, so the next press lands on it (where
 * it already is one, this changes nothing). Fails if the element is still not the topmost there.
 */
async function hover(page, node) {
  await page.mouse.move(node.x, node.y)
  await twoFrames(page)
  const at = await page.evaluate(([x, y]) => window.__bench.nodeAt(x, y), [node.x, node.y])
  if (at !== node.id)
    throw new Error(`drag: hovering ${node.id} at (${node.x}, ${node.y}) shows ${at ?? 'no node'} there`)
}

/** Starts a Chrome DevTools Protocol trace of the page's rendering (for BENCH_PROFILE=1). */
async function startTrace(page) {
  const cdp = await page.context().newCDPSession(page)
  const events = []
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value))
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,blink.user_timing',
    transferMode: 'ReportEvents',
  })
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
  await cdp.send('Profiler.start')
  return { cdp, events }
}

/** Self time by function in a CPU profile, largest first: "12.3 ms  name file:line". */
function topSelfTimes(profile, count) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const self = new Map()
  for (let i = 0; i < profile.samples.length; i++) {
    const { callFrame } = byId.get(profile.samples[i])
    const where = callFrame.url ? ` ${callFrame.url.split('/').pop()}:${callFrame.lineNumber + 1}` : ''
    const key = `${callFrame.functionName || '(anonymous)'}${where}`
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000)
  }
  return [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([key, ms]) => `${ms.toFixed(1).padStart(8)} ms  ${key}`)
}

/**
 * Ends the trace, saves it (it opens in Chrome DevTools' Performance panel) and logs where the
 * renderer's main thread spent the drag, plus raster time on the other threads.
 */
async function stopTrace({ cdp, events }, name, log) {
  const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done))
  const { profile } = await cdp.send('Profiler.stop')
  await cdp.send('Tracing.end')
  await complete
  mkdirSync(resultsDir, { recursive: true })
  const file = join(resultsDir, `${name}.json`)
  writeFileSync(file, JSON.stringify({ traceEvents: events }))
  writeFileSync(join(resultsDir, `${name}.cpuprofile`), JSON.stringify(profile))
  const threads = new Map(
    events.filter((e) => e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, e.args.name]),
  )
  const main = events.find(
    (e) => e.name === 'FunctionCall' && threads.get(`${e.pid}:${e.tid}`) === 'CrRendererMain',
  )
  const totals = new Map()
  for (const e of events) {
    if (e.ph !== 'X' || !main || e.pid !== main.pid) continue
    const thread = e.tid === main.tid ? 'main' : (threads.get(`${e.pid}:${e.tid}`) ?? 'other')
    if (thread !== 'main' && e.name !== 'RasterTask') continue
    const key = `${thread} ${e.name}`
    totals.set(key, (totals.get(key) ?? 0) + (e.dur ?? 0) / 1000)
  }
  log(`drag: trace ${file}; time by event (nested events overlap):`)
  for (const [key, ms] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, 16))
    log(`  ${ms.toFixed(1).padStart(8)} ms  ${key}`)
  log(`drag: CPU profile ${name}.cpuprofile; main-thread self time by function:`)
  for (const line of topSelfTimes(profile, 24)) log(`  ${line}`)
}

/**
 * One drag of `grab` (and whatever is selected with it): a real press and a first move to start
 * the drag, then 120 moves out and back (so the nodes end where they started and every page sees
 * the same layout), one per animation frame as a real pointer delivers them (Chromium coalesces
 * moves per frame), then a real release. The 120 moves are dispatched in the page, from the frame
 * loop (as xyflow's own Stress benchmark does): moves sent through Playwright or the DevTools
 * protocol arrive at no fixed rate, so frames would hold zero, one or two moves. Rule evaluations
 * requested and node renders are counted over the 120 moves.
 */
async function dragFrames(page, grab, trace) {
  const steps = DRAG.framesPerDrag / 2
  const path = []
  for (let i = 1; i <= steps; i++) path.push([grab.x + (DRAG.dx * i) / steps, grab.y + (DRAG.dy * i) / steps])
  for (let i = steps - 1; i >= 0; i--)
    path.push([grab.x + (DRAG.dx * i) / steps, grab.y + (DRAG.dy * i) / steps])
  await hover(page, grab)
  await page.mouse.down()
  await page.mouse.move(grab.x + 2, grab.y + 1)
  await page.evaluate(() => window.__bench.painted())
  const before = await page.evaluate(() => window.__cmgFindings?.submitted ?? null)
  await page.evaluate(() => window.__bench.resetRenders())
  const tracing = trace ? await startTrace(page) : null
  const frames = await page.evaluate((moves) => window.__bench.dragAlong(moves), path)
  await page.evaluate(() => window.__bench.painted())
  if (tracing) await stopTrace(tracing, trace.name, trace.log)
  const renders = await page.evaluate(() => window.__bench.renders())
  const after = await page.evaluate(() => window.__cmgFindings?.submitted ?? null)
  await page.mouse.move(grab.x, grab.y)
  await page.mouse.up()
  const rendered = Object.values(renders)
  return {
    p95: percentile(frames, 95),
    frames: frames.length,
    evaluations: before === null || after === null ? null : after - before,
    renders: rendered.reduce((a, b) => a + b, 0),
    renderedNodes: rendered.length,
  }
}

/** Selects `nodes`: a click on the first, Ctrl+click on the others, each hovered first. */
async function selectNodes(page, nodes) {
  await hover(page, nodes[0])
  await page.mouse.click(nodes[0].x, nodes[0].y)
  await page.keyboard.down('Control')
  for (const node of nodes.slice(1)) {
    await hover(page, node)
    await page.mouse.click(node.x, node.y)
  }
  await page.keyboard.up('Control')
  const selected = await page.locator('.react-flow__node.selected').count()
  if (selected !== nodes.length)
    throw new Error(`drag: selected ${selected} nodes instead of ${nodes.length}`)
}

/**
 * Loads one page of the drag benchmark and drags a node, then a 20-node selection. The bench pages
 * pick their elements from the DOM (B1 also returns a longer list, the reference for the app); the
 * app places the reference's elements by geometry.
 */
async function dragRun(pages, variant, leafIds, reference, trace) {
  const { page, close } = await pages.open(variant.path)
  await waitForNodes(page, DRAG.nodes)
  await settle(page)
  const wanted = DRAG.selection + 1
  let found
  if (variant.name === 'APP') {
    if (!reference) throw new Error('drag: the app has no reference elements (B1 runs first)')
    found = await placedLeaves(page, reference, wanted)
  } else found = await visibleLeaves(page, leafIds, variant.name === 'B1' ? wanted * 4 : wanted)
  const candidates = found.slice(0, wanted)
  if (candidates.length < wanted)
    throw new Error(`drag: only ${candidates.length} visible top-level leaves in ${variant.name}`)
  const single = await dragFrames(page, candidates[0], trace)
  await settle(page)
  await selectNodes(page, candidates.slice(1))
  await settle(page)
  const selection = await dragFrames(page, candidates[1], null)
  await settle(page)
  await close()
  return { single, selection, ids: candidates.map((c) => c.id).join(','), found }
}

async function measureDrag(pages, design, log) {
  const doc = design.generateDesign(DRAG.nodes, SEED)
  const leafIds = doc.nodes
    .filter((n) => n.parentId === undefined && (n.kind === 'clientPopulation' || n.kind === 'boundaryGroup'))
    .map((n) => n.id)

  // The bench pages get the app's canvas size, so all three show the same part at the same zoom.
  const probe = await pages.open('/app/index.html')
  await waitForNodes(probe.page, 0)
  const box = await probe.page.locator('.react-flow').boundingBox()
  await probe.close()
  const size = `w=${Math.round(box.width)}&h=${Math.round(box.height)}`
  const query = `n=${DRAG.nodes}&seed=${SEED}&${size}`
  const variants = [
    { name: 'B0', path: `/pages/b0.html?${query}` },
    { name: 'B1', path: `/pages/b1.html?${query}` },
    { name: 'APP', path: `/app/index.html?generate=${DRAG.nodes}&seed=${SEED}` },
  ]
  log(
    `drag: ${DRAG.nodes} nodes, canvas ${size.replace('&', ', ')}, ${DRAG.rounds} rounds (first is warm-up)`,
  )

  const results = new Map(variants.map((v) => [v.name, []]))
  /** B1's first choice of elements (with flow positions): the app drags the same ones by geometry. */
  let reference = null
  for (let r = 0; r < DRAG.rounds; r++) {
    for (const variant of variants) {
      const trace =
        profiling && r === DRAG.rounds - 1 ? { name: `trace-drag-${variant.name.toLowerCase()}`, log } : null
      const run = await dragRun(pages, variant, leafIds, reference, trace)
      if (variant.name === 'B1') reference ??= run.found
      if (r >= DRAG.warmupRounds) results.get(variant.name).push(run)
      log(
        `drag: round ${r + 1}${r < DRAG.warmupRounds ? ' (warm-up)' : ''} ${variant.name.padEnd(3)} ` +
          `node p95 ${run.single.p95.toFixed(1)} ms (${run.single.frames} frames), ` +
          `selection p95 ${run.selection.p95.toFixed(1)} ms (${run.selection.frames} frames); ` +
          `node renders ${run.single.renders} of ${run.single.renderedNodes} / ${run.selection.renders} of ${run.selection.renderedNodes}; ` +
          `evaluations ${run.single.evaluations ?? 'n/a'} / ${run.selection.evaluations ?? 'n/a'}`,
      )
    }
  }
  const stats = {}
  for (const [name, runs] of results) {
    const ids = new Set(runs.map((run) => run.ids))
    if (ids.size > 1) log(`drag: warning: ${name} dragged different nodes in different rounds`)
    stats[name] = {
      node: median(runs.map((run) => run.single.p95)),
      selection: median(runs.map((run) => run.selection.p95)),
      ids: [...ids][0],
    }
  }
  for (const name of ['B0', 'B1'])
    if (stats[name].ids !== stats.APP.ids)
      log(`drag: note: ${name} dragged ${stats[name].ids}; the app dragged ${stats.APP.ids}`)
  const appRuns = results.get('APP')
  const evaluations = appRuns.flatMap((run) => [run.single.evaluations, run.selection.evaluations])
  return {
    stats,
    evaluations: evaluations.includes(null) ? null : Math.max(...evaluations),
    rendersPerFrame: {
      node: median(appRuns.map((run) => run.single.renders / run.single.frames)),
      selection: median(appRuns.map((run) => run.selection.renders / run.selection.frames)),
    },
  }
}

// ---------------------------------------------------------------------------------------------
// The section

const PARTS = ['bundle', 'startup', 'open', 'validation', 'drag']

/**
 * Runs the browser measures (all, or those named in BENCH_PARTS, e.g. BENCH_PARTS=drag,open).
 * @param {{ log: (line: string) => void }} io
 */
export async function runBrowserBench({ log }) {
  const started = performance.now()
  const parts = new Set(process.env.BENCH_PARTS ? process.env.BENCH_PARTS.split(',') : PARTS)
  const unknown = [...parts].filter((p) => !PARTS.includes(p))
  if (unknown.length > 0)
    throw new Error(`unknown BENCH_PARTS ${unknown.join(', ')}; parts: ${PARTS.join(', ')}`)
  const design = await buildBundles(log)
  const rows = []
  if (parts.has('bundle'))
    rows.push(row('bundle.initial_js_gzip_kb', initialJsGzipKb(log), 'KB', BUDGETS.initialJsGzipKb))

  const server = await serve({ '/app/': appOut, '/pages/': pagesOut })
  // The features the Electron app switches off (src/main/chromium-features.ts) are off here too.
  const browser = await launchChromium([...design.DISABLED_CHROMIUM_FEATURES, ...BROWSER_UI_FEATURES])
  log(`browser: Chromium ${browser.version()} on ${server.origin}`)
  try {
    const pages = new Pages(browser, server.origin)

    if (parts.has('startup')) {
      const app = await measureStartup(
        pages,
        '/app/index.html',
        'cold load to an interactive empty canvas',
        log,
      )
      rows.push(row('startup.ms', app, 'ms', BUDGETS.startupMs))
      const bare = await measureStartup(pages, '/pages/b0-startup.html', 'bare React Flow (B0), empty', log)
      rows.push(row('startup.b0_ms', bare, 'ms', null))
    }

    if (parts.has('open'))
      for (const open of await measureOpen(pages, design, log)) {
        // The absolute time is reported; the gate is the ratio to B0 drawing the same design.
        rows.push(row(`open.ms_${open.nodes}`, open.ms, 'ms', null))
        rows.push(row(`open.b0_draw_ms_${open.nodes}`, open.b0Ms, 'ms', null))
        rows.push(
          row(
            `open.app_over_b0_${open.nodes}`,
            open.ms / open.b0Ms,
            'ratio',
            BUDGETS.openOverB0[open.nodes] ?? null,
          ),
        )
      }

    if (parts.has('validation')) {
      const validation = await measureValidation(pages, design, log)
      for (const size of VALIDATION) {
        const stats = validation?.find((v) => v.nodes === size.nodes) ?? null
        const gated = BUDGETS.validationP95[size.nodes] ?? null
        rows.push(row(`validation.median_ms_${size.nodes}`, stats?.median ?? null, 'ms', null))
        rows.push(row(`validation.p95_ms_${size.nodes}`, stats?.p95 ?? null, 'ms', gated))
      }
      // An edit rules read (a client population's count), reported beside the gated note edit.
      for (const size of VALIDATION.filter((v) => v.nodes >= 1_000)) {
        const stats = validation?.find((v) => v.nodes === size.nodes)?.population ?? null
        rows.push(row(`validation.population_median_ms_${size.nodes}`, stats?.median ?? null, 'ms', null))
        rows.push(row(`validation.population_p95_ms_${size.nodes}`, stats?.p95 ?? null, 'ms', null))
      }
      const at1000 = validation?.find((v) => v.nodes === 1_000) ?? null
      rows.push(
        row(
          'validation.canvas_commits_per_edit_1000',
          at1000?.commitsPerEdit ?? null,
          'commits',
          BUDGETS.canvasCommitsPerEdit,
        ),
      )
    }

    if (parts.has('drag')) {
      const drag = await measureDrag(pages, design, log)
      const { B0, B1, APP } = drag.stats
      for (const scenario of ['node', 'selection']) {
        rows.push(row(`drag.${scenario}_b0_p95_ms`, B0[scenario], 'ms', null))
        rows.push(row(`drag.${scenario}_b1_p95_ms`, B1[scenario], 'ms', null))
        rows.push(row(`drag.${scenario}_app_p95_ms`, APP[scenario], 'ms', null))
        rows.push(
          row(
            `drag.${scenario}_app_over_b0_p95_ratio`,
            APP[scenario] / B0[scenario],
            'ratio',
            BUDGETS.dragRatio,
          ),
        )
        rows.push(row(`drag.${scenario}_app_over_b1_p95_ratio`, APP[scenario] / B1[scenario], 'ratio', null))
        rows.push(
          row(`drag.${scenario}_app_node_renders_per_frame`, drag.rendersPerFrame[scenario], 'renders', null),
        )
      }
      const worst = Math.max(APP.node / B0.node, APP.selection / B0.selection)
      rows.push(row('drag.app_over_b0_p95_ratio', worst, 'ratio', BUDGETS.dragRatio))
      rows.push(row('drag.evaluations_during_drag', drag.evaluations, 'count', BUDGETS.dragEvaluations))
    }
  } finally {
    await browser.close()
    server.close()
  }
  log(`browser: done in ${((performance.now() - started) / 1000).toFixed(0)} s`)
  return rows
}
