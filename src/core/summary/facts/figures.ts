// Figures: a quantity with its unit or what it counts ("61,3%", "1.200 tỷ đồng", "183,8 triệu đồng/lượng",
// "125.000 hồ sơ", "11 loại vắc xin", "thời hạn 5 năm"), with what it measures, read from the words after the
// number ("61,3% hồ sơ trực tuyến", "69 doanh nghiệp nhà nước") or the subject before it ("tỷ lệ … đạt 19,12%").
// Not figures: ages, dates, references and positions ("Nghị định 68", "lần thứ 17", "quận 8"), a number with neither
// unit nor object, and time frames of the story ("trong 3 năm qua"). Every look around a number is a bounded
// number of tokens (MAX_MEASURE_LOOKBACK, MAX_MEASURE_WORDS), so a sentence of thousands of figures stays linear.
import {
  AGE_MEASURES,
  MEASURE_AUXILIARIES,
  MEASURE_CUTS,
  MEASURE_LEADS,
  MEASURE_VERBS,
  MEASURE_NOUNS,
  NUMBER_WORDS,
  NOT_REFERENCES,
  PRISON_WORDS,
  REFERENCE_BEFORE,
  REPORTING_VERBS,
  TIME_FRAME_AFTER,
  TIME_FRAME_BEFORE,
  TIME_REFERENCES,
} from './lexicon/figures';
import { AGE, isDash, NOT_OBJECT, unitAfter, type UnitKind } from './figure-units';
import { normOf, PhraseSet, sliceTokens, wordSet, type Token } from './tokens';
import type { Covered } from './when';
import type { Window } from './windows';
import type { FigureFact } from './types';

/** A measure longer than this has run into the rest of the sentence. */
const MAX_MEASURE_WORDS = 12;
/** Syllables a measure keeps before it may be cut at a preposition. */
const MEASURE_MIN_WORDS = 2;
/** A measure shorter than this (in syllables) says too little: the words around the number are added. */
const MEASURE_ENOUGH_WORDS = 2;
/** Tokens looked at before a number for what it measures. */
const MAX_MEASURE_LOOKBACK = 30;
/** Words of the clause before a count added to a measure that is only the counted noun. */
const MAX_LEAD_WORDS = 8;
/** Words after a counted noun that say which ones well enough without the verb before the number. */
const MEASURE_ENOUGH_AFTER = 3;
/** Words of the verb phrase before a bare measure noun added to it ("số tiền | trao tặng UBND tỉnh Thanh Hoá"). */
const MAX_NOUN_LEAD_WORDS = 7;
/** Words of the verb phrase before a count added to what it counts. */
const MAX_LEAD_VERB_WORDS = 5;
/** A measure before its number longer than this starts after the clause's last auxiliary, next to the number. */
const MAX_SUBJECT_MEASURE = 8;
/** Clauses looked at before a number when its own clause has no subject: "Giá vàng … giảm, xuống mức 183,8 …". */
const EARLIER_CLAUSES = 2;

const FRAME_AFTER = new PhraseSet(TIME_FRAME_AFTER);
const FRAME_BEFORE = new PhraseSet(TIME_FRAME_BEFORE);
const AGE_MEASURE = AGE_MEASURES.map(normOf);
const PRISON = new PhraseSet(PRISON_WORDS);
const REFERENCES = new PhraseSet(REFERENCE_BEFORE);
const TIME_REFERENCE = new PhraseSet(TIME_REFERENCES);
const NOT_REFERENCE = new PhraseSet(NOT_REFERENCES);
const MEASURE_HEADS = new PhraseSet(MEASURE_NOUNS);
const REPORTING = new PhraseSet(REPORTING_VERBS);
const VERBS = new PhraseSet(MEASURE_VERBS);
const LEADS = new PhraseSet(MEASURE_LEADS);
/** Words before which a measure is cut only when it comes before its number. */
const LOCATIVES: readonly string[] = ['tại', 'ở', 'trên', 'trong', 'của'];
const CUTS = new PhraseSet(MEASURE_CUTS);
const AUXILIARIES = new PhraseSet(MEASURE_AUXILIARIES);
/**
 * After the counted noun, a place or a position still says which ones were counted ("400 nhà | tại khu vực TP Hà
 * Giang bị ngập", "20.000 căn nhà | trên và ven kênh rạch"): only the other prepositions cut the measure there.
 */
