// The block text map: every block of every fixture maps its model text back to the page's own characters, so that a
// sentence or a word found in the model's text becomes a Range over the right nodes (summary jumps, read-aloud).
import { afterAll, describe, expect, it } from 'vitest';
import { detectArticle, findInText, mapBlockText, mapText, normalizeText, rangeOfText } from '../../../src/core/article/index';
import { collectText } from '../../../src/core/article/text';
import { SITES } from '../../../src/sites/index';
import { closeWindows, loadFixtures, makeDocument, makePage } from './helpers';

afterAll(closeWindows);

/** The page's characters a map's character stands for, NFC (a composed letter may come from two units). */
function pageChars(map: ReturnType<typeof mapText>, i: number): string | null {
  const origin = map.origins[i];
  return origin ? origin.node.data.slice(origin.start, origin.end).normalize('NFC') : null;
}

describe('mapText', () => {
  it('gives collectText’s text: spaces collapsed, invisible characters dropped, NFC, a space at <br> and blocks', () => {
    const doc = makePage('<div id="a"> Ủy\u00a0ban <b>nhân</b> dân<br>tỉnh <span>Kie\u0302\u0301n\u200b</span> Giang\u00ad.<p>Hai</p>\n</div>');
    const el = doc.getElementById('a')!;
    const map = mapText(el);
    expect(map.text).toBe(collectText(el));
    expect(map.text).toBe('Ủy ban nhân dân tỉnh Kiến Giang. Hai');
    expect(map.origins).toHaveLength(map.text.length);
    // The composed "ế" comes from the three units of its decomposed form.
    const at = map.text.indexOf('ế');
    expect(map.origins[at]!.end - map.origins[at]!.start).toBe(3);
  });

  it('skips script, style, hidden elements and <dedoc-root>', () => {
    const doc = makePage('<p id="a">Một<script>x()</script> hai<span hidden>ẩn</span><span style="display:none">ẩn</span> ba</p>');
    expect(mapText(doc.getElementById('a')!).text).toBe('Một hai ba');
  });

  it('turns offsets into a Range over the page’s nodes, across inline tags', () => {
    const doc = makePage('<p id="a">Chủ tịch <abbr>UBND</abbr> tỉnh <b>Kiên Giang</b> phát biểu.</p>');
    const map = mapText(doc.getElementById('a')!);
    const span = findInText(map, 'UBND tỉnh Kiên')!;
    expect(rangeOfText(map, span.start, span.end)!.toString()).toBe('UBND tỉnh Kiên');
  });

  it('finds text glued differently by inline tags (spaces ignored)', () => {
    const doc = makePage('<p id="a">Chủ tịch <b>UBND</b>tỉnh đã ký.</p>');
    const map = mapText(doc.getElementById('a')!);
    const span = findInText(map, 'UBND tỉnh đã')!;
    expect(rangeOfText(map, span.start, span.end)!.toString()).toBe('UBNDtỉnh đã');
  });

  it('keeps letters and their marks together over thousands of tags', () => {
    const doc = makePage(`<p id="a">${'<i>a\u0301</i> \u200b'.repeat(3_000)}</p>`);
    const map = mapText(doc.getElementById('a')!);
    expect(map.text).toBe(normalizeText('á '.repeat(3_000)));
  });
});

describe.each(loadFixtures().filter((f) => f.expected.article !== false))('block maps of $name', ({ html, expected }) => {
  const model = detectArticle(makeDocument(html, expected.url), { url: expected.url, sites: SITES })!;

  it('map every block’s text back to the page: the same characters, in order, nearly all of them', () => {
    let mapped = 0;
    let letters = 0;
    for (const block of model.blocks) {
      const map = mapBlockText(block);
      expect(map.text).toBe(block.text);
      let lastNode: Text | null = null;
      let lastStart = -1;
      for (let i = 0; i < map.text.length; i++) {
        const ch = map.text[i]!;
        if (/\s|[,;]/.test(ch)) continue;
        letters++;
        const page = pageChars(map, i);
        if (page === null) continue;
        mapped++;
        expect(page.includes(ch) || page.normalize('NFD').includes(ch.normalize('NFD')), `${block.kind} char ${i} "${ch}" ← "${page}"`).toBe(true);
        // Forward only: never back to an earlier character of the same node.
        const origin = map.origins[i]!;
        if (origin.node === lastNode) expect(origin.start).toBeGreaterThanOrEqual(lastStart);
        lastNode = origin.node;
        lastStart = origin.start;
      }
    }
    expect(mapped / letters).toBeGreaterThan(0.99);
  });
});
