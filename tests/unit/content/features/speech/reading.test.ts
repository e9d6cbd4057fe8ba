// What read-aloud reads on real pages (the demo page and fixtures, parsed with happy-dom): the article's blocks in
// order from the title, never the dateline or the author line, captions as the reader chooses; sentences spoken
// with the article's acronym resolution; a selection and the summary's sentences mapped back to the page.
import { describe, expect, it } from 'vitest';
import { articleResolver } from '../../../../../src/core/index';
import { blocksToRead, TextScript } from '../../../../../src/content/features/speech/reading';
import { selectionSources, sentenceSources } from '../../../../../src/content/features/speech/selection';
import { blockSource } from '../../../../../src/content/features/speech/source';
import { loadPage } from '../summary/pages';

describe('what is read', () => {
  it('demo page: from the title, paragraphs and the caption in order; no dateline, no author', () => {
    const { model } = loadPage('demo');
    const blocks = blocksToRead(model!, { captions: true });
    expect(blocks[0]!.kind).toBe('title');
    expect(blocks.map((b) => b.kind)).not.toContain('dateline');
    expect(blocks.map((b) => b.kind)).not.toContain('author');
    expect(blocks.map((b) => b.kind)).toContain('caption');
    expect(blocksToRead(model!, { captions: false }).map((b) => b.kind)).not.toContain('caption');
  });

  it('qdnd: the title is read first though the dateline comes before it in the page', () => {
    const { model } = loadPage('qdnd');
    const blocks = blocksToRead(model!, { captions: true });
    expect(blocks[0]!.kind).toBe('title');
    expect(blocks[1]!.kind).toBe('sapo');
  });

  it('the article’s own definitions and the built-in dictionary speak the acronyms; numbers and dates as words', () => {
    const { model } = loadPage('demo');
    const blocks = blocksToRead(model!, { captions: true });
    const script = new TextScript(blocks.map((b) => b.text), { resolver: articleResolver(model!, []), rate: 1 });
    expect(script.sentences[0]).toEqual({ source: 0, start: 0, end: blocks[0]!.text.length });
    const spoken = script.chunksOf(1).map((c) => c.speech.text).join(' ');
    expect(spoken).toMatch(/^Hôm qua, hai mươi bảy tháng năm, Ban Cán sự Đảng Ủy ban nhân dân tỉnh phối hợp Ban Dân vận Tỉnh ủy tổ chức/);
    // Every chunk's offsets are the page's own text: the highlight can be placed exactly.
    for (let i = 0; i < script.sentences.length; i++) {
      const sentence = script.sentences[i]!;
      for (const chunk of script.chunksOf(i)) {
        expect(chunk.start).toBeGreaterThanOrEqual(sentence.start);
        expect(chunk.end).toBeLessThanOrEqual(sentence.end);
      }
    }
  });

  it('sentenceAt finds the sentence at an offset of a block (read from here)', () => {
    const script = new TextScript(['Một. Hai ba.', 'Bốn.'], { resolver: null, rate: 1 });
    expect(script.sentenceAt(0, 0)).toBe(0);
    expect(script.sentenceAt(0, 6)).toBe(1);
    expect(script.sentenceAt(1, 0)).toBe(2);
    expect(script.sentenceAt(0, 999)).toBe(1);
  });

  it('a block’s ranges are exactly its text on the page, also after the page split its text nodes', () => {
    const { document, model } = loadPage('demo');
    const block = blocksToRead(model!, { captions: true })[1]!;
    const source = blockSource(block);
    expect(source.range(0, 7)?.toString()).toBe('Hôm qua');
    // The acronym feature wraps "UBND": the text node is split; the source finds its characters again.
    const text = [...block.element.childNodes].find((n) => n.nodeType === 3 && (n as Text).data.includes('UBND')) as Text;
    const at = text.data.indexOf('UBND');
    const rest = text.splitText(at);
    const abbr = document.createElement('abbr');
    rest.splitText(4);
    rest.replaceWith(abbr);
    abbr.append(rest);
    const start = block.text.indexOf('(UBND)');
    expect(source.range(start, start + 6)?.toString()).toBe('(UBND)');
  });

  it('a selection inside a paragraph is read as it is, mapped to its characters', () => {
    const { document, model } = loadPage('demo');
    const blocks = blocksToRead(model!, { captions: true });
    const paragraph = blocks[1]!.element;
    const text = paragraph.firstChild as Text;
    const range = document.createRange();
    range.setStart(text, 9);
    range.setEnd(text, 40);
    const sources = selectionSources(range, blocks);
    expect(sources).toHaveLength(1);
    expect(sources[0]!.text).toBe(text.data.slice(9, 40).trim());
    expect(sources[0]!.range(0, 4)?.toString()).toBe(text.data.slice(9, 13));
  });

  it('the summary’s sentences are found in the article for their highlight', () => {
    const { model } = loadPage('demo');
    const blocks = blocksToRead(model!, { captions: true });
    const sentence = 'Kinh tế - xã hội có nhiều tiến bộ trên nhiều lĩnh vực, nhiều chỉ tiêu tăng cao; các chính sách an sinh xã hội được quan tâm chỉ đạo thực hiện; tỷ lệ hộ nghèo giảm.';
    const [source, missing] = sentenceSources([sentence, 'Không có trong bài.'], blocks);
    expect(source!.range(0, sentence.length)?.toString()).toBe(sentence);
    expect(missing!.range(0, 3)).toBeNull();
  });
});