const AFTER_CUTS = new PhraseSet(MEASURE_CUTS.filter((c) => !LOCATIVES.includes(c)));
const RANGE_WORDS = wordSet(['đến', 'tới']);
/** "từ 40,8% | lên | 42,13%": the second number of a change measures what the first does. */
const CHANGE_WORDS = wordSet(['lên', 'xuống', 'đến', 'tới', 'còn']);
/** Words joining the items of a list of counts: "6.300 ôtô | và | 4.000 xe máy". */
const ITEM_JOINS = wordSet(['và', 'hoặc']);
/** Tokens looked back over for the first item of a list or the start of a change ("từ 40,8% lên"). */
const MAX_ITEM_LOOKBACK = 5;
/** Words after "và" that start another clause, not another word of the measure: "527 lô | và được cấp …". */
const CLAUSE_AFTER_JOIN = wordSet(['được', 'bị', 'đã', 'đang', 'sẽ', 'cũng', 'không', 'chưa', 'vẫn']);
/** Words of a purpose ("để lo việc chạy án") or a place ("tại khu phố mới Tân Thạnh") added to a short measure. */
const MAX_PURPOSE_WORDS = 6;
/** Words before "có" that say what has a measure ("dự án khu đô thị Harbour Ville | có diện tích 17ha"). */
const MAX_OWNER_WORDS = 8;
/** Words after a figure that complete a short measure: its purpose, its place. */
const COMPLETING = wordSet(['để', 'tại', 'ở']);
/** A measure this short is completed by the purpose or place after its figure. */
const MAX_COMPLETED_WORDS = 5;
const NUMBER_WORD = wordSet(NUMBER_WORDS);
const PER_WORDS = wordSet(['trên', '/', 'mỗi']);
const POPULATION = new PhraseSet(['dân', 'người dân', 'dân số']);
/** Prepositions that stay in a measure before a name: "cổ phần tại Habeco", "lợi nhuận của Sabeco". */
const NAME_PREPOSITIONS = wordSet(['tại', 'của', 'ở', 'đến']);
/** Compounds ending in a preposition, which do not cut a measure: "khối nhà ở liền kề". */
const NOT_CUTS = new PhraseSet(['nhà ở', 'chỗ ở', 'nơi ở']);

/** Punctuation that ends a clause; "," and "." inside numbers are part of the number token already. */
const CLAUSE_ENDS = new Set([',', '.', ';', ':', '!', '?', '(', ')', '“', '”', '"', '…']);

/**
 * End of the words in tokens[from..) up to the clause's end, at most MAX_MEASURE_WORDS of them; a bracket right
 * after the first word is kept: "672/696 người (đơn vị sự nghiệp chưa tự chủ)".
 */
function clauseEnd(tokens: readonly Token[], from: number, bracketAt = from + 1): number {
  let k = from;
  while (k < tokens.length && k - from < MAX_MEASURE_WORDS * 2) {
    const t = tokens[k]!;
    if (t.text === '(' && k === bracketAt) {
      let close = k + 1;
      let hasNumber = false;
      while (close < tokens.length && close - k < MAX_MEASURE_WORDS * 2 && tokens[close]!.text !== ')') {
        if (tokens[close]!.kind === 'number') hasNumber = true;
        close++;
      }
      // A bracket with a number of its own is another figure: "1.000 biên chế (mỗi huyện tăng 1-2 người)".
      if (tokens[close]?.text === ')' && !hasNumber) {
        k = close + 1;
        continue;
      }
    }
    if (CLAUSE_ENDS.has(t.text)) break;
    k++;
  }
  return k;
}

/**
 * A measure's words: at most MAX_MEASURE_WORDS, cut before a preposition once it has two syllables; a
 * preposition before a name stays ("cổ phần tại Habeco", "lợi nhuận của Sabeco").
 */
function limitMeasure(tokens: readonly Token[], from: number, to: number, cuts = CUTS): number {
  const end = Math.min(to, from + MAX_MEASURE_WORDS);
  for (let k = from + MEASURE_MIN_WORDS; k < end; k++) {
    const cut = cuts.matchAt(tokens, k);
    if (cut === 0 || tokens[k]!.isCapitalised || NOT_CUTS.matchBefore(tokens, k + 1, 2) > 0) continue;
    if (NAME_PREPOSITIONS.has(tokens[k]!.norm) && tokens[k + cut]?.isCapitalised === true && k + cut < end) continue;
    return k;
  }
  return end;
}

