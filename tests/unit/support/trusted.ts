// Dễ Đọc acts only on trusted events (src/content/ui/events.ts). happy-dom's synthetic events are untrusted, so the
// tests play the user with events whose isTrusted is forced to true: the handlers run as for a real click or key.
export function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

export function userClick(element: Element): void {
  element.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true, composed: true })));
}

export function userKey(element: Element, key: string): void {
  element.dispatchEvent(trusted(new KeyboardEvent('keydown', { key, bubbles: true, composed: true })));
}
