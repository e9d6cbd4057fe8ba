// Key facts of an article: when, where, who (with titles), which organisations, and figures with what they
// measure. Rule-based and Vietnamese-specific: state news names people as "Phạm Vũ Hồng - Phó Bí thư Tỉnh ủy, …"
// or "Chủ tịch UBND tỉnh Khánh Hòa Lê Đức Vinh", dates as "27-5", "28/05/2019" or "năm 2018", places as
// "tỉnh"/"TP."/"huyện" + name, and figures as "<what> đạt 99,57%" or "16 người chết".
// Every fact carries the offsets of its own text and of its source sentence in the ORIGINAL string.
import { foldDiacritics, splitSentences, type SentenceSpan } from '../text/index';
import { PROVINCES } from './places';

export interface Span {
  start: number;
  end: number;
}

interface FactBase {
  /** The fact as written: `text === original.slice(span.start, span.end)`. */
  text: string;
  span: Span;
  /** The sentence the fact comes from (see splitSentences). */
  sentence: Span;
}

export interface WhenFact extends FactBase {
  day?: number;
  month?: number;
  year?: number;
}

export interface WhereFact extends FactBase {
  /** The place name without its unit: "Kiên Giang" for "tỉnh Kiên Giang". */
  name: string;
  /** "tỉnh", "TP.", "huyện" … when the text gives one. */
  unit?: string;
}

export interface PersonFact extends FactBase {
  name: string;
  /** Titles in the order the article gives them, each once. */
  titles: string[];
}

export interface OrganisationFact extends FactBase {
  name: string;
  /** The acronym the article defines for it: "UBND" for "Ủy ban nhân dân (UBND)". */
  acronym?: string;
}

export interface FigureFact extends FactBase {
  /** Number and unit as written: "19,12%", "3,75 tỷ đồng", "16 người". */
  value: string;
  /** What the number measures: "tỷ lệ cắt giảm chi phí tuân thủ thủ tục hành chính". */
  measure: string;
}

export interface KeyFacts {
  when: WhenFact[];
  where: WhereFact[];
  people: PersonFact[];
  organisations: OrganisationFact[];
  figures: FigureFact[];
}

export interface KeyFactOptions {
  /** Keep at most this many facts of each kind, the earliest first. */
  maxPerKind?: number;
}

// ---------------------------------------------------------------------------------------------------------------
// Shared patterns

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
/** A capitalised word: a syllable ("Giang"), an acronym ("HCM", "BDVTU") or a name with a digit ("CK2"). */
const CAP = '\\p{Lu}[\\p{L}\\p{M}\\d]*';
/** A proper name syllable: capital then lowercase only ("Hồng", not "UBND"). */
const NAME_SYLLABLE = '\\p{Lu}[\\p{Ll}\\p{M}]*';

/** Lowercase with the modern tone placement, so "Uỷ"/"Ủy" and "Hoà"/"Hòa" compare equal. */
export function normaliseVietnamese(s: string): string {
  const cached = normaliseCache.get(s);
  if (cached !== undefined) return cached;
  // The cache only bounds work within one article's worth of words; it is cleared rather than grown forever.
  if (normaliseCache.size > NORMALISE_CACHE_SIZE) normaliseCache.clear();
  const out = normaliseUncached(s);
  normaliseCache.set(s, out);
  return out;
}

/** Distinct strings remembered by normaliseVietnamese: a long article has a few thousand distinct words. */
const NORMALISE_CACHE_SIZE = 20000;
const normaliseCache = new Map<string, string>();

function normaliseUncached(s: string): string {
  return s
    .normalize('NFC')
    .toLowerCase()
    .replace(/o([àáảãạ])/gu, (_, v: string) => `${toneOn('o', v)}a`)
    .replace(/u([ýỳỷỹỵ])/gu, (_, v: string) => `${toneOn('u', v)}y`)
    .replace(/o([èéẻẽẹ])/gu, (_, v: string) => `${toneOn('o', v)}e`)
    .replace(/\s+/g, ' ')
    .trim();
}

const TONE_MARKS = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];

function toneOn(base: string, marked: string): string {
  const mark = [...marked.normalize('NFD')].find((c) => TONE_MARKS.includes(c)) ?? '';
  return (base + mark).normalize('NFC');
}

/** Folded lowercase key for places and organisations: "Khánh Hoà" and "Khánh Hòa" give the same key. */
function placeKey(s: string): string {
  return foldDiacritics(s).toLowerCase().replace(/\s*-\s*/g, ' - ').replace(/\s+/g, ' ').trim();
}

type Sentence = SentenceSpan;

function span(sentence: Sentence, from: number, to: number): Span {
  return { start: sentence.start + from, end: sentence.start + to };
}

// ---------------------------------------------------------------------------------------------------------------
// When

const FULL_DATE = new RegExp(`${B}(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})${E}`, 'gu');
const VERBOSE_DATE = new RegExp(`${B}ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})(?:\\s+năm\\s+(\\d{4}))?${E}`, 'giu');
// "27-5", "9/11": only after a time word, because "2-3 kg" and "15-25%" look the same.
const DAY_MONTH = new RegExp(`${B}(\\d{1,2})[/-](\\d{1,2})(?![\\p{L}\\d/%]|[.,-]\\d)`, 'gu');
const DAY_MONTH_CUE =
  /(?:ngày|sáng|chiều|tối|trưa|đêm|hôm|từ|đến|tới|dịp|lễ|phiên|qua|nay|mai|và)[\s,]*$/iu;
const RELATIVE_DAY = /(?:hôm qua|hôm nay|sáng nay|chiều nay|tối nay|sáng qua|chiều qua|tối qua|ngày mai),\s*$/iu;
const MONTH_YEAR = new RegExp(`${B}tháng\\s+(\\d{1,2})(?:\\s*[/-]\\s*|\\s+năm\\s+)(\\d{4})${E}`, 'giu');
const YEAR = new RegExp(`${B}năm\\s+(\\d{4})${E}`, 'giu');

function isDay(n: number): boolean {
  return n >= 1 && n <= 31;
}
function isMonth(n: number): boolean {
  return n >= 1 && n <= 12;
}
function isYear(n: number): boolean {
  return n >= 1900 && n <= 2100;
}

interface Covered {
  ranges: Array<[number, number]>;
}

