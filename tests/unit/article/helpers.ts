// Documents for article tests: happy-dom Windows created explicitly (no global DOM), scripts off.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';

export const FIXTURES_DIR = fileURLToPath(new URL('../../fixtures/pages/', import.meta.url));

const windows: Window[] = [];

/** A document parsed from `html` at `url`, as a page would have it. */
export function makeDocument(html: string, url = 'https://example.gov.vn/tin-tuc/bai-viet-1.html'): Document {
  const window = new Window({ url });
  windows.push(window);
  window.document.write(html);
  return window.document as unknown as Document;
}

/** A document whose body is `bodyHtml`, with an optional <head>. */
export function makePage(bodyHtml: string, options: { head?: string; url?: string } = {}): Document {
  return makeDocument(
    `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">${options.head ?? ''}</head><body>${bodyHtml}</body></html>`,
    options.url,
  );
}

export async function closeWindows(): Promise<void> {
  const open = windows.splice(0);
  await Promise.all(open.map((window) => window.happyDOM.close()));
}

export interface ExpectedArticle {
  url: string;
  /** false for pages without an article (home, list, search). */
  article?: false;
  note?: string;
  /** Where the page comes from: a saved page (and its licence) or constructed for the tests. */
  provenance: string;
  source?: 'site' | 'platform' | 'readability';
  siteId?: string;
  title: string;
  hasSapo: boolean;
  sapoStart?: string;
  firstSentence: string;
  lastSentence: string;
  paragraphs: number;
  captions: number;
  author?: string;
  mustNotContain: string[];
}

export interface Fixture {
  name: string;
  html: string;
  expected: ExpectedArticle;
}

export function loadFixtures(): Fixture[] {
  return readdirSync(FIXTURES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => ({
      name,
      html: readFileSync(`${FIXTURES_DIR}${name}/source.html`, 'utf8'),
      expected: JSON.parse(readFileSync(`${FIXTURES_DIR}${name}/expected.json`, 'utf8')) as ExpectedArticle,
    }));
}
