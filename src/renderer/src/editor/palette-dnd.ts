// The drag-and-drop payload type shared by the palette (drag source) and the canvas (drop target).
// Runs in the renderer.

/** dataTransfer type carrying the element kind dragged from the palette. */
export const PALETTE_MIME = 'application/x-cmg-designer-kind'