function overlaps(covered: Covered, start: number, end: number): boolean {
  return covered.ranges.some(([a, b]) => start < b && end > a);
}

function* extractWhenSteps(sentences: readonly Sentence[], covered: Covered): Generator<void, WhenFact[]> {
  const facts: WhenFact[] = [];
  const seen = new Set<string>();
  const add = (s: Sentence, from: number, to: number, key: string, date: Omit<WhenFact, keyof FactBase>): void => {
    const sp = span(s, from, to);
    if (overlaps(covered, sp.start, sp.end)) return;
    covered.ranges.push([sp.start, sp.end]);
    if (seen.has(key)) return;
    seen.add(key);
    facts.push({ text: s.text.slice(from, to), span: sp, sentence: { start: s.start, end: s.end }, ...date });
  };
  for (const s of sentences) {
    // One sentence a step: the caller may stop between two (see keyFactsSteps).
    yield;
    for (const m of s.text.matchAll(FULL_DATE)) {
      const [day, month, year] = [Number(m[1]), Number(m[3]), Number(m[4])];
      if (isDay(day) && isMonth(month) && isYear(year)) {
        add(s, m.index, m.index + m[0].length, `${day}-${month}-${year}`, { day, month, year });
      }
    }
    for (const m of s.text.matchAll(VERBOSE_DATE)) {
      const day = Number(m[1]);
      const month = Number(m[2]);
      const year = m[3] === undefined ? undefined : Number(m[3]);
      if (isDay(day) && isMonth(month) && (year === undefined || isYear(year))) {
        add(s, m.index, m.index + m[0].length, `${day}-${month}-${year ?? ''}`, {
          day,
          month,
          ...(year === undefined ? {} : { year }),
        });
      }
    }
    for (const m of s.text.matchAll(MONTH_YEAR)) {
      const [month, year] = [Number(m[1]), Number(m[2])];
      if (isMonth(month) && isYear(year)) add(s, m.index, m.index + m[0].length, `${month}-${year}`, { month, year });
    }
    for (const m of s.text.matchAll(DAY_MONTH)) {
      const [day, month] = [Number(m[1]), Number(m[2])];
      const before = s.text.slice(Math.max(0, m.index - 24), m.index);
      if (!isDay(day) || !isMonth(month) || !DAY_MONTH_CUE.test(before)) continue;
      const relative = RELATIVE_DAY.exec(before);
      const from = relative === null ? m.index : m.index - relative[0].length;
      add(s, from, m.index + m[0].length, `${day}-${month}-`, { day, month });
    }
    for (const m of s.text.matchAll(YEAR)) {
      const year = Number(m[1]);
      if (isYear(year)) add(s, m.index, m.index + m[0].length, `${year}`, { year });
    }
  }
  return facts.sort((a, b) => a.span.start - b.span.start);
}

// ---------------------------------------------------------------------------------------------------------------
// Where

const UNIT_WORDS = '(?:[Tt]ỉnh|[Tt]hành phố|TP\\.?|Tp\\.?|[Hh]uyện|[Qq]uận|[Tt]hị xã|TX\\.|[Tt]hị trấn|[Xx]ã|[Pp]hường)';
const UNIT_PLACE = new RegExp(`${B}(${UNIT_WORDS})\\s*((?:${CAP})(?:\\s+(?:-\\s+)?${CAP}){0,3}|\\d{1,2}${E})`, 'gu');
const HCM_KEYS = new Set(['hcm', 'tp.hcm', 'tphcm', 'tp. hcm', 'tp hcm', 'ho chi minh']);
// Surnames common enough to end a place name: "tỉnh Khánh Hòa Lê Đức Vinh" is the province, then a person.
const NAME_STARTS = new Set(['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý']);

const PROVINCE_KEYS = new Map(PROVINCES.map((p) => [placeKey(p), p]));
const PROVINCE_PATTERN = new RegExp(
  `${B}(${[...PROVINCE_KEYS.keys()]
    .sort((a, b) => b.length - a.length)
    .map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s*'))
    .join('|')})${E}`,
  'gu',
);

function canonicalPlace(name: string): string {
  const key = placeKey(name);
  return HCM_KEYS.has(key) ? 'ho chi minh' : key;
}

/** Folds a string character by character, keeping a map from folded to original offsets. */
/** foldDiacritics(ch).toLowerCase() per UTF-16 unit: an article has a few hundred distinct ones. */
const FOLDED_UNITS = new Map<string, string>();

function foldUnit(unit: string): string {
  let folded = FOLDED_UNITS.get(unit);
  if (folded === undefined) {
    folded = foldDiacritics(unit).toLowerCase();
    FOLDED_UNITS.set(unit, folded);
  }
  return folded;
}

function foldWithOffsets(s: string): { folded: string; offsets: number[] } {
  let folded = '';
  const offsets: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const f = foldUnit(s[i]!);
    for (const ch of f) {
      folded += ch;
      offsets.push(i);
    }
  }
  return { folded, offsets };
}

function trimPlaceName(name: string): string {
  const words = name.split(/\s+/);
  // A known province at the start wins: "Khánh Hoà Lê Đức" is "Khánh Hoà".
  for (let k = words.length; k >= 1; k--) {
    const head = words.slice(0, k).join(' ');
    if (PROVINCE_KEYS.has(placeKey(head))) return head;
  }
  for (let k = 1; k < words.length; k++) if (NAME_STARTS.has(words[k]!)) return words.slice(0, k).join(' ');
  return name;
}

function* extractWhereSteps(sentences: readonly Sentence[]): Generator<void, WhereFact[]> {
  const facts: WhereFact[] = [];
  const seen = new Set<string>();
  for (const s of sentences) {
    // One sentence a step: the caller may stop between two (see keyFactsSteps).
    yield;
    const taken: Array<[number, number]> = [];
    for (const m of s.text.matchAll(UNIT_PLACE)) {
      const unit = m[1]!;
      const name = trimPlaceName(m[2]!);
      const from = m.index;
      const to = m.index + m[0].indexOf(m[2]!) + name.length;
      taken.push([from, to]);
      const key = canonicalPlace(/^\d/.test(name) ? `${unit} ${name}` : name);
      if (seen.has(key)) continue;
      seen.add(key);
      facts.push({ text: s.text.slice(from, to), span: span(s, from, to), sentence: { start: s.start, end: s.end }, name, unit });
    }
    const { folded, offsets } = foldWithOffsets(s.text);
    for (const m of folded.matchAll(PROVINCE_PATTERN)) {
      const from = offsets[m.index]!;
      const to = offsets[m.index + m[0].length - 1]! + 1;
      if (taken.some(([a, b]) => from < b && to > a)) continue;
      const text = s.text.slice(from, to);
      // Capitalised in the article: "long an" in running text is not Long An.
      if (!text.split(/\s+/).every((w) => w === '-' || /^\p{Lu}/u.test(w))) continue;
      const key = canonicalPlace(text);
      if (seen.has(key)) continue;
      seen.add(key);
      facts.push({ text, span: span(s, from, to), sentence: { start: s.start, end: s.end }, name: text });
    }
  }
  return facts.sort((a, b) => a.span.start - b.span.start);
}