/** Start of the clause that ends at tokens[end] (exclusive), no further back than `floor`. */
function clauseStart(tokens: readonly Token[], end: number, floor: number): number {
  let k = end;
  while (k > floor && !CLAUSE_ENDS.has(tokens[k - 1]!.text)) k--;
  return k;
}

/** tokens[from..to) without the measure verbs at its end and the connectives at its start. */
function stripMeasure(tokens: readonly Token[], from: number, to: number): [number, number] {
  let [a, b] = [from, to];
  for (let changed = true; changed && b > a; ) {
    changed = false;
    // A verb that is also a noun of the measure stays after a lone measure noun: "lượng | giao dịch".
    const verb = VERBS.matchBefore(tokens, b, 3);
    const isLoneNoun = b - verb - a === 1 && MEASURE_HEADS.matchAt(tokens, a) === 1;
    if (verb > 0 && b - verb >= a && !isLoneNoun) {
      b -= verb;
      changed = true;
    }
    const lead = LEADS.matchAt(tokens, a);
    if (lead > 0 && a + lead <= b) {
      a += lead;
      changed = true;
    }
    while (a < b && tokens[a]!.kind === 'punct') {
      a++;
      changed = true;
    }
  }
  return [a, b];
}

/**
 * Where the measure starts in tokens[a..b): at the first measure noun ("… với | số vốn", "công bố | tỷ giá …",
 * "| tỷ lệ cắt giảm chi phí …"), else after the last reporting verb ("HSC cho rằng | …"), else at the clause's start
 * (its subject).
 */
function measureStart(tokens: readonly Token[], a: number, b: number): number {
  for (let k = a; k < b; k++) {
    const n = MEASURE_HEADS.matchAt(tokens, k);
    if (n === 0) continue;
    // A one-syllable measure noun stands at the clause's start or after a function word ("có giá", "với số vốn"),
    // not inside another word ("đánh giá", "thiểu số").
    if (n === 1 && k > a && CUTS.matchAt(tokens, k - 1) === 0 && VERBS.matchAt(tokens, k - 1) === 0) continue;
    return k;
  }
  for (let k = b - 1; k > a; k--) {
    const verb = REPORTING.matchAt(tokens, k);
    if (verb > 0 && !tokens[k]!.isCapitalised && k + verb < b) return k + verb;
  }
  return a;
}

