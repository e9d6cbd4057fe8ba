// Which expansion applies where (page > user > built-in), and where the acronyms are in a text. Plain Node.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AcronymResolver, findAcronymDefinitions, mayHaveAcronyms, tokenizeAcronyms, type BuiltinDictionary } from '../../../../src/core/index';
import { lastHintEnd, nextHint, tokenEndAt } from '../../../../src/core/acronyms/resolve/tokenize';

const SEED =
  'Hôm qua, 27-5, Ban Cán sự Đảng Ủy ban nhân dân (UBND) tỉnh phối hợp Ban Dân vận Tỉnh ủy (BDVTU) tổ chức hội nghị trực tuyến với các địa phương trong tỉnh triển khai kế hoạch “Năm dân vận chính quyền” (NDVCQ) 2019. Các đồng chí: Phạm Vũ Hồng - Phó Bí thư Tỉnh ủy, Bí thư Ban Cán sự Đảng, Chủ tịch UBND tỉnh; Lâm Hoàng Sa - Ủy viên Ban Thường vụ, Trưởng BDVTU, chủ trì hội nghị.';

function forms(text: string, resolver: AcronymResolver): string[] {
  return tokenizeAcronyms(text, resolver).known.map((o) => o.form);
}

describe('AcronymResolver precedence', () => {
  it('a definition in the article beats the user, who beats the built-in dictionary', () => {
    const resolver = new AcronymResolver({
      page: [{ short: 'UBND', long: 'Ủy ban nhân dân' }],
      user: [
        { short: 'UBND', long: 'Ủy ban của tôi' },
        { short: 'HĐND', long: 'Hội đồng của tôi', note: 'ghi chú' },
      ],
    });
    expect(resolver.resolve('UBND')).toMatchObject({ source: 'page', expansion: 'Ủy ban nhân dân' });
    expect(resolver.resolve('HĐND')).toMatchObject({ source: 'user', expansion: 'Hội đồng của tôi', note: 'ghi chú' });
    expect(resolver.resolve('TTXVN')).toMatchObject({ source: 'builtin', expansion: 'Thông tấn xã Việt Nam' });
    expect(resolver.resolve('XYZQ')).toBeNull();
  });

  it('matches spelling variants through the dictionary key (dashes, spaces)', () => {
    const resolver = new AcronymResolver({ user: [{ short: 'KT-XH', long: 'kinh tế - xã hội (của bạn)' }] });
    expect(resolver.sourceOf('KT–XH')).toBe('user');
    expect(resolver.resolve('KT–XH')?.expansion).toBe('kinh tế - xã hội (của bạn)');
  });

  it('keeps every meaning of an ambiguous built-in acronym when the context does not decide, and one when it does', () => {
    const resolver = new AcronymResolver();
    const open = resolver.resolve('BCT', 'Đại diện BCT dự họp.', 9);
    expect(open?.source).toBe('builtin');
    expect([open?.expansion, ...(open?.alternatives ?? [])]).toEqual(expect.arrayContaining(['Bộ Chính trị', 'Bộ Công Thương']));
    const text = 'Thông tư 11/2026/TT-BTC của Bộ Tài chính';
    const decided = resolver.resolve('BTC', text, text.indexOf('BTC'));
    expect(decided).toMatchObject({ expansion: 'Bộ Tài chính', alternatives: [] });
  });

  it('uses the built-in dictionary it is given (benchmark and tests)', () => {
    const builtin: BuiltinDictionary = {
      has: (s) => s === 'ABC',
      resolve: (s) => ({ meanings: s === 'ABC' ? [{ long: 'A B C' }] : [], isDecided: false }),
    };
    const resolver = new AcronymResolver({ builtin });
    expect(resolver.resolve('ABC')).toMatchObject({ source: 'builtin', expansion: 'A B C' });
    expect(resolver.sourceOf('UBND')).toBeNull();
  });

  it('has a signature that changes with the page and user entries only', () => {
    const a = new AcronymResolver({ page: [{ short: 'UBND', long: 'Ủy ban nhân dân' }] });
    const b = new AcronymResolver({ page: [{ short: 'UBND', long: 'Ủy ban nhân dân' }] });
    const c = new AcronymResolver({ page: [{ short: 'UBND', long: 'Ủy ban nhân dân' }], user: [{ short: 'X1', long: 'x' }] });
    expect(a.signature).toBe(b.signature);
    expect(a.signature).not.toBe(c.signature);
  });
});