// ---------------------------------------------------------------------------------------------------------------
// People

const SURNAMES = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý',
  'Lâm', 'Đào', 'Đoàn', 'Trương', 'Mai', 'Tô', 'Hà', 'Lương', 'Đinh', 'Tạ', 'Cao', 'Chu', 'Trịnh', 'Quách', 'Kiều',
  'La', 'Tăng', 'Lưu', 'Triệu', 'Vương', 'Châu', 'Phùng', 'Tề', 'Âu', 'Khúc', 'Thân', 'Lại', 'Mạc', 'Nghiêm', 'Tôn',
  'Diệp', 'Doãn', 'Giáp', 'Hứa', 'Lục', 'Phí', 'Thạch', 'Tống', 'Từ', 'Vi', 'Lò', 'Hầu', 'Khổng', 'Lã', 'Lữ', 'Đàm',
  'Hàn', 'Khương', 'Nông', 'Thiều', 'Trình', 'Uông', 'Bạch', 'Cấn', 'Chế', 'Đậu', 'Lạc', 'Cù', 'Đường',
];
const PERSON_NAME = new RegExp(`${B}(?:${SURNAMES.join('|')})(?:\\s+${NAME_SYLLABLE}){1,3}${E}`, 'gu');
// "ông Kyle Rodda", "bà Sarah Lee": a foreign name is recognised by the courtesy word before it.
const CUED_NAME = new RegExp(`${B}(?:[Ôô]ng|[Bb]à)\\s+(${NAME_SYLLABLE}(?:\\s+${NAME_SYLLABLE}){1,2})${E}`, 'gu');
// Words before a capitalised sequence that make it a street, school, bridge … named after a person.
const NOT_PERSON_BEFORE = new Set(
  'đường phố trường thpt thcs cầu chùa đền quận huyện tỉnh tp tp. thành xã phường viện giải sân làng khu số hẻm ngõ kênh sông hồ núi đảo tàu lăng tượng trấn nhà'.split(' '),
);
// Countries and regions whose names start like a surname ("Hà Lan", "Thái Lan" …), and Hồ Chí Minh, which in
// news is nearly always the city.
const NOT_PERSON = new Set(['hà lan', 'hồ chí minh', 'lê nin', 'mai châu'].map(normaliseVietnamese));
// A two-syllable name needs one of these before it: "ông Danh Sơn" is a person, "Hà Tiên" need not be.
const PERSON_CUES = new Set(
  'ông bà anh chị em cô chú bác cụ cháu bé đồng chí bị can bị cáo đối tượng nghi phạm vợ chồng con'.split(' '),
);
const TITLE_KEYWORDS = [
  'phó', 'bí thư', 'chủ tịch', 'ủy viên', 'trưởng', 'giám đốc', 'tổng giám đốc', 'tổng biên tập', 'thứ trưởng',
  'bộ trưởng', 'cục trưởng', 'vụ trưởng', 'chánh', 'đại tá', 'thượng tá', 'trung tá', 'thiếu tá', 'đại úy',
  'thiếu tướng', 'trung tướng', 'thượng tướng', 'đại tướng', 'thủ tướng', 'chủ nhiệm', 'tổng bí thư', 'đại biểu',
  'giáo sư', 'gs', 'pgs', 'ts', 'ths', 'tiến sĩ', 'thạc sĩ', 'bác sĩ', 'bs', 'dược sĩ', 'luật sư', 'kỹ sư',
  'hiệu trưởng', 'viện trưởng', 'chánh án', 'thư ký', 'tổng thư ký', 'chuyên gia', 'điều tra viên', 'kiểm sát viên',
  'thẩm phán', 'nhà báo', 'nghệ sĩ', 'đại diện', 'người phát ngôn', 'chủ shop', 'chủ cửa hàng', 'chủ tiệm', 'chủ quán',
  'chủ doanh nghiệp', 'chủ cơ sở', 'ceo', 'nhà sáng lập', 'tổng cục trưởng', 'phát ngôn viên', 'trợ lý', 'ủy viên',
].map(normaliseVietnamese);
// "nguyên"/"cựu" (former) count only before another title: "nguyên nhân" is a cause, not a former office.
const FORMER = ['nguyên', 'cựu'];
// Where a title stops: the verb of the sentence, or a new clause.
const TITLE_STOP = /\s(?:cho biết|cho rằng|nói|khẳng định|nhấn mạnh|chia sẻ|phát biểu|chủ trì|đề nghị|yêu cầu|bày tỏ|thông tin|trả lời|tư vấn|cũng|đã|đang|sẽ|ký|kết luận|được|cùng|cảnh báo|lưu ý|thừa nhận)(?![\p{L}])/u;
/** A title longer than this has swallowed the rest of the sentence. */
const MAX_TITLE_SYLLABLES = 16;

function startsWithTitle(phrase: string): boolean {
  let p = normaliseVietnamese(phrase);
  for (const f of FORMER) if (p.startsWith(`${f} `)) p = p.slice(f.length + 1);
  return TITLE_KEYWORDS.some((k) => p === k || (p.startsWith(k) && !/[\p{L}\p{N}]/u.test(p[k.length] ?? '')));
}

