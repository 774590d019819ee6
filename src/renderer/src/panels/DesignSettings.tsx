// The inspector when nothing is selected: the design's own settings. Name, ConfigMgr version
// (each with its end of support, out-of-support ones marked against the evaluation date),
// environment, evaluation date and notes; discovery and PKI; the Entra tenants; the phases; and the
// price book, which ships empty (an empty price is unknown). Every change is one undoable step
// through the document store, which refuses invalid values. A field another panel asks to show
// ("Open the price book" in Cost) is scrolled into view and focused. Runs in the renderer.
import { useMemo, useRef } from 'react'
import { DesignSettings as DesignSettingsSchema } from '../../../shared/model/schema'
import { CM_VERSIONS, type CmVersion } from '../../../shared/model/versions'
import { cmVersionLabel, DESIGN_FORM, supportStatus, type FieldGroup } from '../design/field-meta'
import { describeFields, patchAt } from '../design/schema-fields'
import { updateDesign, useDocument } from '../store/document'
import { useToday } from '../store/today'
import type { FieldContext } from './inspector/fields'
import { PhasesEditor } from './inspector/PhasesEditor'
import { useRequestedField } from './requested-field'
import { SchemaForm } from './inspector/SchemaForm'
import { TenantsEditor } from './inspector/TenantsEditor'

const DESIGN_FIELDS = describeFields(DesignSettingsSchema)
const [GENERAL_GROUP, DISCOVERY_GROUP, PRICE_GROUP] = DESIGN_FORM.groups

const PRICE_BOOK_NOTE = (
  <p className="price-book-note" role="note">
    <strong>No prices ship with CMG Designer.</strong> Enter your own from the Azure pricing calculator or
    your agreement’s price sheet, with the date you took them. An empty price is unknown: the cost estimate
    then shows that cost, and the total, as unknown.
  </p>
)

function SupportNote({ version, date }: { version: CmVersion; date: string }) {
  const { end, supported } = supportStatus(version, date)
  return supported ? (
    <span className="support-note is-ok">
      <span aria-hidden="true">✓</span> Supported until {end}
    </span>
  ) : (
    <span className="support-note is-out">
      <span aria-hidden="true">⚠</span> Out of support since {end} (on {date})
    </span>
  )
}

export function DesignSettings() {
  const design = useDocument((s) => s.doc.design)
  // Without an evaluation date of its own the design is judged on today's date (main's clock).
  const today = useToday()
  const date = design.evaluationDate ?? today
  const context: FieldContext = useMemo(
    () => ({
      tenants: design.tenants,
      currency: design.priceBook.currency,
      // Until main has said which day it is, versions are listed without their support status.
      optionLabels: {
        cmVersion:
          date === null
            ? {}
            : Object.fromEntries(CM_VERSIONS.map((v) => [String(v), cmVersionLabel(v, date)])),
      },
      notes: date === null ? {} : { cmVersion: <SupportNote version={design.cmVersion} date={date} /> },
    }),
    [design.tenants, design.priceBook.currency, design.cmVersion, date],
  )
  const container = useRef<HTMLDivElement>(null)
  useRequestedField(null, container)
  const commit = (path: readonly string[], value: unknown) =>
    updateDesign(patchAt(design as unknown as Record<string, unknown>, path, value))
  const form = (groups: readonly (FieldGroup | undefined)[]) => (
    <SchemaForm
      fields={DESIGN_FIELDS}
      form={DESIGN_FORM}
      groups={groups.flatMap((g) => (g ? [g] : []))}
      root={design}
      commit={commit}
      context={context}
      intros={{ [PRICE_GROUP?.title ?? '']: PRICE_BOOK_NOTE }}
    />
  )
  return (
    <div ref={container} className="inspector-form">
      <div className="inspector-heading">
        <div className="inspector-heading-text">
          <div className="inspector-heading-kind">Design</div>
          <div className="inspector-heading-name">{design.name}</div>
        </div>
      </div>
      {form([GENERAL_GROUP, DISCOVERY_GROUP])}
      <TenantsEditor tenants={design.tenants} />
      <PhasesEditor phases={design.phases} />
      {form([PRICE_GROUP])}
      <p className="inspector-empty">Select an element on the canvas to edit its properties.</p>
    </div>
  )
}
