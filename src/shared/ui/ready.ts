// An extension page (popup, options) says when its first render is complete — every part that loads something has
// shown it — by setting <html data-ready>. Nothing in the product depends on it: it is the page's "ready" signal for
// end-to-end tests and other tools, so that they wait for a condition the page states instead of guessing with a
// selector and a timeout.
import { useEffect, useState } from 'preact/hooks';

export const READY_ATTRIBUTE = 'data-ready';

/** Parts of the page that are still loading. A part registers while it first renders, before any effect runs. */
const loading = new Set<object>();
let isCheckScheduled = false;

function scheduleCheck(): void {
  if (isCheckScheduled) return;
  isCheckScheduled = true;
  // After the current render and its effects: a parent that finished loading has rendered its children by then,
  // and those children have registered themselves.
  setTimeout(() => {
    isCheckScheduled = false;
    if (loading.size === 0) document.documentElement.setAttribute(READY_ATTRIBUTE, '');
  }, 0);
}

/**
 * Declares that this component's first content depends on something it loads: the page is not ready until
 * `isLoaded` is true (or the component goes away). Once the page has said it is ready, it stays so.
 */
export function useReadyWhen(isLoaded: boolean): void {
  const [token] = useState(() => {
    const part = {};
    loading.add(part);
    return part;
  });
  useEffect(() => {
    if (!isLoaded) return;
    loading.delete(token);
    scheduleCheck();
  }, [isLoaded, token]);
  useEffect(
    () => () => {
      loading.delete(token);
      scheduleCheck();
    },
    [token],
  );
}
