// @vitest-environment happy-dom
// Sentences (of the summary, of read-aloud) are found on the live page whatever the page's whitespace, Unicode form or inline markup.
import { beforeEach, describe, expect, it } from 'vitest';
import { mapText, normalizeText } from '../../../../src/core/index';
import { findSentenceRange, locateSentence } from '../../../../src/content/ui/locate';

function paragraph(html: string): HTMLElement {
  document.body.innerHTML = `<div id="root">${html}</div>`;
  return document.getElementById('root')!;
}

describe('locating a summary sentence in the live DOM', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('finds a sentence inside one text node and leaves the page untouched', () => {
    const root = paragraph('<p>Câu đầu tiên. Năm 2018, tỷ lệ cắt giảm chi phí 19,12%. Câu cuối.</p>');
    const before = root.innerHTML;
    const range = findSentenceRange(root, 'Năm 2018, tỷ lệ cắt giảm chi phí 19,12%.');
    expect(range?.toString()).toBe('Năm 2018, tỷ lệ cắt giảm chi phí 19,12%.');
    expect(root.innerHTML).toBe(before);
  });

  it('tolerates line breaks, NBSP, soft hyphens and zero-width spaces in the page', () => {
    const root = paragraph('<p>Hôm qua,\n   27-5,&nbsp;Ban Cán\u00adsự Đảng\u200b họp.</p>');
    const range = findSentenceRange(root, 'Hôm qua, 27-5, Ban Cánsự Đảng họp.');
    expect(range).not.toBeNull();
    expect(normalizeText(range!.toString())).toBe('Hôm qua, 27-5, Ban Cánsự Đảng họp.');
  });

  it('spans inline markup (<b>, <a>, <em>) across several text nodes', () => {
    const root = paragraph('<p>Đồng chí <b>Phạm Vũ Hồng</b> – Phó Bí thư <a href="#">Tỉnh ủy</a>, <em>chủ trì</em> hội nghị. Sau đó.</p>');
    const range = findSentenceRange(root, 'Đồng chí Phạm Vũ Hồng – Phó Bí thư Tỉnh ủy, chủ trì hội nghị.');
    expect(range?.toString()).toBe('Đồng chí Phạm Vũ Hồng – Phó Bí thư Tỉnh ủy, chủ trì hội nghị.');
    expect(range?.startContainer.nodeType).toBe(3);
    expect(range?.endContainer.nodeType).toBe(3);
  });

  it('matches decomposed (NFD) page text against the NFC model text', () => {
    const nfd = 'Kiên Giang sơ kết công tác cải cách hành chính.'.normalize('NFD');
    const root = paragraph(`<p>${nfd}</p>`);
    const range = findSentenceRange(root, 'Kiên Giang sơ kết công tác cải cách hành chính.');
    expect(range).not.toBeNull();
    expect(range!.toString().normalize('NFC')).toBe('Kiên Giang sơ kết công tác cải cách hành chính.');
  });

  it('falls back to a space-insensitive match when the page glues words at a tag', () => {
    const root = paragraph('<p>Tỉnh <b>UBND</b>tỉnh đã họp.</p>');
    const range = findSentenceRange(root, 'Tỉnh UBND tỉnh đã họp.');
    expect(range?.toString()).toBe('Tỉnh UBNDtỉnh đã họp.');
  });

  it('reads block boundaries and <br> as spaces and skips script and our own UI', () => {
    const root = paragraph('<div>Một<br>hai</div><script>var x = "hai ba";</script><dedoc-root></dedoc-root><div>ba.</div>');
    expect(mapText(root).text.trim()).toBe('Một hai ba.');
  });

  it('says null when the sentence is no longer on the page', () => {
    const root = paragraph('<p>Một câu khác hẳn.</p>');
    expect(findSentenceRange(root, 'Câu đã bị trang xóa.')).toBeNull();
    expect(locateSentence([root], 'Câu đã bị trang xóa.')).toBeNull();
  });

  it('picks the block that holds the sentence among several', () => {
    document.body.innerHTML = '<p id="a">Đoạn một.</p><p id="b">Đoạn hai có câu cần tìm. Và câu khác.</p>';
    const range = locateSentence([document.getElementById('a')!, document.getElementById('b')!], 'Đoạn hai có câu cần tìm.');
    expect(range?.startContainer.parentElement?.id).toBe('b');
  });
});