function cleanTitle(phrase: string): string | null {
  let t = phrase.trim();
  const stop = TITLE_STOP.exec(` ${t}`);
  if (stop !== null) t = t.slice(0, Math.max(0, stop.index - 1));
  t = t.replace(/[\s,;:–—-]+$/u, '').trim();
  // Keep a parenthesis only when it closes inside the title: "… Việt Nhật (HECI)".
  if ((t.match(/\(/g) ?? []).length > (t.match(/\)/g) ?? []).length) t = t.slice(0, t.lastIndexOf('(')).trim();
  if (t === '' || t.split(/\s+/).length > MAX_TITLE_SYLLABLES || !startsWithTitle(t)) return null;
  return t;
}

/** A workplace after a title: "…, Trưởng Khoa Bệnh nhiệt đới, Bệnh viện Chợ Rẫy". */
function cleanAffiliation(phrase: string): string | null {
  let t = phrase.trim();
  const stop = TITLE_STOP.exec(` ${t}`);
  if (stop !== null) t = t.slice(0, Math.max(0, stop.index - 1));
  t = t.replace(/[\s,;:–—-]+$/u, '').trim();
  if (t === '' || t.split(/\s+/).length > MAX_TITLE_SYLLABLES) return null;
  const n = normaliseVietnamese(t);
  const isBody = [...NAMED_HEADS, ...STANDALONE_HEADS].some((h) => {
    const head = normaliseVietnamese(h);
    return n.startsWith(`${head} `) && /^\p{Lu}/u.test(t);
  });
  return isBody ? t : null;
}

/** Titles after the name: "Phạm Vũ Hồng - Phó Bí thư Tỉnh ủy, Bí thư Ban Cán sự Đảng, Chủ tịch UBND tỉnh; …". */
function titlesAfter(rest: string, hasTitle = false): string[] {
  let r = rest.replace(/^\s*\([^)]{0,60}\)/u, '');
  const sep = /^\s*(?:[-–—]|,)\s*/u.exec(r);
  if (sep === null) return [];
  r = r.slice(sep[0].length);
  const clause = r.split(/[;:.!?]\s|[;:]|\s[-–—]\s(?=\p{Ll})/u)[0] ?? '';
  const titles: string[] = [];
  // Split at commas outside parentheses.
  let depth = 0;
  let current = '';
  const items: string[] = [];
  for (const ch of clause) {
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (ch === ',' && depth === 0) {
      items.push(current);
      current = '';
    } else current += ch;
  }
  items.push(current);
  for (const item of items) {
    const title = cleanTitle(item) ?? (titles.length > 0 || hasTitle ? cleanAffiliation(item) : null);
    if (title === null) break;
    titles.push(title);
    // A title cut short by a verb ends the list: what follows is the sentence going on.
    if (title.length < item.trim().length - 1) break;
  }
  return titles;
}

/** A title right before the name: "Bí thư Thành ủy Nguyễn Thiện Nhân", "BS.CK2 Cao Thị Hồng". */
function titleBefore(before: string): string | null {
  const boundary = Math.max(
    before.lastIndexOf(','),
    before.lastIndexOf(';'),
    before.lastIndexOf(':'),
    before.lastIndexOf('('),
    before.lastIndexOf('“'),
    before.lastIndexOf(' và '),
  );
  let segment = before.slice(boundary + 1).replace(/^\s*và\s/u, '').trim();
  segment = segment.replace(/^(?:theo|của|với|do|tại|cùng)\s+/iu, '');
  if (segment === '') return null;
  const title = cleanTitle(segment);
  if (title === null || before[boundary] !== ',') return title;
  // "Tiến sĩ, bác sĩ Lê Quốc Hùng": a title list before the name.
  const earlier = titleBefore(before.slice(0, boundary));
  return earlier !== null && earlier.split(/\s+/).length <= 3 ? `${earlier}, ${title}` : title;
}

interface PersonMention {
  name: string;
  from: number;
  to: number;
}

function findPeople(s: Sentence): PersonMention[] {
  const out: PersonMention[] = [];
  for (const m of s.text.matchAll(PERSON_NAME)) {
    const name = m[0];
    const words = name.split(/\s+/);
    const before = s.text.slice(0, m.index);
    const previous = (before.trim().split(/\s+/).pop() ?? '').toLowerCase();
    if (NOT_PERSON_BEFORE.has(previous)) continue;
    const key = normaliseVietnamese(name);
    if ([...NOT_PERSON].some((p) => key.startsWith(p))) continue;
    if (PROVINCE_KEYS.has(placeKey(words.slice(0, 2).join(' '))) || PROVINCE_KEYS.has(placeKey(name))) continue;
    if (words.length === 2) {
      const lastTwo = before.trim().split(/\s+/).slice(-2).join(' ').toLowerCase();
      const hasCue = PERSON_CUES.has(previous) || PERSON_CUES.has(lastTwo) || titleBefore(before) !== null;
      if (!hasCue && titlesAfter(s.text.slice(m.index + name.length)).length === 0) continue;
    }
    out.push({ name, from: m.index, to: m.index + name.length });
  }
  for (const m of s.text.matchAll(CUED_NAME)) {
    const name = m[1]!;
    const from = m.index + m[0].length - name.length;
    if (out.some((p) => from < p.to && from + name.length > p.from)) continue;
    const key = normaliseVietnamese(name);
    if ([...NOT_PERSON].some((p) => key.startsWith(p)) || PROVINCE_KEYS.has(placeKey(name))) continue;
    out.push({ name, from, to: from + name.length });
  }
  return out.sort((a, b) => a.from - b.from);
}

function* extractPeopleSteps(sentences: readonly Sentence[]): Generator<void, PersonFact[]> {
  const people = new Map<string, PersonFact>();
  for (const s of sentences) {
    // One sentence a step: the caller may stop between two (see keyFactsSteps).
    yield;
    for (const mention of findPeople(s)) {
      const titles: string[] = [];
      const pre = titleBefore(s.text.slice(0, mention.from));
      if (pre !== null) titles.push(pre);
      titles.push(...titlesAfter(s.text.slice(mention.to), pre !== null));
      const key = normaliseVietnamese(mention.name);
      let person = people.get(key);
      if (person === undefined) {
        person = {
          text: mention.name,
          span: span(s, mention.from, mention.to),
          sentence: { start: s.start, end: s.end },
          name: mention.name,
          titles: [],
        };
        people.set(key, person);
      } else if (person.titles.length === 0 && titles.length > 0) {
        // The sentence that introduces a person with a title is the better source.
        person.span = span(s, mention.from, mention.to);
        person.sentence = { start: s.start, end: s.end };
      }
      for (const t of titles) {
        if (!person.titles.some((x) => normaliseVietnamese(x) === normaliseVietnamese(t))) person.titles.push(t);
      }
    }
  }
  return [...people.values()].sort((a, b) => a.span.start - b.span.start);
}