describe('tokenizeAcronyms', () => {
  it('finds the seed sentence acronyms from its own definitions', () => {
    const resolver = new AcronymResolver({ page: findAcronymDefinitions(SEED) });
    const found = tokenizeAcronyms(SEED, resolver).known;
    expect(found.map((o) => o.form)).toEqual(['UBND', 'BDVTU', 'NDVCQ', 'UBND', 'BDVTU']);
    expect(found.every((o) => o.source === 'page')).toBe(true);
    for (const o of found) expect(SEED.slice(o.start, o.end)).toBe(o.form);
  });

  it('finds known parts of document symbols and compounds', () => {
    const resolver = new AcronymResolver();
    expect(forms('Nghị định số 58/2026/NĐ-CP và Thông tư 11/2026/TT-BTC.', resolver)).toEqual(['NĐ-CP', 'TT', 'BTC']);
    expect(forms('Quyết định 12/2020/QĐ-UBND của tỉnh', resolver)).toEqual(['QĐ-UBND']);
  });

  it('prefers the longest form: two words, a dotted form, an inner dash', () => {
    const resolver = new AcronymResolver({ page: [{ short: 'UBND tỉnh', long: 'Ủy ban nhân dân tỉnh' }] });
    expect(forms('TP.HCM và TP. HCM, BCH TW, KT–XH, UBND tỉnh', resolver)).toEqual(['TP.HCM', 'TP. HCM', 'BCH TW', 'KT–XH', 'UBND tỉnh']);
  });

  it('does not take the sentence dot, or ordinary capitalised words', () => {
    const resolver = new AcronymResolver();
    const found = tokenizeAcronyms('Chủ tịch UBND. Ban Tổ chức họp.', resolver).known;
    expect(found.map((o) => o.form)).toEqual(['UBND']);
  });

  it('leaves shouted words alone: all-caps headlines and bylines', () => {
    const resolver = new AcronymResolver();
    const result = tokenizeAcronyms('CA SĨ HÁT HAY. QUỐC TRINH. BAN BIÊN TẬP', resolver);
    expect(result.known).toEqual([]);
    expect(result.unknown).toEqual([]);
  });

  it('lists all-caps tokens nobody explains, but not roman numerals', () => {
    const resolver = new AcronymResolver();
    const result = tokenizeAcronyms('Kế hoạch SXKD năm 2026, Đại hội XIV, tiêu chuẩn TCVN ISO 9001.', resolver);
    expect(result.unknown.map((u) => u.form)).toEqual(['SXKD', 'ISO']);
    expect(result.known.map((o) => o.form)).toEqual(['TCVN']);
  });

  it('finds user forms whatever their shape, case-sensitively', () => {
    const resolver = new AcronymResolver({ user: [{ short: 'Tp', long: 'thành phố' }, { short: 'đ/c', long: 'đồng chí (của bạn)' }] });
    expect(forms('Tp Rạch Giá, tp nhỏ, đ/c Hồng', resolver)).toEqual(['Tp', 'đ/c']);
    expect(resolver.resolve('đ/c')?.source).toBe('user');
  });

  it('handles NFD text (decomposed tone marks) as one token per acronym', () => {
    const resolver = new AcronymResolver();
    const nfd = 'Hội đồng nhân dân (HĐND) tỉnh'.normalize('NFD');
    const found = tokenizeAcronyms(nfd, resolver).known;
    expect(found.map((o) => nfd.slice(o.start, o.end).normalize('NFC'))).toEqual(['HĐND']);
  });
});

