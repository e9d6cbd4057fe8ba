// The organisations the panel lists: the bodies core's key facts found (each body once, under its fullest name),
// shown with their acronym or with the acronyms in their name spelled out, then the bodies the article names only by
// an acronym. Every acronym is read through the article's one resolution — its own definitions, then the reader's
// dictionary, then the built-in one: the AcronymResolver the tooltips and read-aloud use (content/ui/article-acronyms)
// — so that "UBND" means the same in the panel as on the page.
import { decidedAcronyms, isBodyName, tokenizeAcronyms, type AcronymResolver, type OrganisationFact } from '../../../core/index';

export interface OrganisationItem {
  /** The name as the article writes it ("UBND tỉnh"), or the acronym of a body whose name is written out. */
  main: string;
  /** The name with its acronyms spelled out ("Ủy ban nhân dân tỉnh"), or the written-out name of an acronym. */
  detail?: string;
}

/**
 * `name` with every acronym in it that the resolution decides spelled out ("Ban Cán sự Đảng UBND tỉnh" → "Ban Cán sự
 * Đảng Ủy ban nhân dân tỉnh"); undefined when it has none. `context` is the sentence the name stands in, which
 * decides an ambiguous built-in acronym.
 */
export function spellAcronyms(name: string, resolver: AcronymResolver, context = name): string | undefined {
  const at = context.indexOf(name);
  let spelled = '';
  let from = 0;
  for (const occurrence of tokenizeAcronyms(name, resolver).known) {
    const resolution = resolver.resolve(occurrence.form, context, at < 0 ? undefined : at + occurrence.start);
    if (!resolution || resolution.alternatives.length > 0) continue;
    spelled += name.slice(from, occurrence.start) + resolution.expansion;
    from = occurrence.end;
  }
  if (from === 0) return undefined;
  spelled += name.slice(from);
  return spelled.charAt(0).toLocaleUpperCase('vi') + spelled.slice(1);
}

/**
 * The panel's organisations: the bodies found (an acronym with its body's written-out name, else the name with its
 * acronyms spelled out), then every acronym of a body the article uses that none of them covers, each once.
 * `decided` is decidedAcronyms(text, resolver), which a caller may work out in a task of its own.
 */
export function organisationItems(
  facts: readonly OrganisationFact[],
  text: string,
  resolver: AcronymResolver,
  decided: Readonly<Record<string, string>> = decidedAcronyms(text, resolver),
): OrganisationItem[] {
  const items: OrganisationItem[] = facts.map((o) => {
    if (o.acronym !== undefined) return { main: o.acronym, detail: o.name };
    const detail = spellAcronyms(o.name, resolver, text.slice(o.sentence.start, o.sentence.end));
    return detail === undefined ? { main: o.name } : { main: o.name, detail };
  });
  const covered = new Set(tokenizeAcronyms(facts.map((o) => `${o.name} ${o.acronym ?? ''}`).join(' ; '), resolver).known.map((k) => k.form));
  for (const [form, expansion] of Object.entries(decided)) {
    if (covered.has(form) || !isBodyName(expansion)) continue;
    covered.add(form);
    items.push({ main: form, detail: expansion });
  }
  return items;
}
