// Entry bundled by scripts/bench/rules.mjs (vite, SSR mode) so the benchmark runs the rules engine
// and the design generator in plain Node, exactly as the CLI and the worker run them. The engine's
// parts are exported too, for the per-rule breakdown printed when a budget is missed.
export { generateDesign } from '../../src/shared/testing/generate-design'
export { evaluateDesign } from '../../src/shared/rules/engine'
export { IncrementalEvaluator } from '../../src/shared/rules/incremental'
export { RULES } from '../../src/shared/rules/registry'
export { RuleContext } from '../../src/shared/rules/context'
export { computeCapacity } from '../../src/shared/rules/capacity'
export { estimateCost } from '../../src/shared/rules/cost'
