// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Runner, isSiteActive } from '../../src/content/runner';
import type { Feature } from '../../src/content/feature';
import { defaultSettings, type Settings } from '../../src/shared/settings';

const PAGE = '<head><title>t</title></head><body><div id="a"><p>Ủy ban nhân dân (UBND) tỉnh.</p></div></body>';

function settingsWith(features: Record<string, boolean>, patch: Partial<Settings> = {}): Settings {
  return { ...defaultSettings(), features: features as Settings['features'], ...patch };
}

function makeRunner(features: Feature[]) {
  const log = vi.fn();
  const runner = new Runner(document, 'kiengiang.gov.vn', features, {
    saveToolbar: vi.fn(),
    saveSite: vi.fn(async () => undefined),
    openOptions: vi.fn(),
    log,
  });
  return { runner, log };
}

/** A feature that changes the page the way real ones do, and undoes it on abort. */
function marker(id: string): Feature {
  return {
    id: id as Feature['id'],
    init(context, signal) {
      const html = context.document.documentElement;
      html.setAttribute(`data-dedoc-${id}`, '1');
      const paragraph = context.document.querySelector('p');
      paragraph?.setAttribute(`data-dedoc-${id}-p`, '');
      context.ui.addButton({ action: `${id}-button`, label: id, text: id, onActivate: () => undefined }, signal);
      signal.addEventListener('abort', () => {
        html.removeAttribute(`data-dedoc-${id}`);
        paragraph?.removeAttribute(`data-dedoc-${id}-p`);
      });
    },
  };
}

describe('feature runner', () => {
  beforeEach(() => {
    document.documentElement.innerHTML = PAGE;
    for (const name of document.documentElement.getAttributeNames()) document.documentElement.removeAttribute(name);
  });

  it('starts the enabled features and puts one <dedoc-root> with an open shadow root on the page', () => {
    const { runner } = makeRunner([marker('one'), marker('two')]);
    runner.apply(settingsWith({ one: true, two: false }));
    expect(document.querySelectorAll('dedoc-root')).toHaveLength(1);
    expect(document.querySelector('dedoc-root')?.shadowRoot?.mode).toBe('open');
    expect(document.documentElement.hasAttribute('data-dedoc-one')).toBe(true);
    expect(document.documentElement.hasAttribute('data-dedoc-two')).toBe(false);
    expect(runner.status()).toEqual([
      { id: 'one', isRunning: true },
      { id: 'two', isRunning: false },
    ]);
  });

  it('keeps the other features running when one throws, and reports the failure with its id', () => {
    const broken: Feature = {
      id: 'broken' as Feature['id'],
      init(context) {
        context.document.documentElement.setAttribute('data-dedoc-broken', '');
        throw new Error('boom');
      },
    };
    const { runner, log } = makeRunner([broken, marker('one')]);
    runner.apply(settingsWith({ broken: true, one: true }));
    expect(document.documentElement.hasAttribute('data-dedoc-one')).toBe(true);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('"broken"'), expect.any(Error));
    expect(runner.status()[0]).toEqual({ id: 'broken', isRunning: false, error: 'boom' });
  });

  it('also survives a feature whose async start rejects', async () => {
    const failing: Feature = { id: 'late' as Feature['id'], init: async () => Promise.reject(new Error('late boom')) };
    const { runner } = makeRunner([failing, marker('one')]);
    runner.apply(settingsWith({ late: true, one: true }));
    await new Promise((r) => setTimeout(r, 0));
    expect(runner.status()).toEqual([
      { id: 'late', isRunning: false, error: 'late boom' },
      { id: 'one', isRunning: true },
    ]);
  });

  it('switches one feature off without a reload, leaving the others', () => {
    const { runner } = makeRunner([marker('one'), marker('two')]);
    runner.apply(settingsWith({ one: true, two: true }));
    runner.apply(settingsWith({ one: false, two: true }));
    expect(document.documentElement.hasAttribute('data-dedoc-one')).toBe(false);
    expect(document.querySelector('p')?.hasAttribute('data-dedoc-one-p')).toBe(false);
    expect(document.querySelector('dedoc-root')?.shadowRoot?.querySelector('[data-action="one-button"]')).toBeNull();
    expect(document.querySelector('dedoc-root')?.shadowRoot?.querySelector('[data-action="two-button"]')).not.toBeNull();
  });

  it('returns the DOM to exactly what it was when the site is switched off', () => {
    const before = document.documentElement.outerHTML;
    const { runner } = makeRunner([marker('one'), marker('two')]);
    runner.apply(settingsWith({ one: true, two: true }));
    expect(document.documentElement.outerHTML).not.toBe(before);
    runner.apply(settingsWith({ one: true, two: true }, { sites: { 'kiengiang.gov.vn': { enabled: false } } }));
    expect(document.documentElement.outerHTML).toBe(before);
    expect(runner.isRunning).toBe(false);
  });

  it('runs on listed sites and on user-added ones only', () => {
    const settings = defaultSettings();
    expect(isSiteActive(settings, 'kiengiang.gov.vn')).toBe(true);
    expect(isSiteActive(settings, 'tintuc.example.com')).toBe(false);
    expect(isSiteActive({ ...settings, userSites: ['tintuc.example.com'] }, 'tintuc.example.com')).toBe(true);
  });
});
