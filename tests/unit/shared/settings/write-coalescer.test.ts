// The one write coalescer of settings controls (src/shared/settings/write-coalescer.ts), used by the popup, the
// options page and the page's toolbar: a slider reports every value it passes, storage gets a few of them and
// always the last, and the control never jumps back to an older value while its own writes are under way.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WriteCoalescer } from '../../../../src/shared/settings/write-coalescer';

interface Look {
  scale: number;
  theme: string;
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function recorder(delayMs = 5) {
  const writes: Array<Partial<Look>> = [];
  const write = vi.fn(async (patch: Partial<Look>) => {
    writes.push({ ...patch });
    await new Promise((resolve) => setTimeout(resolve, delayMs));
  });
  return { writes, write };
}

describe('write coalescer', () => {
  it('turns a slider that moves through 100 values in a second into a few writes, the last value last', async () => {
    const { writes, write } = recorder();
    const coalescer = new WriteCoalescer<Look>(write, { intervalMs: 250 });
    for (let i = 1; i <= 100; i++) {
      coalescer.change({ scale: 1 + i / 100 });
      await vi.advanceTimersByTimeAsync(10);
    }
    await vi.advanceTimersByTimeAsync(1000);
    expect(writes.length).toBeLessThanOrEqual(6);
    expect(writes[0]).toEqual({ scale: 1.01 });
    expect(writes.at(-1)).toEqual({ scale: 2 });
  });

  it('merges different fields changed between two writes into one write', async () => {
    const { writes, write } = recorder();
    const coalescer = new WriteCoalescer<Look>(write, { intervalMs: 100 });
    coalescer.change({ scale: 1.5 });
    coalescer.change({ theme: 'dark' });
    coalescer.change({ scale: 1.6 });
    await vi.advanceTimersByTimeAsync(500);
    expect(writes).toEqual([{ scale: 1.5 }, { theme: 'dark', scale: 1.6 }]);
  });

  it('shows its own values over older stored ones until storage holds them, then follows storage', async () => {
    const { write } = recorder(50);
    const coalescer = new WriteCoalescer<Look>(write, { intervalMs: 100 });
    const stored: Look = { scale: 1, theme: 'page' };
    coalescer.change({ scale: 1.5 });
    // A settings event from before this write arrives: the control must not jump back to 1.
    expect(coalescer.overlay(stored)).toEqual({ scale: 1.5, theme: 'page' });
    await vi.advanceTimersByTimeAsync(200);
    expect(coalescer.overlay({ scale: 1.5, theme: 'page' })).toEqual({ scale: 1.5, theme: 'page' });
    // Written and read back: a newer value from elsewhere (a shortcut, another tab) now wins.
    expect(coalescer.overlay({ scale: 2, theme: 'page' })).toEqual({ scale: 2, theme: 'page' });
    expect(coalescer.hasPending).toBe(false);
  });

  it('gives a value whose write failed back to storage, and reports the failure', async () => {
    const failures: unknown[] = [];
    const coalescer = new WriteCoalescer<Look>(async () => Promise.reject(new Error('refused')), {
      intervalMs: 100,
      onError: (error) => failures.push(error),
    });
    coalescer.change({ theme: 'dark' });
    await vi.advanceTimersByTimeAsync(10);
    expect(failures).toHaveLength(1);
    expect(coalescer.overlay({ scale: 1, theme: 'page' })).toEqual({ scale: 1, theme: 'page' });
  });

  it('writes what waits at once when flushed (the popup closes), and nothing after dispose', async () => {
    const { writes, write } = recorder();
    const coalescer = new WriteCoalescer<Look>(write, { intervalMs: 1000 });
    coalescer.change({ scale: 1.1 });
    coalescer.change({ scale: 1.2 });
    await vi.advanceTimersByTimeAsync(10);
    void coalescer.flush();
    await vi.advanceTimersByTimeAsync(10);
    expect(writes).toEqual([{ scale: 1.1 }, { scale: 1.2 }]);
    coalescer.change({ scale: 1.3 });
    coalescer.dispose();
    await vi.advanceTimersByTimeAsync(5000);
    expect(writes).toHaveLength(2);
  });
});
