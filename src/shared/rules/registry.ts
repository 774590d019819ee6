// Every rule of the engine: the rules each prefix folder's index lists (catalogue/<prefix>/index.ts,
// one line a rule; see catalogue/README.md), sorted by id. Plain imports rather than a bundler glob,
// so the engine also loads where no bundler runs (the Playwright specs import it).
// tests/unit/rules/catalogue.test.ts fails for a rule module that is not listed here. Pure.
import type { Rule } from './types'
import * as auth from './catalogue/auth'
import * as az from './catalogue/az'
import * as bg from './catalogue/bg'
import * as cap from './catalogue/cap'
import * as cert from './catalogue/cert'
import * as client from './catalogue/client'
import * as content from './catalogue/content'
import * as cost from './catalogue/cost'
import * as cs from './catalogue/cs'
import * as deploy from './catalogue/deploy'
import * as ha from './catalogue/ha'
import * as mp from './catalogue/mp'
import * as name from './catalogue/name'
import * as net from './catalogue/net'
import * as scp from './catalogue/scp'
import * as struct from './catalogue/struct'
import * as sup from './catalogue/sup'
import * as toptier from './catalogue/toptier'
import * as ver from './catalogue/ver'

const FOLDERS: readonly Readonly<Record<string, Rule>>[] = [
  auth,
  az,
  bg,
  cap,
  cert,
  client,
  content,
  cost,
  cs,
  deploy,
  ha,
  mp,
  name,
  net,
  scp,
  struct,
  sup,
  toptier,
  ver,
]

export const RULES: readonly Rule[] = FOLDERS.flatMap((folder) => Object.values(folder)).sort((a, b) =>
  a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
)

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.id, r]))
