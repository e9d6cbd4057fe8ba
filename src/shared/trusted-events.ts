// Dễ Đọc acts only on events the user made: a page's own script cannot drive it with synthetic events.
export function onTrusted<K extends keyof HTMLElementEventMap>(
  target: HTMLElement | ShadowRoot | Document | Window,
  type: K,
  handler: (event: HTMLElementEventMap[K]) => void,
  signal: AbortSignal,
  options: AddEventListenerOptions = {},
): void {
  target.addEventListener(
    type,
    (event) => {
      if (!event.isTrusted) return;
      handler(event as HTMLElementEventMap[K]);
    },
    { ...options, signal },
  );
}
