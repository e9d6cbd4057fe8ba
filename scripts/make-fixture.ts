// Turns a saved page into an article-detection fixture:
//   tsx scripts/make-fixture.ts <saved-page.html> [name] [--url URL] [--force]
// writes tests/fixtures/pages/<name>/source.html (every <script> removed except JSON-LD data) and a
// draft expected.json filled in from the current detector. The draft is a starting point: read it
// against the page, fix what the detector got wrong, and add mustNotContain strings (menu items,
// breadcrumb, related titles, footer lines) before committing.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { detectArticle } from '../src/core/article/index';
import type { ArticleModel, BlockKind } from '../src/core/article/index';
import { SITES } from '../src/sites/index';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const FIXTURES = join(ROOT, 'tests/fixtures/pages');

/** Kinds that make up the body text; the first and last of them give firstSentence and lastSentence. */
const BODY_KINDS: ReadonlySet<BlockKind> = new Set(['paragraph', 'list-item', 'table', 'heading']);
/** Length of the sapo prefix recorded in the draft: enough to be unique, short enough to survive edits. */
const SAPO_START_CHARS = 60;

/** Removes executable scripts; JSON-LD stays because it is data the detector reads. */
export function stripScripts(html: string): string {
  return html.replace(/<script\b([^>]*)>[\s\S]*?<\/script\s*>/gi, (match, attributes: string) =>
    /type\s*=\s*["']?application\/ld\+json/i.test(attributes) ? match : '',
  );
}

function pageUrl(html: string): string | undefined {
  const og = /<meta[^>]+property=["']og:url["'][^>]*content=["']([^"']+)["']/i.exec(html)?.[1];
  const canonical = /<link[^>]+rel=["']canonical["'][^>]*href=["']([^"']+)["']/i.exec(html)?.[1];
  return og ?? canonical;
}

/** The start of `text`, cut at the last word boundary before `max` characters. */
function prefixAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(' ', max);
  return text.slice(0, cut > 0 ? cut : max);
}

function firstSentence(text: string): string {
  const match = /^.+?[.?!…](?=\s+[\p{Lu}“"(\d]|$)/u.exec(text);
  return match ? match[0] : text;
}

function lastSentence(text: string): string {
  const parts = text.split(/(?<=[.?!…])\s+(?=[\p{Lu}“"(\d])/u);
  return parts[parts.length - 1] ?? text;
}

export function draftExpected(url: string, model: ArticleModel | null): Record<string, unknown> {
  if (!model) {
    return {
      url,
      article: false,
      note: 'The detector found no article. Confirm this page has none.',
      provenance: 'TODO: where the page comes from (a saved page and its licence, or constructed for the tests).',
    };
  }
  const body = model.blocks.filter((block) => BODY_KINDS.has(block.kind));
  const sapo = model.blocks.find((block) => block.kind === 'sapo');
  const author = model.blocks.find((block) => block.kind === 'author');
  const draft: Record<string, unknown> = {
    url,
    source: model.source,
    ...(model.siteId ? { siteId: model.siteId } : {}),
    title: model.title?.text ?? '',
    hasSapo: !!sapo,
    ...(sapo ? { sapoStart: prefixAtWord(sapo.text, SAPO_START_CHARS) } : {}),
    firstSentence: body[0] ? firstSentence(body[0].text) : '',
    lastSentence: body.length > 0 ? lastSentence(body[body.length - 1]!.text) : '',
    paragraphs: model.blocks.filter((block) => block.kind === 'paragraph').length,
    captions: model.blocks.filter((block) => block.kind === 'caption').length,
    ...(author ? { author: author.text } : {}),
    mustNotContain: [],
    provenance: 'TODO: where the page comes from (a saved page and its licence, or constructed for the tests).',
  };
  return draft;
}

function main(argv: string[]): void {
  const args = argv.filter((arg) => !arg.startsWith('--'));
  const urlFlag = argv.indexOf('--url');
  const force = argv.includes('--force');
  const [input, nameArg] = urlFlag >= 0 ? args.filter((arg) => arg !== argv[urlFlag + 1]) : args;
  if (!input) {
    console.error('usage: tsx scripts/make-fixture.ts <saved-page.html> [name] [--url URL] [--force]');
    process.exit(2);
  }
  const raw = readFileSync(input, 'utf8');
  const name = nameArg ?? basename(input).replace(/\.html?$/i, '');
  const url = (urlFlag >= 0 ? argv[urlFlag + 1] : undefined) ?? pageUrl(raw) ?? 'https://example.gov.vn/';
  const html = stripScripts(raw);

  const dir = join(FIXTURES, name);
  const expectedPath = join(dir, 'expected.json');
  if (existsSync(expectedPath) && !force) {
    console.error(`${expectedPath} exists: pass --force to overwrite a reviewed fixture.`);
    process.exit(1);
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'source.html'), html);

  const window = new Window({ url });
  window.document.write(html);
  const model = detectArticle(window.document as unknown as Document, { url, sites: SITES });
  const draft = draftExpected(url, model);
  writeFileSync(expectedPath, JSON.stringify(draft, null, 2) + '\n');
  void window.happyDOM.close();

  console.log(`wrote ${dir}/source.html (${Math.round(html.length / 1024)} KB) and a draft expected.json:`);
  console.log(JSON.stringify(draft, null, 2));
  if (model) {
    console.log('\nblocks, for review:');
    for (const block of model.blocks) console.log(`  [${block.kind}] ${block.text.slice(0, 100)}`);
  }
  console.log('\nReview the draft and fill in mustNotContain before committing.');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
