// One resolution per article: its own definitions beat the user's entries, which beat the built-in dictionary; read-
// aloud gets the meaning each acronym has in its sentence, and nothing for an ambiguous one the sentence leaves open.
import { describe, expect, it } from 'vitest';
import { articleDefinitions, articleResolver, decidedAcronyms } from '../../../../src/core/index';
import type { ArticleModel, Block } from '../../../../src/core/index';

function model(texts: Array<[Block['kind'], string]>): ArticleModel {
  const element = {} as Element;
  const blocks = texts.map(([kind, text]) => ({ kind, element, text }));
  return { root: element, blocks, source: 'site' };
}

describe('the article’s acronym resolution', () => {
  const article = model([
    ['title', 'UBND tỉnh sơ kết Năm dân vận chính quyền'],
    ['paragraph', 'Ban Dân vận Tỉnh ủy (BDVTU) phối hợp với Ủy ban nhân dân (UBND) tỉnh tổ chức hội nghị.'],
    ['paragraph', 'Lãnh đạo BDVTU và HĐND tỉnh dự.'],
    ['author', 'Ban Biên tập (BBT)'],
  ]);

  it('collects the definitions the article gives, from its text blocks only', () => {
    expect(articleDefinitions(article).map((d) => d.short)).toEqual(['BDVTU', 'UBND']);
  });

  it('resolves page > user > built-in', () => {
    const resolver = articleResolver(article, [{ short: 'UBND', long: 'ủy ban của tôi' }, { short: 'HĐND', long: 'Hội đồng của tôi' }]);
    expect(resolver.resolve('UBND')).toMatchObject({ source: 'page', expansion: 'Ủy ban nhân dân' });
    expect(resolver.resolve('HĐND')).toMatchObject({ source: 'user', expansion: 'Hội đồng của tôi' });
    expect(resolver.resolve('TTXVN')).toMatchObject({ source: 'builtin' });
  });

  it('gives read-aloud the decided meaning of each acronym of a sentence, none for an open ambiguity', () => {
    const resolver = articleResolver(article);
    expect(decidedAcronyms('Lãnh đạo BDVTU và HĐND tỉnh dự.', resolver)).toEqual({ BDVTU: 'Ban Dân vận Tỉnh ủy', HĐND: 'Hội đồng nhân dân' });
    // "Lãnh đạo BCT" does not say which BCT (Bộ Chính trị or Bộ Công Thương).
    expect(decidedAcronyms('Lãnh đạo BCT dự.', resolver)).toEqual({});
  });
});
