/**
 * User Timing marks for the moments a user waits for (the mapping step shown, the summary
 * after an import, a chart painted). They cost nothing, show in the browser's performance
 * panel, and let `npm run bench` time the app from inside the page, not through the test
 * driver's polling.
 */

/**
 * Runs `then` once the frame showing the current DOM has been painted: the task after the next
 * frame. Returns what cancels it.
 */
export function afterPaint(then: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => (timer = setTimeout(then, 0)));
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/** Marks `tenure:<name>` once the frame showing the current DOM has been painted. */
export function markPainted(name: string): void {
  afterPaint(() => performance.mark(`tenure:${name}`));
}
