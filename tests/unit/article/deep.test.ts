// A page's script can nest elements as deep as it likes (the fuzz's deep documents: 10,000 levels). Every walk of
// the article over the page's tree is a loop, not recursion: a recursive one overflows the stack there (Firefox
// logged "article detection failed: too much recursion", and the page had no Dễ Đọc). happy-dom's own selector
// engine recurses, so these tests call the walks on the deep subtree directly.
import { afterAll, describe, expect, it } from 'vitest';
import { extractBodyBlocks } from '../../../src/core/article/blocks';
import { walkDescendants } from '../../../src/core/article/dom';
import { collectText } from '../../../src/core/article/text';
import { mapText } from '../../../src/core/article/text-map';
import type { ArticleModel } from '../../../src/core/article/types';
import { Annotator } from '../../../src/content/features/acronyms/annotate';
import { closeWindows, makePage } from './helpers';

/** happy-dom tears a document down recursively: the chain is taken apart from the bottom first. */
let chain: Element | null = null;
/** The last element of the chain (the two paragraphs' parent): happy-dom's selectors recurse, so queries start here. */
let bottom: Element | null = null;
afterAll(async () => {
  if (chain) {
    let node: Element = chain;
    while (node.lastElementChild) node = node.lastElementChild;
    while (node !== chain) {
      const parent = node.parentElement!;
      node.remove();
      node = parent;
    }
  }
  await closeWindows();
});

const DEPTH = 20_000;
const SENTENCE = 'Ủy ban nhân dân (UBND) tỉnh Kiên Giang tổ chức hội nghị sơ kết công tác cải cách hành chính.';

/** A body with a paragraph on top and a chain of DEPTH alternating div/span elements holding two paragraphs. */
function deepBody(): Element {
  const doc = makePage('<div id="root"><p>Mở đầu bài viết về cải cách hành chính ở cấp tỉnh năm 2019.</p><div id="deep"></div></div>');
  chain = doc.getElementById('deep')!;
  let node: Element = chain;
  for (let i = 0; i < DEPTH; i++) {
    const child = doc.createElement(i % 2 ? 'span' : 'div');
    node.appendChild(child);
    node = child;
  }
  bottom = node;
  for (const text of [SENTENCE, 'Đoạn cuối: <b>HĐND</b> tỉnh theo dõi.']) {
    const p = doc.createElement('p');
    p.innerHTML = text;
    node.appendChild(p);
  }
  return doc.getElementById('root')!;
}

describe('walks over a tree 20,000 elements deep', () => {
  const root = deepBody();

  it('splits the body into blocks, the deepest ones included, in order', () => {
    const blocks = extractBodyBlocks(root).map((b) => b.text);
    expect(blocks).toEqual(['Mở đầu bài viết về cải cách hành chính ở cấp tỉnh năm 2019.', SENTENCE, 'Đoạn cuối: HĐND tỉnh theo dõi.']);
  });

  it('collects and maps the text of the whole chain', () => {
    const text = collectText(root);
    expect(text).toBe(`Mở đầu bài viết về cải cách hành chính ở cấp tỉnh năm 2019. ${SENTENCE} Đoạn cuối: HĐND tỉnh theo dõi.`);
    const map = mapText(root);
    expect(map.text).toBe(text);
    expect(map.origins).toHaveLength(map.text.length);
  });

  it('walks in document order, leaving each entered element once, and stops when asked', () => {
    let entered = 0;
    let left = 0;
    let texts = 0;
    walkDescendants(
      root,
      (node) => {
        if (node.nodeType === 3) texts++;
        if (node.nodeType !== 1) return false;
        entered++;
        return true;
      },
      () => void left++,
    );
    // The chain, #deep, three paragraphs and a <b>.
    expect(entered).toBe(DEPTH + 5);
    expect(left).toBe(entered);
    expect(texts).toBe(5);
    let seen = 0;
    walkDescendants(root, () => (++seen === 10 ? 'stop' : true));
    expect(seen).toBe(10);
  });

  it('annotates the acronyms at the bottom of the chain (whether an element may hold a wrapper: a loop up its ancestors)', async () => {
    const model = { root, blocks: extractBodyBlocks(root), source: 'site' } as unknown as ArticleModel;
    const annotator = new Annotator({
      doc: root.ownerDocument,
      ignoreMutations: (change) => change(),
      describe: (r) => r.expansion,
      yieldToPage: () => Promise.resolve(),
      nextFrame: () => Promise.resolve(),
      // (happy-dom's computed styles query the whole document, recursively)
      isHidden: () => false,
    });
    await annotator.run(model, new AbortController().signal);
    const forms = [...bottom!.querySelectorAll('abbr[data-dedoc-acronym]')].map((abbr) => abbr.textContent);
    expect(forms).toEqual(['UBND', 'HĐND']);
    annotator.restore();
    expect(bottom!.querySelectorAll('abbr').length).toBe(0);
  });
});