/** The measure before a number: what its clause says it is, or an earlier clause's when the clause has none. */
function measureBefore(w: Window, numberAt: number, ownClauseOnly = false): string {
  const { tokens } = w;
  const floor = Math.max(0, numberAt - MAX_MEASURE_LOOKBACK);
  let end = numberAt;
  let parts: string[] = [];
  // The number's own clause gave only a measure noun ("Người dân tộc thiểu số: 204 người, | tỷ lệ 23%"): it says what
  // kind of number, an earlier clause's subject says of what, and reads after it ("tỷ lệ Người dân tộc thiểu số").
  let bareHead = false;
  for (let n = 0; n <= (ownClauseOnly ? 0 : EARLIER_CLAUSES) && end > floor; n++) {
    const start = clauseStart(tokens, end, floor);
    // An earlier clause lends its subject only: what stands before its own number ("giá vàng … tại mức | 180,8 …").
    let own = end;
    if (n > 0) for (let k = start; k < end; k++) if (tokens[k]!.kind === 'number') own = Math.min(own, k);
    let [a, b] = stripMeasure(tokens, start, own);
    // In the number's own clause, an earlier figure's words are not this one's: "… của 5 đoàn | kiểm tra tại 10 tỉnh".
    if (n === 0) {
      let last = -1;
      for (let k = a; k < b; k++) if (tokens[k]!.kind === 'number') last = k;
      // Past the earlier figure's unit too: "15,5 ha | với giá chưa tới 550.000 đồng / m2".
      const unit = last >= 0 ? unitAfter(tokens, last) : null;
      const after = unit !== null && unit.kind !== 'counted' ? Math.max(last + 1, Math.min(b, unit.end)) : last + 1;
      if (last >= 0 && b - after >= 2) [a, b] = stripMeasure(tokens, after, b);
    }
    let from = measureStart(tokens, a, b);
    // A one-syllable measure noun says less than its clause: "vàng thế giới đang có | giá".
    if (from > a && limitMeasure(tokens, from, b) - from < 2) from = a;
    // A long clause: what the number measures is the verb phrase next to it, after its subject and auxiliary
    // ("… nên UBND huyện đã | xử phạt hành chính 40 triệu đồng").
    if (n === 0 && b - from > MAX_SUBJECT_MEASURE) {
      for (let k = b - MEASURE_MIN_WORDS - 1; k >= from; k--) {
        if (tokens[k]!.isCapitalised || AUXILIARIES.matchAt(tokens, k) === 0) continue;
        from = k + AUXILIARIES.matchAt(tokens, k);
        break;
      }
    }
    const cut = limitMeasure(tokens, from, b);
    if (cut > from) {
      const words = sliceTokens(w.text, tokens, from, cut);
      parts = bareHead ? [parts[0]!, words, ...parts.slice(1)] : [words, ...parts];
    }
    if (bareHead && cut > from) break;
    // A bare measure noun says what kind of number, not of what: the verb phrase before it says that ("cũng trao tặng
    // UBND tỉnh Thanh Hoá | số tiền 200 triệu đồng" → "số tiền trao tặng UBND tỉnh Thanh Hoá").
    if (n === 0 && cut === b && from > a && MEASURE_HEADS.isPhrase(tokens, from, cut)) {
      const phrase = leadBefore(w, from, MAX_NOUN_LEAD_WORDS) || ownerBefore(w, a, from);
      if (phrase !== '') parts = [`${parts[0]!} ${phrase}`, ...parts.slice(1)];
    }
    if (n === 0 && from === a && cut === b && b > a && MEASURE_HEADS.isPhrase(tokens, from, cut)) bareHead = true;
    if ((!bareHead && parts.join(' ').split(' ').length >= MEASURE_ENOUGH_WORDS) || start <= floor) break;
    end = start - 1;
    // An aside in brackets is passed over: "… 180,8-183,8 triệu đồng/lượng (mua - bán), giảm 900.000 …".
    if (tokens[end]?.text === ')') {
      let open = end - 1;
      while (open > floor && tokens[open]!.text !== '(') open--;
      if (tokens[open]?.text === '(') end = open;
    }
  }
  return parts.join(' ');
}

/** The measure after a number: what it counts and the words after, to the clause's end or the next figure. */
function measureAfter(w: Window, from: number, bracketAt = from + 1): string {
  const { tokens } = w;
  let to = clauseEnd(tokens, from, bracketAt);
  // "5% ca ung thư dạ dày và 0,2-1% ung thư …": the next figure starts a new measure.
  for (let k = from; k < to; k++) {
    const isJoin = tokens[k]!.norm === 'và' || tokens[k]!.norm === 'hoặc' || (tokens[k]!.text === '/' && tokens[k + 1]?.kind === 'number' && isSecondCount(tokens, k + 1));
    // "… và gần 20 người bị thương": a word such as "gần", "hơn" may stand between; "… và một tập thể".
    const next = tokens[k + 1];
    const startsItem = next?.kind === 'number' || NUMBER_WORD.has(next?.norm ?? '') || (next?.kind === 'word' && tokens[k + 2]?.kind === 'number');
    if (isJoin && (startsItem || CLAUSE_AFTER_JOIN.has(next?.norm ?? ''))) {
      to = k;
      break;
    }
  }
  return sliceTokens(w.text, tokens, from, limitMeasure(tokens, from, to, AFTER_CUTS));
}

/**
 * What has the measure, before "có": "tại dự án khu đô thị Harbour Ville | có | diện tích 17ha" → "dự án khu đô thị
 * Harbour Ville"; none when the clause's words before it are more than MAX_OWNER_WORDS.
 */
function ownerBefore(w: Window, a: number, measureAt: number): string {
  const { tokens } = w;
  if (tokens[measureAt - 1]?.norm !== 'có') return '';
  let from = a;
  while (from < measureAt - 1 && (LOCATIVES.includes(tokens[from]!.norm) || LEADS.matchAt(tokens, from) > 0)) from += Math.max(1, LEADS.matchAt(tokens, from));
  const to = measureAt - 1;
  if (to <= from || to - from > MAX_OWNER_WORDS) return '';
  return sliceTokens(w.text, tokens, from, to);
}