// ---------------------------------------------------------------------------------------------------------------
// Organisations

// Heads that name an organisation by themselves.
const STANDALONE_HEADS = [
  'Ủy ban nhân dân', 'Uỷ ban nhân dân', 'Hội đồng nhân dân', 'Tòa án nhân dân', 'Toà án nhân dân',
  'Viện kiểm sát nhân dân', 'Mặt trận Tổ quốc Việt Nam', 'Mặt trận Tổ quốc', 'Ủy ban Thường vụ Quốc hội',
  'Uỷ ban Thường vụ Quốc hội', 'Ban Cán sự Đảng', 'Ban Thường vụ', 'Ban Chấp hành', 'Bộ Chính trị', 'Ban Bí thư',
  'Chính phủ', 'Quốc hội', 'Tỉnh ủy', 'Tỉnh uỷ', 'Thành ủy', 'Thành uỷ', 'Huyện ủy', 'Huyện uỷ', 'Đảng ủy', 'Đảng uỷ',
  'Ngân hàng Nhà nước', 'Kho bạc Nhà nước', 'Cơ quan Cảnh sát điều tra', 'UBND', 'HĐND', 'TAND', 'VKSND', 'MTTQ',
  'Bảo hiểm xã hội',
];
const LOWERCASE_HEADS = new Set(['bộ', 'sở', 'cục', 'tổng cục', 'chi cục']);
const STANDALONE_WORDS = STANDALONE_HEADS.map((h) => normaliseVietnamese(h).split(' ')).sort((a, b) => b.length - a.length);
// Heads that need a capitalised name after them: "Bộ Công an", "Sở Xây dựng", "Công ty TNHH MTV …".
const NAMED_HEADS = [
  'Tổng công ty', 'Công ty', 'CTCP', 'Tập đoàn', 'Ngân hàng', 'Tổng cục', 'Chi cục', 'Cục', 'Bộ', 'Sở', 'Ban', 'Vụ',
  'Học viện', 'Viện', 'Trường', 'Bệnh viện', 'Trung tâm', 'Quỹ', 'Văn phòng', 'Thanh tra', 'Hiệp hội', 'Hội',
  'Liên đoàn', 'Đoàn', 'Đại học', 'Cơ quan', 'Công an', 'Khoa', 'Báo', 'Đài', 'Hãng',
];
const NAMED_WORDS = NAMED_HEADS.map((h) => normaliseVietnamese(h).split(' '));
// Two-syllable words that may continue an organisation's name in lowercase: "Bộ Tài chính", "Sở Xây dựng",
// "Cục Cảnh sát giao thông". Compared folded.
const ORG_WORDS = new Set(
  [
    'tài chính', 'xây dựng', 'công an', 'dân vận', 'tỉnh ủy', 'thành ủy', 'nội vụ', 'tư pháp', 'y tế', 'giáo dục',
    'đào tạo', 'công thương', 'kế hoạch', 'đầu tư', 'giao thông', 'vận tải', 'tài nguyên', 'môi trường',
    'nông nghiệp', 'phát triển', 'nông thôn', 'lao động', 'thương binh', 'xã hội', 'văn hóa', 'thể thao', 'du lịch',
    'thông tin', 'truyền thông', 'khoa học', 'công nghệ', 'ngoại giao', 'quốc phòng', 'cảnh sát', 'điều tra',
    'cán sự', 'thường vụ', 'chứng khoán', 'nhà nước', 'hành chính', 'kiểm tra', 'sức khỏe', 'dân tộc', 'tôn giáo',
    'thanh niên', 'phụ nữ', 'chiến binh', 'nông dân', 'tuyên giáo', 'tổ chức', 'kinh tế', 'tổng hợp', 'pháp chế',
    'thi đua', 'khen thưởng', 'quản lý', 'thị trường', 'hải quan', 'bảo hiểm', 'an ninh', 'lưu ký', 'bù trừ',
    'hồi sức', 'tích cực', 'chống độc', 'nhân dân', 'kiểm sát', 'ngân hàng', 'thương mại', 'cổ phần', 'dầu khí',
    'điện lực', 'viễn thông', 'biên phòng', 'phòng cháy', 'chữa cháy', 'cứu nạn', 'cứu hộ', 'thủy lợi', 'lâm nghiệp',
    'kiểm lâm', 'thủy sản', 'thống kê', 'kiểm toán', 'thanh tra', 'chính trị', 'quốc gia', 'trung ương',
    'thực phẩm', 'an toàn', 'nhiệt đới', 'dự án', 'đầu tư', 'xuất bản', 'phát thanh', 'truyền hình', 'chứng thực',
    'giao dịch', 'dự trữ', 'liên bang', 'thành phố', 'đoàn', 'nhân dân', 'phát triển', 'đô thị', 'hạ tầng',
  ].map(normaliseVietnamese),
);
const ORG_TAIL_UNIT = /^\s*(?:[Tt]ỉnh|[Tt]hành phố|TP\.|Tp\.|TP|[Hh]uyện|[Qq]uận|[Tt]hị xã|xã|phường)(?![\p{L}])/u;

interface Token {
  text: string;
  /** normaliseVietnamese(text), computed once: head and word lookups compare this. */
  norm: string;
  start: number;
  end: number;
}

function tokens(text: string): Token[] {
  // Glued forms stay one token: "46/2025/NQ-HĐND" is a document number, not the body HĐND.
  return [...text.matchAll(/[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}.&/-]*[\p{L}\p{M}\p{N}])?|[-–]/gu)].map((m) => ({
    text: m[0],
    norm: normaliseVietnamese(m[0]),
    start: m.index,
    end: m.index + m[0].length,
  }));
}

function isCapitalised(w: string | undefined): boolean {
  return w !== undefined && /^\p{Lu}/u.test(w);
}

