// @vitest-environment happy-dom
// The article's one acronym resolution, shared by the tooltips and the key facts: made in slices, each in a task of
// its own (a long article's definitions took one task of 150 ms on the fuzz's 100,000-node page), then handed out
// at once to whoever asks (articleAcronyms) without being made again.
import { describe, expect, it } from 'vitest';
import { extractBodyBlocks } from '../../../src/core/article/blocks';
import type { ArticleModel } from '../../../src/core/index';
import type { FeatureContext } from '../../../src/content/feature';
import { articleAcronyms, articleAcronymsSoon } from '../../../src/content/ui/article-acronyms';

/** A feature context with only what the resolution uses: the document and the per-article memo (as the runner keeps it). */
function contextFor(model: ArticleModel): { context: FeatureContext; made: string[] } {
  const memos = new Map<string, unknown>();
  const made: string[] = [];
  const article = {
    current: () => model,
    memo: <T>(key: string, make: (m: ArticleModel) => T): T | null => {
      if (!memos.has(key)) {
        made.push(key);
        memos.set(key, make(model));
      }
      return memos.get(key) as T;
    },
  };
  return { context: { document, article } as unknown as FeatureContext, made };
}

describe('the article acronym resolution made in slices', () => {
  it('does not search a long article in one task, and then shares what it made', async () => {
    const paragraphs = Array.from({ length: 400 }, (_, i) => `<p>Đoạn ${i}: Ủy ban nhân dân (UBND) tỉnh và Quỹ Xanh Zin Tốt (QXZT) họp về cải cách hành chính ở cấp xã.</p>`);
    document.body.innerHTML = `<div id="root">${paragraphs.join('')}</div>`;
    const root = document.getElementById('root')!;
    const model = { root, blocks: extractBodyBlocks(root), source: 'site' } as unknown as ArticleModel;
    const { context, made } = contextFor(model);
    let isMade = false;
    const soon = articleAcronymsSoon(context, []);
    void soon.then(() => void (isMade = true));
    // Not made in this task (nor in its microtasks): the slices after the first run in tasks of their own.
    for (let i = 0; i < 10; i++) await Promise.resolve();
    expect(isMade).toBe(false);
    const resolver = await soon;
    expect(resolver?.resolve('QXZT', 'QXZT', 0)?.expansion).toBe('Quỹ Xanh Zin Tốt');
    // The same resolver for the features that read it at once, made once.
    expect(articleAcronyms(context, [])).toBe(resolver);
    expect(await articleAcronymsSoon(context, [])).toBe(resolver);
    expect(made).toEqual(['acronyms:none:soon', 'acronyms:none']);
  });
});
