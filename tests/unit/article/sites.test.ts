// Conventions for src/sites: one adapter per file, id = file name, sorted list, valid host patterns
// and selectors, and every adapter earning its place on at least one fixture page.
import { afterAll, describe, expect, it } from 'vitest';
import { hostMatches, isValidHostPattern, isValidSelector } from '../../../src/core/article/index';
import type { SelectorSpec, SiteAdapter } from '../../../src/core/article/index';
import { SITES } from '../../../src/sites/index';
import { closeWindows, loadFixtures, makeDocument, makePage } from './helpers';

afterAll(closeWindows);

const siteModules = import.meta.glob<Record<string, unknown>>('../../../src/sites/*.ts', { eager: true });
const SITE_FILES = Object.entries(siteModules).filter(([path]) => !/\/(index|types)\.ts$/.test(path));
const fixtures = loadFixtures().map((fixture) => ({
  ...fixture,
  doc: makeDocument(fixture.html, fixture.expected.url),
}));
const blank = makePage('');

function specList(spec: SelectorSpec | undefined): string[] {
  if (spec === undefined) return [];
  return typeof spec === 'string' ? [spec] : [...spec];
}

function allSelectors(adapter: SiteAdapter): string[] {
  const { selectors } = adapter;
  return [
    ...(adapter.detect ? [adapter.detect] : []),
    ...specList(selectors.root),
    ...specList(selectors.title),
    ...specList(selectors.sapo),
    ...specList(selectors.date),
    ...specList(selectors.author),
    ...specList(selectors.caption),
    ...(selectors.exclude ?? []),
  ];
}

function matchesSpec(doc: Document, spec: SelectorSpec | undefined): boolean {
  return specList(spec).some((selector) => doc.querySelector(selector) !== null);
}

/** Fixtures the adapter applies to: its host matches the fixture URL, or its detect selector is there. */
function fixturesFor(adapter: SiteAdapter) {
  return fixtures.filter(({ doc, expected }) => {
    const host = new URL(expected.url).hostname;
    if (adapter.hosts?.length && !adapter.hosts.some((pattern) => hostMatches(pattern, host))) return false;
    return !adapter.detect || doc.querySelector(adapter.detect) !== null;
  });
}

describe('src/sites', () => {
  it('lists every site file once, sorted by id', () => {
    const ids = SITES.map((adapter) => adapter.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
    expect(SITES.length).toBe(SITE_FILES.length);
  });

  it.each(SITE_FILES)('%s exports one adapter named after the file, listed in SITES', (path, module) => {
    const adapters = Object.values(module) as SiteAdapter[];
    expect(adapters.length).toBe(1);
    const adapter = adapters[0]!;
    expect(path.endsWith(`/${adapter.id}.ts`)).toBe(true);
    expect(SITES).toContain(adapter);
  });
});

describe.each(SITES.map((adapter) => [adapter.id, adapter] as const))('site adapter %s', (_id, adapter) => {
  it('has a kebab-case id, a name, and hosts or a detect selector', () => {
    expect(adapter.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(adapter.name.length).toBeGreaterThan(0);
    expect((adapter.hosts?.length ?? 0) > 0 || !!adapter.detect).toBe(true);
  });

  it('has valid host patterns', () => {
    for (const pattern of adapter.hosts ?? []) expect(isValidHostPattern(pattern), pattern).toBe(true);
  });

  it('has valid selectors', () => {
    for (const selector of allSelectors(adapter)) expect(isValidSelector(blank, selector), selector).toBe(true);
  });

  it('matches at least one fixture: detect, root and title, and each other part it names', () => {
    const applicable = fixturesFor(adapter);
    expect(applicable.length, 'no fixture for this adapter').toBeGreaterThan(0);
    const { selectors } = adapter;
    for (const [part, spec] of Object.entries({
      root: selectors.root,
      title: selectors.title,
      sapo: selectors.sapo,
      date: selectors.date,
      author: selectors.author,
      caption: selectors.caption,
    })) {
      if (spec === undefined) continue;
      expect(applicable.some(({ doc }) => matchesSpec(doc, spec)), `${part} matches no fixture`).toBe(true);
    }
  });

  it('is the detector’s choice on at least one fixture', () => {
    expect(fixtures.some(({ expected }) => expected.siteId === adapter.id)).toBe(true);
  });
});