/** How far a name continues after the head: capitalised words, known lowercase org words, "và", hyphens. */
function extendOrganisation(toks: readonly Token[], from: number, text: string): number {
  let k = from;
  let end = from;
  while (k < toks.length) {
    const t = toks[k]!;
    const prev = toks[k - 1];
    // Only tokens separated by plain spaces continue a name; punctuation such as "," or "(" ends it.
    if (prev !== undefined && !/^\s*$/u.test(text.slice(prev.end, t.start))) break;
    // A whole standalone head inside the name: "Ban Cán sự Đảng Ủy ban nhân dân tỉnh".
    const inner = STANDALONE_WORDS.find((h) => h.every((w, j) => toks[k + j]?.norm === w));
    if (inner !== undefined) {
      k += inner.length;
      end = k;
      continue;
    }
    const innerNamed = NAMED_WORDS.find(
      (h) => h.length > 1 && h.every((w, j) => toks[k + j]?.norm === w),
    );
    if (innerNamed !== undefined && isCapitalised(t.text)) {
      k += innerNamed.length;
      end = k;
      continue;
    }
    // Capitalised words, and numbers right after them: "Bệnh viện Nhân dân 115".
    if (isCapitalised(t.text) || (/^\d+$/u.test(t.text) && end === k && k > from)) {
      k++;
      end = k;
      continue;
    }
    const word = t.norm;
    const withPrev = prev === undefined ? '' : `${prev.norm} ${t.norm}`;
    const withNext = toks[k + 1] === undefined ? '' : `${t.norm} ${toks[k + 1]!.norm}`;
    if (ORG_WORDS.has(withPrev) && end === k) {
      k++;
      end = k;
      continue;
    }
    if (ORG_WORDS.has(withNext)) {
      k += 2;
      end = k;
      continue;
    }
    if ((word === 'và' || word === '-' || word === '–') && toks[k + 1] !== undefined) {
      const next = toks[k + 1]!.text;
      const nextPair = toks[k + 2] === undefined ? '' : `${toks[k + 1]!.norm} ${toks[k + 2]!.norm}`;
      if (isCapitalised(next) || ORG_WORDS.has(nextPair)) {
        k++;
        continue;
      }
    }
    break;
  }
  return end;
}

function initialsOf(words: readonly string[]): string {
  return words.map((w) => foldDiacritics(w[0] ?? '').toUpperCase()).join('');
}

function* extractOrganisationsSteps(sentences: readonly Sentence[]): Generator<void, OrganisationFact[]> {
  const facts: OrganisationFact[] = [];
  const seen = new Map<string, OrganisationFact>();
  const heads = [
    ...STANDALONE_HEADS.map((h) => ({ words: normaliseVietnamese(h).split(' '), standalone: true })),
    ...NAMED_HEADS.map((h) => ({ words: normaliseVietnamese(h).split(' '), standalone: false })),
  ].sort((a, b) => b.words.length - a.words.length);
  for (const s of sentences) {
    // One sentence a step: the caller may stop between two (see keyFactsSteps).
    yield;
    const toks = tokens(s.text);
    let i = 0;
    while (i < toks.length) {
      const first = toks[i]!;
      // A few lowercase heads are accepted ("bộ Công an", "cục CSGT" in some newsrooms' style).
      const head =
        isCapitalised(first.text) || LOWERCASE_HEADS.has(first.norm)
          ? heads.find((h) => h.words.every((w, k) => toks[i + k]?.norm === w))
          : undefined;
      if (head === undefined) {
        i++;
        continue;
      }
      const afterHead = i + head.words.length;
      let end = extendOrganisation(toks, afterHead, s.text);
      const headText = toks[i]!.text;
      const lowercaseHead = !isCapitalised(headText);
      if (end === afterHead && (!head.standalone || lowercaseHead)) {
        i++;
        continue;
      }
      if (lowercaseHead && !isCapitalised(toks[afterHead]?.text)) {
        i++;
        continue;
      }
      // "UBND tỉnh", "Công an TP. Đà Nẵng": the unit and place belong to the body's name.
      const tail = ORG_TAIL_UNIT.exec(s.text.slice(toks[end - 1]!.end));
      if (tail !== null) {
        const unitEnd = toks[end - 1]!.end + tail[0].length;
        let k = end;
        while (k < toks.length && toks[k]!.start < unitEnd) k++;
        end = k;
        while (
          k < toks.length &&
          isCapitalised(toks[k]!.text) &&
          /^\s*$/u.test(s.text.slice(toks[k - 1]!.end, toks[k]!.start)) &&
          (!NAME_STARTS.has(toks[k]!.text) || PROVINCE_KEYS.has(placeKey(toks.slice(k, k + 3).map((t) => t.text).join(' '))))
        ) {
          k++;
        }
        end = k;
      }
      // A person's name glued to the body ("… tỉnh Khánh Hòa Lê Đức Vinh") is not part of it.
      for (let k = afterHead; k < end; k++) {
        const place = [3, 2].some((n) => PROVINCE_KEYS.has(placeKey(toks.slice(k, k + n).map((t) => t.text).join(' '))));
        if (NAME_STARTS.has(toks[k]!.text) && k > afterHead && !place) {
          end = k;
          break;
        }
      }
      const from = toks[i]!.start;
      const to = toks[end - 1]!.end;
      const name = s.text.slice(from, to);
      let acronym: string | undefined;
      const paren = /^\s*\(([\p{Lu}Đ&-]{2,10})\)/u.exec(s.text.slice(to));
      if (paren !== null) {
        const words = name.split(/\s+/).filter((w) => /\p{L}/u.test(w));
        const letters = paren[1]!.replace(/[-&]/g, '');
        const initials = initialsOf(words);
        if (initials === foldDiacritics(letters) || initials.endsWith(foldDiacritics(letters))) {
          acronym = paren[1]!;
          if (initials !== foldDiacritics(letters)) {
            // The acronym covers only the end of the name: "Ban Cán sự Đảng Ủy ban nhân dân (UBND)".
            const skip = words.length - letters.length;
            const cut = words.slice(0, skip).join(' ');
            const innerFrom = from + s.text.slice(from, to).indexOf(words[skip]!, cut.length);
            pushOrganisation(facts, seen, s, from, innerFrom, undefined);
            pushOrganisation(facts, seen, s, innerFrom, to, acronym);
            i = end;
            while (i < toks.length && toks[i]!.start < to + paren[0].length) i++;
            continue;
          }
        }
      }
      pushOrganisation(facts, seen, s, from, to, acronym);
      i = end;
      // The acronym in brackets is this body again, not a new one.
      if (acronym !== undefined && paren !== null) while (i < toks.length && toks[i]!.start < to + paren[0].length) i++;
    }
  }
  return facts.sort((a, b) => a.span.start - b.span.start);
}

