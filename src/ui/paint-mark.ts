/**
 * User Timing marks for the moments a user waits for (the mapping step shown, the summary
 * after an import, a chart painted). They cost nothing, show in the browser's performance
 * panel, and let `npm run bench` time the app from inside the page, not through the test
 * driver's polling.
 */

/** Marks `tenure:<name>` once the frame showing the current DOM has been painted. */
export function markPainted(name: string): void {
  // After the effect the DOM is updated; the task after the next frame runs once it is painted.
  requestAnimationFrame(() => setTimeout(() => performance.mark(`tenure:${name}`), 0));
}