/**
 * The verb phrase right before a count, in its own clause and after its subject's auxiliary: "đã | xử lý hành chính
 * 43 cá nhân", "Posco (…) | chuyển thầu cho 18 công ty", "tiếp nhận khoảng 50 ca"; none when longer than
 * MAX_LEAD_VERB_WORDS.
 */
function leadBefore(w: Window, numberAt: number, longest = MAX_LEAD_VERB_WORDS): string {
  const { tokens } = w;
  const floor = Math.max(0, numberAt - MAX_MEASURE_LOOKBACK);
  let k = numberAt;
  while (k > floor && tokens[k - 1]!.kind === 'word' && AUXILIARIES.matchAt(tokens, k - 1) === 0) k--;
  const [a, stripped] = stripMeasure(tokens, k, numberAt);
  let b = stripped;
  // "… địa phương | trong | thời gian 30 ngày": a preposition before the measure noun is not the verb's.
  while (b > a && CUTS.matchAt(tokens, b - 1) === 1) b--;
  // A longer run is a whole clause, not the verb of the count; cutting it would split words ("Chủ | tịch nước").
  if (b <= a || b - a > longest) return '';
  return sliceTokens(w.text, tokens, a, b);
}

/**
 * Whether the words before the number make it a reference or a position ("Nghị định 68", "lần thứ 17", "năm 2019"):
 * not "tổng số 182 bài", and a time word does not make a percentage, an amount or a decimal number a date.
 */
function isReference(tokens: readonly Token[], i: number, kind: UnitKind): boolean {
  const n = REFERENCES.matchBefore(tokens, i, 3);
  if (n === 0) return false;
  if (NOT_REFERENCE.matchBefore(tokens, i, 2) === 2) return false;
  const isTime = TIME_REFERENCE.isPhrase(tokens, i - n, i);
  const isDecimal = tokens[i]!.text.includes(',');
  return !(isTime && (isDecimal || kind === 'percent' || kind === 'money' || kind === 'measurement'));
}

/**
 * The number a few tokens before tokens[k] (at most MAX_ITEM_LOOKBACK back, in the same clause) that `accept` takes:
 * the first item of a list of counts, or the start of a change. -1 when there is none.
 */
function numberBefore(tokens: readonly Token[], k: number, accept: (at: number) => boolean): number {
  for (let j = k - 1; j >= 0 && k - j <= MAX_ITEM_LOOKBACK; j--) {
    const t = tokens[j]!;
    if (t.kind === 'number') return accept(j) ? j : -1;
    if (CLAUSE_ENDS.has(t.text) && t.text !== ',') return -1;
  }
  return -1;
}

/** "10", "1.000", "100.000": a base a rate is given per. */
function isRoundBase(text: string): boolean {
  if (text[0] !== '1' || text.length < 2) return false;
  for (let k = 1; k < text.length; k++) if (text[k] !== '0' && text[k] !== '.') return false;
  return true;
}

/** Whether the number at tokens[i], after a slash, is a second count ("256 vụ / | 593 bị can"), not a denominator. */
function isSecondCount(tokens: readonly Token[], i: number): boolean {
  if (tokens[i - 2]?.kind !== 'word' || tokens[i]!.isGlued) return false;
  if (isRoundBase(tokens[i]!.text)) return false;
  const unit = unitAfter(tokens, i);
  return unit !== null && unit.kind === 'counted' && unit.end > unit.unitFrom && POPULATION.matchAt(tokens, unit.unitFrom) === 0;
}

/** Figures, each once (by value and measure), in text order. */
export class FigureExtractor {
  private readonly facts: FigureFact[] = [];
  private readonly seen = new Set<string>();

  constructor(private readonly limit: number) {}

  scan(w: Window, covered: Covered): void {
    const { tokens } = w;
    for (let i = 0; i < tokens.length && this.facts.length < this.limit; i++) {
      const t = tokens[i]!;
      if (t.kind !== 'number') continue;
      const end = this.figureAt(w, i, covered);
      if (end > i) i = end - 1;
    }
  }