describe('mayHaveAcronyms (the annotator passes over text nodes it rejects)', () => {
  // Every sentence of every fixture page, NFC and NFD, each word in capitals too: the quick test may say yes
  // for nothing, but never no where the tokenizer finds something.
  const root = new URL('../../../fixtures/pages/', import.meta.url).pathname;
  const texts: string[] = [];
  for (const name of readdirSync(root)) {
    const html = readFileSync(join(root, name, 'source.html'), 'utf8').replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, ' ');
    for (const piece of html.replace(/<[^>]+>/g, '\n').split(/\n|(?<=[.;:!?])\s/)) {
      const text = piece.trim();
      if (text.length > 1) texts.push(text, text.normalize('NFD'), text.toUpperCase());
    }
  }

  it('is never false where tokenizeAcronyms finds a known or an unknown acronym', () => {
    const resolvers = [new AcronymResolver(), new AcronymResolver({ user: [{ short: 'đ/c', long: 'đồng chí' }, { short: 'XÃ', long: 'xã' }] })];
    let rejected = 0;
    for (const resolver of resolvers) {
      for (const text of texts) {
        if (mayHaveAcronyms(text, resolver)) continue;
        rejected++;
        const { known, unknown } = tokenizeAcronyms(text, resolver);
        expect({ text, known, unknown }).toEqual({ text, known: [], unknown: [] });
      }
    }
    // And it does reject most prose, which is what it is for.
    expect(texts.length).toBeGreaterThan(1000);
    expect(rejected).toBeGreaterThan(texts.length / 4);
  });

  it('finds exactly the hints of the regular expression it replaces, in order', () => {
    // The hint scan (a table lookup per character) against the expression it stands for, on every fixture text and
    // on random strings of the characters that matter (capitals and connectors of every block, lower case, slash).
    const capitals = [...Array(0x2000).keys()]
      .filter((c) => (c <= 0x5a && c >= 0x41) || (c >= 0xc0 && c <= 0x24f) || (c >= 0x370 && c <= 0x4ff) || (c >= 0x1e00 && c <= 0x1eff))
      .map((c) => String.fromCharCode(c))
      .filter((ch) => /\p{Lu}/u.test(ch))
      .join('')
      .replace(/[\]\\^-]/g, '\\$&');
    const reference = new RegExp(
      `[0-9A-Za-z\\u00C0-\\u024F\\u0300-\\u036F\\u0370-\\u04FF\\u1E00-\\u1EFF\\-&./\\u2010-\\u2015\\u2212\\uFF06][${capitals}]|\\/`,
      'g',
    );
    const alphabet = ['a', 'ư', 'Ư', 'Đ', 'đ', 'U', 'B', '5', ' ', '/', '-', '.', '&', '\u2013', '\u2212', '\uFF06', '\u0301', 'Ω', 'Ж', '×', '(', '\u00A0', 'Ạ', 'ḁ', '\u2016'];
    let seed = 7;
    const random = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const samples = [...texts];
    for (let i = 0; i < 3000; i++) samples.push(Array.from({ length: 1 + Math.floor(random() * 12) }, () => alphabet[Math.floor(random() * alphabet.length)]).join(''));
    for (const text of samples) {
      const expected: Array<[number, number]> = [];
      for (const m of text.matchAll(reference)) expected.push([m[0] === '/' ? Math.max(0, m.index - 1) : m.index + 1, m.index + m[0].length]);
      const actual: Array<[number, number]> = [];
      for (let from = 0, at = nextHint(text, from); at >= 0; at = nextHint(text, from)) {
        from = lastHintEnd();
        actual.push([at, from]);
      }
      expect({ text, hints: actual }).toEqual({ text, hints: expected });
    }
  });

  it('cuts tokens exactly where the token expression does, astral letters and lone surrogates included', () => {
    const token = /[\p{L}\p{M}\p{N}]+(?:[-&/.\u2010-\u2015\u2212\uFF06][\p{L}\p{M}\p{N}]+)*/uy;
    const alphabet = ['a', 'Ư', 'đ', '5', ' ', '/', '-', '.', '&', '\u2013', '\u2212', '\uFF06', '\u0301', '٣', '𝐀', '😀', '\uD835', '\uDC00', ',', '\u00A0', '中'];
    let seed = 11;
    const random = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const samples = texts.slice(0, 3000);
    for (let i = 0; i < 3000; i++) samples.push(Array.from({ length: 1 + Math.floor(random() * 10) }, () => alphabet[Math.floor(random() * alphabet.length)]).join(''));
    for (const text of samples) {
      for (let start = 0; start < text.length; start++) {
        // The tokenizer never starts a token on the second half of a surrogate pair (the expression would step back).
        const c = text.charCodeAt(start);
        if (c >= 0xdc00 && c <= 0xdfff && start > 0 && /[\uD800-\uDBFF]/.test(text[start - 1]!)) continue;
        token.lastIndex = start;
        const m = token.exec(text);
        expect({ text, start, end: tokenEndAt(text, start) }).toEqual({ text, start, end: m ? start + m[0].length : start });
      }
    }
  });

  it('lets every text through when a page or user form starts with an ordinary word', () => {
    const resolver = new AcronymResolver({ user: [{ short: 'Tp', long: 'thành phố' }] });
    expect(mayHaveAcronyms('về Tp Rạch Giá', resolver)).toBe(true);
    expect(forms('về Tp Rạch Giá', resolver)).toEqual(['Tp']);
  });
});

