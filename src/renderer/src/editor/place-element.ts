// Adds an element from the palette where the user asked (a drop point, or the selected container /
// viewport centre from the keyboard): refusals become an error toast with the reason, a role aimed
// at a site asks in a dialog whether to create its server, and the new element is selected. Runs in
// the renderer.
import type { NodeKind } from '../../../shared/model/schema'
import { KINDS } from '../../../shared/kinds'
import { planPlacement, type Placement, type PlacementTarget } from '../design/placement'
import { addNodes, useDocument } from '../store/document'
import { selectOnly } from '../store/selection'
import { askDialog, showToast } from '../store/ui'

function apply(placement: Placement): void {
  const result = addNodes(placement.nodes, placement.resized)
  if (result.ok) selectOnly([placement.primaryId])
  else showToast(result.reason, 'error')
}

export async function placeElement(kind: NodeKind, target: PlacementTarget): Promise<void> {
  const plan = planPlacement(useDocument.getState().doc, kind, target)
  if (plan.type === 'refused') {
    showToast(plan.reason, 'error')
    return
  }
  if (plan.type === 'place') {
    apply(plan.placement)
    return
  }
  const info = KINDS[kind]
  const noun = info.phrase.replace(/^an? /, '')
  const siteName = plan.site.name.trim() === '' ? 'the site' : plan.site.name
  const choice = await askDialog({
    tone: 'question',
    title: `Add a server for the new ${noun}?`,
    message: `${info.label}s run on a site system server, not directly in a site. Create server ${plan.serverName} in ${siteName} with the ${noun} on it?`,
    buttons: [
      { id: 'create', label: `Create server and ${info.tag}`, variant: 'primary' },
      { id: 'cancel', label: 'Cancel' },
    ],
    cancelId: 'cancel',
  })
  if (choice === 'create') apply(plan.placement)
}
