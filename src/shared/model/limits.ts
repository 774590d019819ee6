// Size limits of a design document. Pure TypeScript; shared by the schema, the load pipeline, the
// app and the CLI so that "too large" means the same thing everywhere.

/** A file larger than this is refused before it is parsed (FILE_TOO_LARGE). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024
export const MAX_NODES = 20_000
export const MAX_EDGES = 50_000
export const MAX_SUPPRESSIONS = 5_000
export const MAX_TENANTS = 50
export const MAX_PHASES = 20
export const MAX_NAME = 128
export const MAX_TEXT = 10_000
export const MAX_FQDN = 253
/** Canvas coordinates are bounded so a hostile file cannot push nodes to Infinity. */
export const COORD_MAX = 1_000_000
export const ID_PATTERN = /^[A-Za-z0-9_.-]{1,64}$/
