// Organisations named in an article, with their acronyms expanded: first from the definitions the article gives
// itself ("Ban Dân vận Tỉnh ủy (BDVTU)", via findAcronymDefinitions), then from the built-in dictionary
// (lookupBuiltin, with the words around the acronym to pick the right meaning of an ambiguous one).
import { findAcronymDefinitions, lookupBuiltin, type BuiltinCategory } from '../../../core/index';

export interface OrganisationItem {
  /** As the article writes it ("UBND", "Ban Cán sự Đảng UBND tỉnh"). */
  name: string;
  /** The same with every acronym spelled out ("Ủy ban nhân dân"), or undefined when nothing was expanded. */
  expanded?: string;
}

/** Dictionary categories that name a body (not a document type, a title, an index or a programme). */
const ORGANISATION_CATEGORIES: ReadonlySet<BuiltinCategory> = new Set<BuiltinCategory>([
  'party', 'state-central', 'state-local', 'judiciary', 'ministry', 'department', 'mass-org', 'security',
  'international', 'enterprise', 'media', 'health', 'education',
]);

/**
 * First words of a long form that name a body; an article's own definition whose long form starts otherwise
 * ("Năm dân vận chính quyền", a campaign) is not an organisation.
 */
const ORGANISATION_HEADS = [
  'ban', 'bộ', 'ủy ban', 'uỷ ban', 'sở', 'hội đồng', 'hội', 'mặt trận', 'đảng', 'tỉnh ủy', 'tỉnh uỷ', 'thành ủy',
  'thành uỷ', 'huyện ủy', 'huyện uỷ', 'cục', 'tổng cục', 'chi cục', 'viện', 'trung tâm', 'tòa án', 'toà án',
  'công an', 'ngân hàng', 'tập đoàn', 'tổng công ty', 'công ty', 'quỹ', 'văn phòng', 'đoàn', 'liên đoàn',
  'liên hiệp', 'trường', 'bệnh viện', 'học viện', 'đại học', 'chính phủ', 'quốc hội', 'kho bạc', 'tổ chức',
  'cơ quan', 'hiệp hội', 'thông tấn xã', 'đài', 'báo', 'quân khu', 'bộ tư lệnh', 'lực lượng', 'phòng',
  'thanh tra', 'kiểm toán', 'bảo hiểm xã hội', 'cảng vụ', 'hải quan',
];

/** An acronym as Vietnamese state news writes it: capitals (Đ included), optionally joined by - or &. */
const ACRONYM = /(?<![\p{L}\p{N}])\p{Lu}[\p{Lu}\p{N}]*(?:[-&]\p{Lu}[\p{Lu}\p{N}]*)*(?![\p{L}\p{N}])/gu;
/** Words of context on each side of an acronym given to lookupBuiltin for ambiguous ones. */
const CONTEXT_CHARS = 160;

function isOrganisationName(long: string): boolean {
  const lower = long.toLocaleLowerCase('vi').normalize('NFC');
  return ORGANISATION_HEADS.some((head) => lower === head || lower.startsWith(`${head} `));
}

function contextAround(text: string, index: number, length: number): string {
  return text.slice(Math.max(0, index - CONTEXT_CHARS), index + length + CONTEXT_CHARS);
}

/** Looks acronyms up: the article's own definitions first, then the dictionary. */
export class AcronymExpander {
  private readonly defined = new Map<string, string>();

  constructor(private readonly text: string) {
    for (const definition of findAcronymDefinitions(text)) {
      if (!this.defined.has(definition.short)) this.defined.set(definition.short, definition.long);
    }
  }

  /** The article's definitions, in text order of first appearance. */
  get definitions(): ReadonlyMap<string, string> {
    return this.defined;
  }

  /** The long form of `short` and whether it names a body, or null when unknown. */
  lookup(short: string): { long: string; isOrganisation: boolean } | null {
    const own = this.defined.get(short);
    if (own) return { long: own, isOrganisation: isOrganisationName(own) };
    const at = this.text.indexOf(short);
    const meaning = lookupBuiltin(short, at >= 0 ? contextAround(this.text, at, short.length) : undefined)[0];
    if (!meaning) return null;
    return { long: meaning.long, isOrganisation: ORGANISATION_CATEGORIES.has(meaning.category) || isOrganisationName(meaning.long) };
  }

  /** `name` with every acronym in it replaced by its long form; undefined when it has none we know. */
  expand(name: string): string | undefined {
    let isChanged = false;
    const expanded = name.replace(ACRONYM, (short) => {
      if (short.length < 2) return short;
      const found = this.lookup(short);
      if (!found) return short;
      isChanged = true;
      return found.long;
    });
    return isChanged ? expanded : undefined;
  }
}

/** Capitalised for display as a list entry, without touching the rest of the name. */
function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

/**
 * The organisations of an article: the names given (e.g. by extractKeyFacts) with their acronyms expanded, then
 * every acronym the article uses for a body (defined in the text or known to the dictionary), each once.
 */
export function listOrganisations(text: string, names: readonly string[] = [], expander = new AcronymExpander(text)): OrganisationItem[] {
  const items: OrganisationItem[] = [];
  const seen = new Set<string>();
  const add = (name: string, expanded: string | undefined): void => {
    const key = (expanded ?? name).toLocaleLowerCase('vi');
    if (seen.has(key) || seen.has(name.toLocaleLowerCase('vi'))) return;
    seen.add(key);
    seen.add(name.toLocaleLowerCase('vi'));
    items.push(expanded ? { name, expanded: capitalise(expanded) } : { name });
  };
  for (const name of names) add(name, expander.expand(name));
  // Acronyms of bodies in order of first use; an acronym already covered by a name above is not repeated.
  const covered = names.join(' ');
  for (const match of text.matchAll(ACRONYM)) {
    const short = match[0];
    if (short.length < 2 || covered.includes(short)) continue;
    const found = expander.lookup(short);
    if (found?.isOrganisation) add(short, found.long);
  }
  return items;
}