  /** Reads a figure at tokens[i]; returns the token index after it, or i when there is none. */
  private figureAt(w: Window, i: number, covered: Covered): number {
    const { tokens } = w;
    const t = tokens[i]!;
    if (covered.some(([a, b]) => t.start < b && t.end > a)) return i;
    const previous = tokens[i - 1];
    // Glued to what comes before ("Km 124+700", "-3,3" inside a range, "/2019"), or a rate's denominator ("8,2 bác sĩ
    // / 10.000 dân"): not the start of a figure.
    if (t.isGlued && previous !== undefined && previous.text !== '(' && previous.text !== '“' && previous.text !== '"') return i;
    // After a slash a number is a rate's denominator ("8,2 bác sĩ / 10.000 dân") unless it counts something of its
    // own that is not a population, with a count that is not a round base: "256 vụ / 593 bị can" is a second count.
    if (previous?.text === '/' && !isSecondCount(tokens, i)) return i;
    // A list position: "1. …", "2) …" at the start of the window.
    if (i === 0 && (tokens[1]?.text === '.' || tokens[1]?.text === ')')) return i;
    let quantity = unitAfter(tokens, i);
    // A range: "5 đến 10 cụm loa", "800.000 - 900.000 đồng/bó", "1,3% -3,3%", "20 đến 30 triệu đồng".
    const rangeAt = quantity === null ? i + 1 : quantity.end;
    const marker = tokens[rangeAt];
    if ((isDash(marker) || RANGE_WORDS.has(marker?.norm ?? '')) && tokens[rangeAt + 1]?.kind === 'number') {
      const second = unitAfter(tokens, rangeAt + 1);
      if (second !== null && (quantity === null || second.kind === quantity.kind)) quantity = second;
      else if (quantity === null) quantity = null;
    }
    if (quantity === null) return i;
    const { unitFrom, end, kind } = quantity;
    if (isReference(tokens, i, kind)) return i;
    // "tính trên 1.000 người dân", "… / 100.000 dân": the population a rate is per, not a figure.
    if (kind === 'counted' && PER_WORDS.has(previous?.norm ?? '') && POPULATION.matchAt(tokens, unitFrom) === end - unitFrom) return end;
    // "NDVCQ 2019 gắn với …", "Nghị quyết Trung ương 4 về …": after a name, a number without a unit is part of it;
    // and a bare year counts nothing.
    const beforePrevious = tokens[i - 2];
    // A capitalised "Gần", "Hơn" at a clause's start is the approximation, not a name ("… TTO - Gần 400 nhà").
    const isNamePart =
      previous !== undefined &&
      previous.kind === 'word' &&
      i > 1 &&
      ((previous.isCapitalised && VERBS.matchAt(tokens, i - 1) === 0 && LEADS.matchAt(tokens, i - 1) === 0) ||
        (beforePrevious?.kind === 'word' && beforePrevious.isCapitalised && i > 2 && NOT_OBJECT.matchAt(tokens, i - 1) === 0 && CUTS.matchAt(tokens, i - 1) === 0));
    const isYearLike = t.text.length === 4 && Number(t.text) >= 1900 && Number(t.text) <= 2100;
    // "tuyên phạt bị cáo Đặng Chí Quyết 16 năm tù": a prison term after the name of the one sentenced.
    const isPrison = kind === 'time' && PRISON.matchAt(tokens, end) > 0;
    if ((kind === 'counted' || kind === 'time') && ((isNamePart && !isPrison) || isYearLike)) return i;
    const last = tokens[end - 1]!;
    if (kind === 'time' && !isPrison) {
      if (AGE.matchAt(tokens, end - 1) > 0) {
        if (!AGE_MEASURE.some((m) => normOf(measureBefore(w, i)).includes(m))) return end;
      } else if (FRAME_AFTER.matchAt(tokens, end) > 0 || FRAME_BEFORE.matchBefore(tokens, i, 2) > 0) {
        return end;
      }
    }
    const value = w.text.slice(t.start, last.end);
    let measure: string;
    // The second of a change measures what the first does: "điều chỉnh diện tích đất ở biệt thự từ 40,8% | lên |
    // 42,13%".
    const changeFrom = CHANGE_WORDS.has(previous?.norm ?? '') ? numberBefore(tokens, i - 1, (k) => tokens[k - 1]?.norm === 'từ') : -1;
    if (isPrison) {
      // "16 năm | tù về tội Lừa đảo chiếm đoạt tài sản".
      measure = measureAfter(w, end);
    } else if (changeFrom >= 0) {
      measure = measureBefore(w, changeFrom) || measureAfter(w, end);
    } else if (kind === 'counted') {
      // "… 69 doanh nghiệp nhà nước": what is counted, and the words after it; when nothing follows the noun
      // ("hủy niêm yết 710 triệu cổ phiếu."), the clause before says what was counted.
      measure = measureAfter(w, unitFrom, end);
      // What was done to them says which ones: "đã xử lý hành chính 43 | cá nhân" → "cá nhân … xử lý hành chính".
      // Only when the words after the noun say little: "400 nhà | tại xã Yên Bình bị ngập sâu" says enough.
      // The second item of a list of counts is counted by what counts the first: "đáp ứng được 6.300 ôtô và | 4.000
      // xe máy".
      const first = ITEM_JOINS.has(previous?.norm ?? '') || previous?.text === '/' ? numberBefore(tokens, i - 1, () => true) : -1;
      const countAt = first >= 0 ? first : i;
      const lead = measure.split(' ').length - (end - unitFrom) < MEASURE_ENOUGH_AFTER ? leadBefore(w, countAt) : '';
      if (lead !== '' && !normOf(measure).includes(normOf(lead))) measure = `${measure} ${lead}`;
      // Only the noun: the clause before says which ones ("kiến nghị xử lý hành chính 67 | cá nhân" → "cá nhân kiến
      // nghị xử lý hành chính").
      else if (measure === sliceTokens(w.text, tokens, unitFrom, end)) {
        const before = measureBefore(w, countAt);
        if (before !== '' && before.split(' ').length <= MAX_LEAD_WORDS) measure = `${measure} ${before}`;
        else if (end - unitFrom < 2) measure = before || measure;
      }
    } else {
      const next = tokens[end];
      const nounFollows = next !== undefined && next.kind === 'word' && !next.isGlued && NOT_OBJECT.matchAt(tokens, end) === 0 && CUTS.matchAt(tokens, end) === 0;
      // "61,3% hồ sơ …", "25.000 m2 đất": the noun after a percentage or a measure is what it measures.
      // An amount followed by what money it is: "26.000 tỉ đồng | tiền tạm ứng ngân sách", "5 tỷ đồng | vốn điều lệ".
      const isMoneyNoun = kind === 'money' && nounFollows && (tokens[end]!.norm === 'tiền' || MEASURE_HEADS.matchAt(tokens, end) > 0);
      const isNounAfter = ((kind === 'percent' || kind === 'measurement') && nounFollows) || isMoneyNoun;
      measure = isNounAfter ? measureAfter(w, end) : measureBefore(w, i);
      // A noun and a word or two after the number say what, not whose: the clause before says that ("Bãi Khánh Sơn
      // đang chứa 3,2 triệu tấn | rác các loại", "mỗi ngày toàn TP. Đà Nẵng có 1.100 tấn | rác").
      if (isNounAfter && measure.split(' ').length <= 1) {
        const before = measureBefore(w, i, true);
        if (before !== '' && before.split(' ').length <= MAX_LEAD_WORDS && !normOf(measure).includes(normOf(before))) measure = `${measure} ${before}`;
      }
      if (measure.split(' ').length < MEASURE_ENOUGH_WORDS) measure = measureAfter(w, end) || measure;
      // A short measure says what the money is for when a purpose follows: "cần số tiền 68 triệu đồng | để lo chạy
      // tránh kỷ luật".
      if (COMPLETING.has(tokens[end]?.norm ?? '') && measure.split(' ').length <= MAX_COMPLETED_WORDS) {
        const to = Math.min(clauseEnd(tokens, end + 1, -1), end + 1 + MAX_PURPOSE_WORDS);
        if (to > end + 1) measure = `${measure} ${sliceTokens(w.text, tokens, end, to)}`;
      }
    }
    if (measure === '') return end;
    // A quantity is one fact however often the article repeats it ("5 đoàn kiểm tra … 5 đoàn công tác", "1.261 m2"
    // four times over); the first mention usually says best what it measures.
    const key = normOf(value);
    if (!this.seen.has(key)) {
      this.seen.add(key);
      this.facts.push({
        text: value,
        span: { start: w.start + t.start, end: w.start + last.end },
        sentence: { ...w.sentence },
        value,
        measure,
      });
    }
    return end;
  }

  result(): FigureFact[] {
    return this.facts;
  }
}
