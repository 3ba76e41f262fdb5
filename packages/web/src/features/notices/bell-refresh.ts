/** Tells the bell to count again (after a notice is read or work is done). */
const listeners = new Set<() => void>();

/** Subscribes the bell; returns the unsubscribe. */
export function onBellRefresh(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Asks the bell to count again. */
export function refreshBell(): void {
  for (const listener of listeners) listener();
}
