// Walks every page in tests/fixtures/pages: the detector must find exactly the article the fixture's
// expected.json describes (title, sapo, first and last body sentence, counts, author) and none of
// the page furniture it lists; pages without an article must give null.
import { afterAll, describe, expect, it } from 'vitest';
import { articleText, detectArticle, isSameArticle } from '../../../src/core/article/index';
import type { ArticleModel, BlockKind } from '../../../src/core/article/index';
import { SITES } from '../../../src/sites/index';
import { closeWindows, loadFixtures, makeDocument, type ExpectedArticle } from './helpers';

const BODY_KINDS: ReadonlySet<BlockKind> = new Set(['paragraph', 'list-item', 'table', 'heading']);
/** A lowercase letter, sentence punctuation, a capital: two paragraphs glued together ("…2026.Nghị quyết…"). */
const GLUED_SENTENCES = /\p{Ll}[.!?…]\p{Lu}/u;

afterAll(closeWindows);

function bodyBlocks(model: ArticleModel) {
  return model.blocks.filter((block) => BODY_KINDS.has(block.kind));
}

function expectBody(model: ArticleModel, expected: ExpectedArticle): void {
  expect(model.title?.text).toBe(expected.title);
  const body = bodyBlocks(model);
  expect(body.length).toBeGreaterThan(0);
  expect(body[0]!.text.startsWith(expected.firstSentence), `first block: ${body[0]!.text.slice(0, 120)}`).toBe(true);
  const last = body[body.length - 1]!.text;
  expect(last.endsWith(expected.lastSentence), `last block: …${last.slice(-120)}`).toBe(true);
  const allText = model.blocks.map((block) => block.text).join('\n');
  for (const furniture of expected.mustNotContain) {
    expect(allText.includes(furniture), `article text contains "${furniture}"`).toBe(false);
  }
}

describe.each(loadFixtures())('fixture $name', ({ html, expected }) => {
  it('has been reviewed: provenance given, furniture listed', () => {
    // make-fixture.ts drafts these with TODOs for a person to fill in.
    expect(expected.provenance.length).toBeGreaterThan(0);
    expect(expected.provenance.startsWith('TODO')).toBe(false);
    if (expected.article !== false) expect(expected.mustNotContain.length).toBeGreaterThan(0);
  });

  if (expected.article === false) {
    it('has no article', () => {
      expect(detectArticle(makeDocument(html, expected.url), { url: expected.url, sites: SITES })).toBeNull();
    });
    it('has no article even where the URL gives no hint', () => {
      // Home and search URLs are refused outright; the page content alone must also give null.
      const neutral = new URL('/tin-tuc/bai-viet-khong-ro.html', expected.url).href;
      expect(detectArticle(makeDocument(html, neutral), { url: neutral, sites: SITES })).toBeNull();
      expect(detectArticle(makeDocument(html, neutral), { url: neutral })).toBeNull();
    });
    return;
  }

  const doc = makeDocument(html, expected.url);
  const model = detectArticle(doc, { url: expected.url, sites: SITES });

  it('finds the article with the expected layer', () => {
    expect(model).not.toBeNull();
    if (expected.source) expect(model!.source).toBe(expected.source);
    if (expected.siteId) expect(model!.siteId).toBe(expected.siteId);
  });

  it('has the exact title, the first and last body sentence, and no furniture', () => {
    expectBody(model!, expected);
  });

  it('finds the sapo where the page has one', () => {
    const sapo = model!.blocks.filter((block) => block.kind === 'sapo');
    expect(sapo.length).toBe(expected.hasSapo ? 1 : 0);
    if (expected.sapoStart) expect(sapo[0]!.text.startsWith(expected.sapoStart)).toBe(true);
  });

  it('counts paragraphs and captions', () => {
    expect(model!.blocks.filter((block) => block.kind === 'paragraph').length).toBe(expected.paragraphs);
    expect(model!.blocks.filter((block) => block.kind === 'caption').length).toBe(expected.captions);
  });

  it('finds the author where the page shows one', () => {
    const authors = model!.blocks.filter((block) => block.kind === 'author').map((block) => block.text);
    if (expected.author) expect(authors).toContain(expected.author);
    else expect(authors).toEqual([]);
  });

  it('gives live nodes of the page, clean text and a root holding the body', () => {
    const m = model!;
    expect(m.root.ownerDocument).toBe(doc);
    expect(m.root.isConnected).toBe(true);
    expect(m.title).toBe(m.blocks.find((block) => block.kind === 'title'));
    for (const block of m.blocks) {
      expect(block.element.ownerDocument).toBe(doc);
      expect(block.element.isConnected).toBe(true);
      expect(block.text).toBe(block.text.normalize('NFC'));
      expect(block.text).not.toMatch(/^\s|\s$|\s{2}/);
      expect(block.text, `glued paragraphs in: ${block.text.slice(0, 80)}`).not.toMatch(GLUED_SENTENCES);
    }
    for (const block of bodyBlocks(m)) expect(m.root.contains(block.element)).toBe(true);
    for (let i = 1; i < m.blocks.length; i++) {
      const previous = m.blocks[i - 1]!.element;
      const current = m.blocks[i]!.element;
      // Document order (a run of inline text may share its container with the blocks inside it).
      expect(previous === current || !(previous.compareDocumentPosition(current) & 2)).toBe(true);
    }
  });

  it('gives one line per block to the summarizer, title first', () => {
    const text = articleText(model!);
    const lines = text.split('\n');
    expect(lines).toContain(expected.title);
    expect(lines.every((line) => line.length > 0)).toBe(true);
    expect(text.includes(expected.firstSentence)).toBe(true);
  });

  it('recognises the same article when detected again', () => {
    expect(isSameArticle(model, detectArticle(doc, { url: expected.url, sites: SITES }))).toBe(true);
  });

  it('is still found by the Readability layer alone, without site data', () => {
    // The generic layer is what unknown portals get: it must find the same title and body edges and
    // keep out the same furniture (counts and authors may differ).
    const generic = detectArticle(makeDocument(html, expected.url), { url: expected.url });
    expect(generic).not.toBeNull();
    expect(generic!.source).toBe('readability');
    expectBody(generic!, expected);
  });
});