/** Dedup key: folded, with acronyms the article defined replaced by their long form ("UBND" → "ủy ban nhân dân"). */
function organisationKey(name: string, known: readonly OrganisationFact[]): string {
  let expanded = ` ${name} `;
  for (const o of known) {
    if (o.acronym !== undefined) expanded = expanded.split(` ${o.acronym} `).join(` ${o.name} `);
  }
  return placeKey(expanded);
}

function pushOrganisation(
  facts: OrganisationFact[],
  seen: Map<string, OrganisationFact>,
  s: Sentence,
  from: number,
  to: number,
  acronym: string | undefined,
): void {
  const name = s.text.slice(from, to).replace(/[\s\-–]+$/u, '');
  if (name === '') return;
  const key = organisationKey(name, facts);
  const existing = seen.get(key);
  if (existing !== undefined) {
    if (existing.acronym === undefined && acronym !== undefined) existing.acronym = acronym;
    return;
  }
  const fact: OrganisationFact = {
    text: name,
    span: span(s, from, from + name.length),
    sentence: { start: s.start, end: s.end },
    name,
    ...(acronym === undefined ? {} : { acronym }),
  };
  seen.set(key, fact);
  facts.push(fact);
}

// ---------------------------------------------------------------------------------------------------------------
// Figures

const NUMBER = '\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?';
const MONEY = '(?:(?:nghìn|ngàn|triệu|tỷ|tỉ)\\s+)?(?:đồng|USD|đô la|euro)';
// Ages and hours read like units: the phrase before says whose age or what takes that long.
const PHYSICAL = '%|phần trăm|km2|km|m2|m3|ha|héc-ta|tấn|kg|lít|ml|mm|cm|MW|kWh|°C|độ C|tuổi|giờ|phút';
const PER = '(?:\\s*/\\s*(?:lượng|ounce|thùng|tháng|năm|kg|người|lít|m2|ngày|chỉ|tấn)){0,2}';
// Nouns counted by a number: "16 người", "28.146 ngôi nhà", "700 giấy phép".
const COUNTED =
  'người|hộ|ca|trường hợp|hồ sơ|ngôi nhà|căn nhà|căn hộ|doanh nghiệp|lượt|chiếc|tàu|học sinh|sinh viên|bệnh nhân|giấy phép|dự án|vụ|đơn vị|cổ phiếu|cổ đông|thủ tục|văn bản|xã|tỉnh|huyện|lao động|công nhân|đảng viên|cán bộ|hộ nghèo|thùng';
const FIGURE = new RegExp(
  `${B}((?:${NUMBER})(?:\\s*[-–]\\s*(?:${NUMBER}))?)(?:\\s*((?:${MONEY}|${PHYSICAL})${PER})|\\s+((?:triệu|tỷ|tỉ|nghìn|ngàn)\\s+)?(${COUNTED}))(?![\\p{L}\\p{N}])`,
  'gu',
);
// A number right after these is a reference, not a measurement: "Nghị định 68", "Điều 101", "lần thứ 17".
const REFERENCE_BEFORE =
  /(?:số|nghị định|nghị quyết|quyết định|thông tư|điều|khoản|điểm|lần thứ|thứ|sn|năm|tháng|ngày|lúc|quận|phường|phiên|mã|kỳ|khóa|khoá|chương|mục|trang|covid-|top)\s*$/iu;
const MEASURE_VERBS =
  /(?:\s+(?:đạt|là|ở mức|tại mức|mức|khoảng|chỉ|còn|lên tới|lên đến|lên|xuống|hơn|gần|trên|dưới|tới|đến|với|có|chiếm|bằng|niêm yết|được niêm yết|ước|ước tính|dự kiến|gồm|của|từ|vượt|thêm|giá|hiện|hiện nay|đang|vẫn|đã|quanh|ở|tại))+$/iu;
const MEASURE_LEADS = /^(?:và|trong đó|với|cụ thể|riêng|theo đó|trong|tuy nhiên|đồng thời|ngoài ra|bên cạnh đó|dự kiến|hiện)\s+/iu;
// A long measure is cut before the first of these once it has enough words: "kinh phí … bảo hiểm y tế | cho …".
const MEASURE_CUT = /^(?:cho|của|trên|tại|ở|với|trong|so|do|vì|để|khi|nhưng|từ|đến)$/iu;
/** Words a measure keeps before it may be cut at a preposition. */
const MEASURE_MIN_WORDS = 2;
// Words right after a percentage that show no noun phrase follows ("240% chỉ sau ba tháng").
const FUNCTION_WORDS = new Set(
  'chỉ so khi trong sau trước với và là của để do vì nhưng mỗi trở tại ở từ đến cho thì mà nên nếu còn được bị đã sẽ đang vẫn cũng hơn kém trên dưới'.split(' '),
);
/** A clause boundary: punctuation that is not inside a number ("0,2", "100.000"). */
const CLAUSE_BOUNDARY = /[,.](?!\d)|[;:!?()“”]/u;
const CLAUSE_CHARS = ',.;:!?()“”';
/** A measure longer than this is a whole clause; keep its end, nearest the number. */
const MAX_MEASURE_SYLLABLES = 12;

function limitMeasure(words: readonly string[]): string {
  let out = words.slice(0, MAX_MEASURE_SYLLABLES);
  const cut = out.findIndex((w, k) => k >= MEASURE_MIN_WORDS && MEASURE_CUT.test(w));
  if (cut > 0) out = out.slice(0, cut);
  return out.join(' ');
}

function lastClause(text: string): { clause: string; rest: string } {
  let cut = -1;
  for (let k = text.length - 1; k >= 0; k--) {
    const ch = text[k]!;
    const inNumber = (ch === ',' || ch === '.') && /\d/u.test(text[k + 1] ?? '');
    if (CLAUSE_CHARS.includes(ch) && !inNumber) {
      cut = k;
      break;
    }
  }
  return { clause: text.slice(cut + 1), rest: text.slice(0, Math.max(0, cut)) };
}

