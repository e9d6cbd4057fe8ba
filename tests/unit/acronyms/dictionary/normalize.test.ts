import { describe, expect, it } from 'vitest';
import { foldForMatch, lowerKeepingLength } from '../../../../src/core/acronyms/dictionary/normalize';

/** The lower-casing step as specified, one character at a time (the implementation lowers the whole string when that is the same). */
function lowerOneByOne(text: string): string {
  let out = '';
  for (const ch of text) {
    const unified = ch === '\u00D0' ? '\u0110' : ch === '\u00F0' ? '\u0111' : ch;
    const lower = unified.toLowerCase();
    out += lower.length === ch.length ? lower : ch;
  }
  return out;
}

describe('foldForMatch', () => {
  it('keeps the length and folds case, eth and old-style tones', () => {
    const text = 'ÐBQH Hoà Bình, KHOẺ, Thuỷ, Quý, UBND TP.HCM';
    expect(foldForMatch(text)).toBe('đbqh hòa bình, khỏe, thủy, quý, ubnd tp.hcm');
    expect(foldForMatch(text)).toHaveLength(text.length);
  });

  it('lowers every character as one at a time would, alone and between letters (BMP, astral scripts with case)', () => {
    // The BMP, and the astral blocks that have case (Deseret, Osage, Vithkuqi, Old Hungarian, Warang Citi,
    // Medefaidrin, Adlam) or letters that look like it (mathematical alphanumerics).
    const astral = [0x10400, 0x10c00, 0x11800, 0x16c00, 0x1d400, 0x1e800];
    const blocks = [...Array(0x40).keys()].map((i) => i * 0x400).concat(astral);
    for (const block of blocks) {
      const chars: string[] = [];
      for (let c = block; c < block + 0x400; c++) if (c < 0xd800 || c > 0xdfff) chars.push(String.fromCodePoint(c));
      for (const text of [chars.join(''), chars.map((ch) => `A${ch}b `).join(''), chars.map((ch) => `ΟΔΟΣ${ch}Σ `).join('')]) {
        expect(lowerKeepingLength(text), `block U+${block.toString(16)}`).toBe(lowerOneByOne(text));
      }
    }
  });

  it('keeps İ (whose lower case is longer) and lowers Σ as a single letter, whatever is around it', () => {
    expect(foldForMatch('İSTANBUL')).toBe('İstanbul');
    expect(foldForMatch('ΟΔΟΣ')).toBe('οδοσ');
    expect(foldForMatch('ÐÔNG')).toBe('đông');
  });
});
