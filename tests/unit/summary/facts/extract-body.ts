// Extracts an article body from a saved page in ../shared/fixtures/pages as plain text, one paragraph a line,
// to make the fact fixtures here. Run once per page; its output is checked in next to the expected facts:
//   npx tsx tests/unit/summary/facts/extract-body.ts <page.html> '<body selector>' [<title selector>] > <name>.txt
// The selector may list several roots (sapo, body) in document order. Captions, tables and scripts are dropped;
// only <p> and heading text inside each root is kept (a root without paragraphs gives its own text).
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';

const [path, selector, titleSelector] = process.argv.slice(2);
if (path === undefined || selector === undefined) {
  console.error("usage: tsx extract-body.ts <page.html> '<body selector>' [<title selector>]");
  process.exit(2);
}
const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
const document = window.document;
document.write(readFileSync(path, 'utf8').replace(/<script[\s\S]*?<\/script>/gi, ''));
const roots = [...document.querySelectorAll(selector)];
if (roots.length === 0) {
  console.error(`no element matches ${selector}`);
  process.exit(1);
}
const lines: string[] = [];
if (titleSelector !== undefined) {
  const title = document.querySelector(titleSelector)?.textContent?.trim();
  if (title) lines.push(title);
}
const clean = (s: string | null): string => (s ?? '').replace(/\s+/g, ' ').trim();
for (const root of roots) {
  const blocks = [...root.querySelectorAll('p, h2, h3')];
  // A sapo is often one bare element without paragraphs.
  if (blocks.length === 0) {
    const text = clean(root.textContent);
    if (text !== '') lines.push(text);
    continue;
  }
  for (const el of blocks) {
    if (el.closest('figure, figcaption, table')) continue;
    const text = clean(el.textContent);
    if (text !== '') lines.push(text);
  }
}
console.log(lines.join('\n'));
await window.happyDOM.close();