function stripMeasure(m: string): string {
  let out = m.replace(/^[\s\-–—]+/u, '').trim();
  for (let k = 0; k < 3; k++) out = ` ${out}`.replace(MEASURE_VERBS, '').trim().replace(MEASURE_LEADS, '').trim();
  return out;
}

/** The phrase before the number, back to the start of its clause: "<tỷ lệ …> đạt 19,12%". */
function measureBefore(before: string): string {
  let { clause, rest } = lastClause(before);
  let m = stripMeasure(clause);
  // "Giá vàng trong nước tiếp tục giảm, xuống mức 183,8 …": the subject is in a clause before.
  for (let k = 0; k < 2 && m.split(/\s+/).filter((w) => w !== '').length < 2 && rest.trim() !== ''; k++) {
    ({ clause, rest } = lastClause(rest));
    m = `${stripMeasure(clause)} ${m}`.trim();
  }
  return limitMeasure(m.split(/\s+/).filter((w) => w !== ''));
}

/** The phrase after the number, to the end of its clause: "50 <ca ngộ độc rượu> …". */
function measureAfter(counted: string, after: string): string {
  // "5% ca ung thư dạ dày và 0,2-1% ung thư …": the next figure starts a new measure.
  const clause = (after.split(CLAUSE_BOUNDARY)[0] ?? '').split(/\s(?:và|hoặc)\s+(?=\d)/u)[0] ?? '';
  return limitMeasure(`${counted} ${clause}`.trim().split(/\s+/).filter((w) => w !== ''));
}

function* extractFiguresSteps(sentences: readonly Sentence[], covered: Covered): Generator<void, FigureFact[]> {
  const facts: FigureFact[] = [];
  const seen = new Set<string>();
  for (const s of sentences) {
    // One sentence a step: the caller may stop between two (see keyFactsSteps).
    yield;
    for (const m of s.text.matchAll(FIGURE)) {
      const from = m.index;
      const to = m.index + m[0].length;
      const sp = span(s, from, to);
      if (overlaps(covered, sp.start, sp.end)) continue;
      const before = s.text.slice(0, from);
      if (REFERENCE_BEFORE.test(before) || /[/\d]$/u.test(before)) continue;
      const unit = m[2];
      const counted = m[4];
      const after = s.text.slice(to);
      // "6 đồng tiền chủ chốt" counts currencies; it is not an amount of money.
      if (unit !== undefined && /^đồng$/u.test(unit.trim()) && /^\s+tiền/u.test(after)) continue;
      let value: string;
      let measure: string;
      if (unit !== undefined) {
        value = m[0].trim();
        const next = /^\s+([\p{L}]+)/u.exec(after)?.[1]?.toLowerCase();
        const nounFollows = next !== undefined && !FUNCTION_WORDS.has(next) && /^\s/u.test(after);
        // "15-25% ca ung thư ruột non": the noun after a percentage is what it measures.
        measure = nounFollows && unit.trim().endsWith('%') ? measureAfter('', after) : measureBefore(before);
        if (measure.split(/\s+/).length < 2) measure = measureAfter('', after) || measure;
      } else {
        value = m[0].trim();
        measure = measureAfter(counted ?? '', after);
        // "… là 13.669 người.": nothing follows the noun, so the phrase before says what was counted.
        if (measure.split(/\s+/).length < 2) measure = measureBefore(before) || measure;
      }
      if (measure === '') continue;
      const key = `${value}|${measure}`;
      if (seen.has(key)) continue;
      seen.add(key);
      facts.push({ text: s.text.slice(from, to), span: sp, sentence: { start: s.start, end: s.end }, value, measure });
    }
  }
  return facts;
}

// ---------------------------------------------------------------------------------------------------------------

/** Extracts when, where, who, which organisations and which figures the text reports. Deterministic. */
/** A sentence with one fact of each kind, for warmUpKeyFacts. */
const WARM_UP_TEXT =
  'Sáng 15-6-2019, ông Phạm Vũ Hồng, Chủ tịch Ủy ban nhân dân (UBND) tỉnh Kiên Giang, làm việc với Sở Nội vụ tại huyện Tịnh Biên, TP. Rạch Giá; 1.842 thủ tục đạt 99,41% và 12,5 tỷ đồng.';

/**
 * extractKeyFacts in a fresh page first compiles its patterns (a few large Unicode regular expressions: the
 * provinces, the surnames, the figures), which costs more than the facts of a whole article: about 40 ms in Node,
 * a long task on a slow computer. These steps run each kind of fact once on one sentence, so that the compiling
 * is spread over five short tasks before the article's facts are extracted.
 */
export function warmUpKeyFacts(): Array<() => void> {
  const sentences = (): Sentence[] => splitSentences(WARM_UP_TEXT);
  return [
    () => void drain(extractWhenSteps(sentences(), { ranges: [] })),
    () => void drain(extractWhereSteps(sentences())),
    () => void drain(extractPeopleSteps(sentences())),
    () => void drain(extractOrganisationsSteps(sentences())),
    () => void drain(extractFiguresSteps(sentences(), { ranges: [] })),
  ];
}

function drain<T>(steps: Generator<void, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * extractKeyFacts as small steps: the generator stops after the sentences are split and before each sentence of
 * each kind of fact, so that a caller on a page's main thread can spread a long article over several short tasks
 * (each step is a fraction of a millisecond). Draining it gives exactly extractKeyFacts' result.
 */
export function* keyFactsSteps(text: string, options: KeyFactOptions = {}): Generator<void, KeyFacts> {
  const sentences = splitSentences(text);
  yield;
  const covered: Covered = { ranges: [] };
  const when = yield* extractWhenSteps(sentences, covered);
  const facts: KeyFacts = {
    when,
    where: yield* extractWhereSteps(sentences),
    people: yield* extractPeopleSteps(sentences),
    organisations: yield* extractOrganisationsSteps(sentences),
    figures: yield* extractFiguresSteps(sentences, covered),
  };
  const max = options.maxPerKind;
  if (max === undefined) return facts;
  return {
    when: facts.when.slice(0, max),
    where: facts.where.slice(0, max),
    people: facts.people.slice(0, max),
    organisations: facts.organisations.slice(0, max),
    figures: facts.figures.slice(0, max),
  };
}

export function extractKeyFacts(text: string, options: KeyFactOptions = {}): KeyFacts {
  return drain(keyFactsSteps(text, options));
}
