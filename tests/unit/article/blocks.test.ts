// The body splitter on small pages: paragraph boundaries, boilerplate, captions, tables, credits.
import { afterAll, describe, expect, it } from 'vitest';
import { extractBodyBlocks } from '../../../src/core/article/blocks';
import { closeWindows, makePage } from './helpers';

afterAll(closeWindows);

function blocksOf(bodyHtml: string, exclude: string[] = []) {
  const doc = makePage(`<div id="root">${bodyHtml}</div>`);
  const root = doc.getElementById('root')!;
  return extractBodyBlocks(root, { exclude }).map((block) => [block.kind, block.text] as const);
}

const LONG = 'Ủy ban nhân dân tỉnh vừa ban hành kế hoạch triển khai chương trình chuyển đổi số năm 2026 với nhiều nội dung.';

describe('extractBodyBlocks', () => {
  it('keeps paragraph boundaries: one block per paragraph, never glued', () => {
    expect(blocksOf('<p>Có hiệu lực từ ngày 1/3/2026.</p><p>Nghị quyết số 46/2025/NQ-HĐND quy định…</p>')).toEqual([
      ['paragraph', 'Có hiệu lực từ ngày 1/3/2026.'],
      ['paragraph', 'Nghị quyết số 46/2025/NQ-HĐND quy định…'],
    ]);
  });

  it('joins inline elements without adding spaces, and puts a space at <br>', () => {
    expect(blocksOf('<p>Nghị định <a href="#">357/2025/NĐ-CP</a> quy định<br>về nhà ở.</p>')).toEqual([
      ['paragraph', 'Nghị định 357/2025/NĐ-CP quy định về nhà ở.'],
    ]);
  });

  it('turns loose text between blocks into a paragraph of its container', () => {
    const blocks = blocksOf(`Đoạn mở đầu nằm ngay trong thẻ div.<br><br>Vẫn đoạn đó.<p>${LONG}</p>`);
    expect(blocks).toEqual([
      ['paragraph', 'Đoạn mở đầu nằm ngay trong thẻ div. Vẫn đoạn đó.'],
      ['paragraph', LONG],
    ]);
  });

  it('leaves out scripts, hidden elements and empty or symbol-only lines', () => {
    expect(
      blocksOf(`<p>${LONG}<script>googletag.display("ad")</script></p><div style="display:none"><p>Ẩn</p></div><p aria-hidden="true">Ẩn nữa</p><p>&nbsp;</p><p>•</p>`),
    ).toEqual([['paragraph', LONG]]);
  });

  it('leaves out trailers, share bars, font widgets and related boxes', () => {
    const blocks = blocksOf(`
      <p>${LONG}</p>
      <div class="c-share-scroll"><a href="#">Chia sẻ Facebook</a></div>
      <div class="article-tools">Xem với cỡ chữ <a href="#">A</a><a href="#">A</a></div>
      <div class="box"><h3>Tin liên quan</h3><ul><li><a href="/1">Giá vàng tăng mạnh trong phiên sáng</a></li><li><a href="/2">Tỷ giá USD đi ngang</a></li></ul></div>
      <p>Đọc tiếp</p>
      <p><em>* Mời bạn đọc vào chuyên mục </em><a href="/y-te"><em>Y tế</em></a><em> xem các tin, bài liên quan.</em></p>
      <div class="post-tag">Từ khóa: <a href="/t">ngộ độc rượu</a></div>
    `);
    expect(blocks).toEqual([['paragraph', LONG]]);
  });

  it('honours site exclude selectors', () => {
    expect(blocksOf(`<p>${LONG}</p><div type="RelatedOneNews"><p>Một bài khác không liên quan đến nội dung chính.</p></div>`, ['[type="RelatedOneNews"]'])).toEqual([
      ['paragraph', LONG],
    ]);
  });

  it('keeps a boxed story inside the body: it has a heading but no links', () => {
    expect(blocksOf(`<div class="VCSortableInPreviewMode"><h3>Hoa nội địa có "té nước theo mưa"?</h3><p>${LONG}</p></div>`)).toEqual([
      ['heading', 'Hoa nội địa có "té nước theo mưa"?'],
      ['paragraph', LONG],
    ]);
  });

  it('marks captions: figcaption, photo tables, italic line under a photo', () => {
    expect(
      blocksOf(`
        <figure><img src="a.jpg"><figcaption><p>Ảnh minh họa / Vietnam+</p></figcaption></figure>
        <table class="imgEditor"><tr><td><img src="b.jpg"></td></tr><tr><td>Bác sĩ khám cho người bệnh.</td></tr></table>
        <p style="text-align:center"><img src="c.jpg"></p>
        <p style="text-align:center"><em>Đồng chí Chủ tịch UBND tỉnh phát biểu tại hội nghị.</em></p>
        <p><em>Một câu in nghiêng bình thường, không có ảnh nào phía trên nó cả.</em></p>
      `),
    ).toEqual([
      ['caption', 'Ảnh minh họa / Vietnam+'],
      ['caption', 'Bác sĩ khám cho người bệnh.'],
      ['caption', 'Đồng chí Chủ tịch UBND tỉnh phát biểu tại hội nghị.'],
      ['paragraph', 'Một câu in nghiêng bình thường, không có ảnh nào phía trên nó cả.'],
    ]);
  });

  it('reads a data table as one block, row by row', () => {
    expect(
      blocksOf('<table><tr><th>Địa bàn</th><th>Số hồ sơ</th></tr><tr><td>Xã Thanh Xương</td><td>88</td></tr></table>'),
    ).toEqual([['table', 'Địa bàn, Số hồ sơ; Xã Thanh Xương, 88']]);
  });

  it('walks into a layout table around prose', () => {
    const prose = `${LONG} ${LONG} ${LONG}`;
    expect(blocksOf(`<table><tr><td><p>${prose}</p><p>${LONG}</p></td></tr></table>`)).toEqual([
      ['paragraph', prose],
      ['paragraph', LONG],
    ]);
  });

  it('reads headings, list items and wholly bold short lines as headings', () => {
    expect(blocksOf(`<h2>Quy định mới về cư trú</h2><p><strong>Hỗ trợ doanh nghiệp</strong></p><ul><li>Điều 1.</li><li>Điều 2.</li></ul><p><strong>Lưu ý:</strong></p>`)).toEqual([
      ['heading', 'Quy định mới về cư trú'],
      ['heading', 'Hỗ trợ doanh nghiệp'],
      ['list-item', 'Điều 1.'],
      ['list-item', 'Điều 2.'],
      ['paragraph', 'Lưu ý:'],
    ]);
  });

  it('marks closing credit lines as author: capitals, agencies, "Theo …", right-aligned names', () => {
    expect(blocksOf(`<p>${LONG}</p><p style="text-align: right;"><strong>QUỐC TRINH</strong></p>`).at(-1)).toEqual(['author', 'QUỐC TRINH']);
    expect(blocksOf(`<p>${LONG}</p><p><strong>TTXVN</strong></p>`).at(-1)).toEqual(['author', 'TTXVN']);
    expect(blocksOf(`<p>${LONG}</p><p class="author">Theo Vietnamnet</p>`).at(-1)).toEqual(['author', 'Theo Vietnamnet']);
    expect(blocksOf(`<p>${LONG}</p><p style="text-align:right;"><strong>Hà Thu</strong> <em>(tổng hợp)</em></p>`).at(-1)).toEqual([
      'author',
      'Hà Thu (tổng hợp)',
    ]);
  });

  it('does not take an ordinary closing sentence or a bold subheading for a credit', () => {
    expect(blocksOf(`<p>${LONG}</p><p>Nghị định có hiệu lực từ ngày 1/3/2026.</p>`).at(-1)).toEqual([
      'paragraph',
      'Nghị định có hiệu lực từ ngày 1/3/2026.',
    ]);
    expect(blocksOf(`<p>${LONG}</p><p><strong>Hỗ trợ doanh nghiệp</strong></p><p>${LONG}</p>`).map(([kind]) => kind)).toEqual([
      'paragraph',
      'heading',
      'paragraph',
    ]);
  });
});
