// An orphaned content script (the extension updated, reloaded or removed with the page open) stops by itself and
// quietly; a live one whose port closed because Chrome put the idle service worker to sleep carries on, and
// reconnects only on a later need, never in a loop that would keep the worker awake. Nothing a page can fire makes
// a live copy stop.
import { afterEach, describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { OrphanWatch, RECONNECT_MS, type WatchPort } from '../../../src/content/orphan';

const windows: Window[] = [];
afterEach(async () => {
  await Promise.all(windows.splice(0).map((w) => w.happyDOM.close()));
});

class FakePort implements WatchPort {
  private readonly listeners: Array<() => void> = [];
  isOpen = true;
  onDisconnect = { addListener: (callback: () => void) => void this.listeners.push(callback) };
  disconnect(): void {
    this.isOpen = false;
  }
  /** The other end went away (the worker stopped, or the extension is gone). */
  drop(): void {
    this.isOpen = false;
    for (const listener of this.listeners) listener();
  }
}

function setup(options: { connectThrows?: boolean; orphanedThrows?: boolean } = {}) {
  const window = new Window({ url: 'https://kiengiang.gov.vn/tin-tuc/a.html' });
  windows.push(window);
  const doc = window.document as unknown as Document;
  doc.body.innerHTML = '<main><p>Bài viết.</p></main>';
  const state = { alive: true, now: 0, ports: [] as FakePort[], stops: 0 };
  const watch = new OrphanWatch({
    doc,
    isAlive: () => state.alive,
    connect: () => {
      if (options.connectThrows) throw new Error('Extension context invalidated.');
      const port = new FakePort();
      state.ports.push(port);
      return port;
    },
    onOrphaned: () => {
      state.stops++;
      if (options.orphanedThrows) throw new Error('Extension context invalidated.');
    },
    now: () => state.now,
  });
  watch.start();
  return { doc, window, state, watch };
}

const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe('the orphan watch', () => {
  it('stops the copy once when the port disconnects and the context is gone', () => {
    const { state, watch } = setup();
    expect(state.ports).toHaveLength(1);
    state.alive = false;
    state.ports[0]!.drop();
    expect(state.stops).toBe(1);
    expect(watch.isOrphaned).toBe(true);
    // Anything later (a message the copy meant to send, an event) finds it stopped, and stops nothing twice.
    expect(watch.check()).toBe(false);
    watch.touch();
    expect(state.stops).toBe(1);
    expect(state.ports).toHaveLength(1);
  });

  it('carries on when the port disconnects with the context alive (the worker went to sleep), without reconnecting at once', () => {
    const { state, watch } = setup();
    state.ports[0]!.drop();
    expect(state.stops).toBe(0);
    expect(watch.isOrphaned).toBe(false);
    // No reconnection by itself: connecting would wake the worker, which would sleep again, and so on.
    expect(state.ports).toHaveLength(1);
    // A message of ours reached the background soon after the last connection: still not yet.
    state.now += RECONNECT_MS - 1;
    watch.touch();
    expect(state.ports).toHaveLength(1);
    // Later, the next need reconnects, once.
    state.now += 1;
    watch.touch();
    watch.touch();
    expect(state.ports).toHaveLength(2);
    // The worker sleeps again: again no reconnection until the next need, after the back-off.
    state.ports[1]!.drop();
    watch.touch();
    expect(state.ports).toHaveLength(2);
    // Gone while no port was open: the next check (any need, the page shown again) stops it.
    state.alive = false;
    state.now += RECONNECT_MS;
    watch.touch();
    expect(state.stops).toBe(1);
    expect(state.ports).toHaveLength(2);
  });

  it('does not reconnect while its port is open', () => {
    const { state, watch } = setup();
    state.now += 10 * RECONNECT_MS;
    watch.touch();
    expect(state.ports).toHaveLength(1);
  });

  it('is never stopped by what a page can fire while the context is alive', async () => {
    const { doc, window, state } = setup();
    doc.dispatchEvent(new window.Event('visibilitychange') as unknown as Event);
    doc.body.dispatchEvent(new window.KeyboardEvent('keydown', { key: 'Escape', bubbles: true }) as unknown as Event);
    doc.body.dispatchEvent(new window.PointerEvent('pointerdown', { bubbles: true }) as unknown as Event);
    doc.documentElement.append(doc.createElement('dedoc-root'));
    doc.querySelector('dedoc-root')!.remove();
    await tick();
    expect(state.stops).toBe(0);
    expect(state.ports[0]!.isOpen).toBe(true);
  });

  it('stops when a new copy takes the old toolbar out of <html> while no port was open (Chrome, worker asleep)', async () => {
    const { doc, state } = setup();
    const root = doc.createElement('dedoc-root');
    doc.documentElement.append(root);
    await tick();
    state.ports[0]!.drop();
    state.alive = false;
    root.remove();
    await tick();
    expect(state.stops).toBe(1);
  });

  it('stops on the reader’s next key press or the page being shown again once the context is gone', () => {
    const { doc, window, state } = setup();
    state.ports[0]!.drop();
    state.alive = false;
    doc.body.dispatchEvent(new window.KeyboardEvent('keydown', { key: 'a', bubbles: true }) as unknown as Event);
    expect(state.stops).toBe(1);
    doc.dispatchEvent(new window.Event('visibilitychange') as unknown as Event);
    expect(state.stops).toBe(1);
  });

  it('stops quietly when the port cannot even be opened, and lets no error of the stop out', () => {
    const { state, watch } = setup({ connectThrows: true, orphanedThrows: true });
    expect(state.stops).toBe(0);
    state.alive = false;
    expect(() => watch.check()).not.toThrow();
    expect(state.stops).toBe(1);
  });

  it('does not start at all in a context that is already gone', () => {
    const window = new Window();
    windows.push(window);
    let stops = 0;
    let connects = 0;
    const watch = new OrphanWatch({
      doc: window.document as unknown as Document,
      isAlive: () => false,
      connect: () => {
        connects++;
        return new FakePort();
      },
      onOrphaned: () => void stops++,
    });
    watch.start();
    expect(watch.isOrphaned).toBe(true);
    expect(stops).toBe(1);
    expect(connects).toBe(0);
  });
});
