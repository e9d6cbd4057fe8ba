// @vitest-environment happy-dom
// The UI host: one panel at a time (opening a feature's panel closes the one open before), and panels follow the
// toolbar when it moves to the other edge.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UiHost } from '../../../../src/content/ui/root';

function makeHost(): UiHost {
  return new UiHost(document, { side: 'right', collapsed: false }, { onToolbarChange: () => undefined, onOpenOptions: () => undefined });
}

describe('the UI host’s panels', () => {
  let host: UiHost | null = null;
  afterEach(() => host?.destroy());

  it('closes the panel open before when another feature opens its own', () => {
    host = makeHost();
    const glossary = { id: 'acronyms', close: vi.fn() };
    const summary = { id: 'summary', close: vi.fn() };
    host.panelOpening(glossary);
    host.panelOpening(summary);
    expect(glossary.close).toHaveBeenCalledTimes(1);
    expect(summary.close).not.toHaveBeenCalled();
    // The same panel opening again (a redraw) closes nothing.
    host.panelOpening(summary);
    expect(summary.close).not.toHaveBeenCalled();
    // Closed by its reader: the next panel has nothing to close.
    host.panelClosed('summary');
    host.panelOpening(glossary);
    expect(summary.close).not.toHaveBeenCalled();
  });

  it('tells panels when the toolbar moves to the other edge, until their signal ends', () => {
    host = makeHost();
    const controller = new AbortController();
    const sides: string[] = [];
    host.onSideChange((side) => sides.push(side), controller.signal);
    host.update({ side: 'left', collapsed: false });
    expect(host.side).toBe('left');
    host.update({ side: 'left', collapsed: true });
    controller.abort();
    host.update({ side: 'right', collapsed: true });
    expect(sides).toEqual(['left']);
  });
});
