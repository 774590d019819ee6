// Line icons drawn for this app, one per element kind (inline SVG; no icon font, no network).
// They inherit the text colour, so each kind's theme colour applies. Runs in the renderer.
import { memo, type ReactNode } from 'react'
import type { NodeKind } from '../../../../shared/model/schema'

const CLOUD = 'M7 18.5h10.5a4 4 0 0 0 .6-7.95A6 6 0 0 0 6.6 9.1 4.7 4.7 0 0 0 7 18.5z'

const PATHS: Readonly<Record<NodeKind, ReactNode>> = {
  site: (
    <>
      <path d="M4 21V7.5L12 3l8 4.5V21" />
      <path d="M2.5 21h19" />
      <path d="M10 21v-4.5h4V21" />
      <path d="M8.5 10h1.5M14 10h1.5M8.5 13.5h1.5M14 13.5h1.5" />
    </>
  ),
  server: (
    <>
      <rect x="4" y="3.5" width="16" height="7" rx="1.5" />
      <rect x="4" y="13.5" width="16" height="7" rx="1.5" />
      <circle cx="7.8" cy="7" r="1" fill="currentColor" stroke="none" />
      <circle cx="7.8" cy="17" r="1" fill="currentColor" stroke="none" />
      <path d="M11.5 7h5M11.5 17h5" />
    </>
  ),
  managementPoint: (
    <>
      <rect x="5" y="4.5" width="14" height="16.5" rx="2" />
      <path d="M9 3h6v3H9z" />
      <path d="M8.5 13.2l2.4 2.4 4.6-4.9" />
    </>
  ),
  softwareUpdatePoint: (
    <>
      <path d="M19.5 12a7.5 7.5 0 0 1-13.4 4.6" />
      <path d="M4.5 12A7.5 7.5 0 0 1 17.9 7.4" />
      <path d="M18.3 3.5v4.2h-4.2" />
      <path d="M5.7 20.5v-4.2h4.2" />
      <path d="M12 8.8v5.4M9.8 12.2 12 14.4l2.2-2.2" />
    </>
  ),
  distributionPoint: (
    <>
      <path d="M3.5 7.5 12 3l8.5 4.5v9L12 21l-8.5-4.5z" />
      <path d="M3.5 7.5 12 12l8.5-4.5" />
      <path d="M12 12v9" />
      <path d="m7.8 5.2 8.4 4.6" />
    </>
  ),
  serviceConnectionPoint: (
    <>
      <path d="M9 3v5M15 3v5" />
      <path d="M6.5 8h11v3a5.5 5.5 0 0 1-11 0z" />
      <path d="M12 16.5V21" />
    </>
  ),
  cmgConnectionPoint: (
    <>
      <path d="M10.2 13.8a4 4 0 0 0 5.6 0l2.9-2.9a4 4 0 0 0-5.6-5.6l-1 1" />
      <path d="M13.8 10.2a4 4 0 0 0-5.6 0l-2.9 2.9a4 4 0 0 0 5.6 5.6l1-1" />
    </>
  ),
  azureSubscription: (
    <>
      <rect x="3" y="5" width="18" height="14" rx="2" />
      <circle cx="8.5" cy="12" r="2.2" />
      <path d="M10.7 12H18M15.6 12v2.4M18 12v2" />
    </>
  ),
  cmg: (
    <>
      <path d={CLOUD} />
      <path d="M10 18.5v-3.2a2 2 0 0 1 4 0v3.2" />
    </>
  ),
  cloudDistributionPoint: (
    <>
      <path d={CLOUD} />
      <path d="M12 10.5v5.2M9.8 13.6 12 15.8l2.2-2.2" />
    </>
  ),
  clientPopulation: (
    <>
      <rect x="4.5" y="5" width="15" height="10" rx="1.5" />
      <path d="M2.5 19h19l-1.8-3.5H4.3z" />
    </>
  ),
  boundaryGroup: (
    <>
      <rect x="3.5" y="3.5" width="17" height="17" rx="2" strokeDasharray="3 2.4" />
      <path d="M12 16.8s-3.6-3.2-3.6-5.8a3.6 3.6 0 0 1 7.2 0c0 2.6-3.6 5.8-3.6 5.8z" />
      <circle cx="12" cy="11" r="1.2" />
    </>
  ),
  note: (
    <>
      <path d="M5 4h14v10.5L13.5 20H5z" />
      <path d="M13.5 20v-5.5H19" />
      <path d="M8 8.5h8M8 11.5h5" />
    </>
  ),
}

export const KindIcon = memo(function KindIcon({ kind, size = 20 }: { kind: NodeKind; size?: number }) {
  return (
    <svg
      className="kind-icon"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.7}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {PATHS[kind]}
    </svg>
  )
})
