// What the reader reaches of the article's acronyms: the tab stops (the first occurrence of each acronym and
// meaning) and the glossary (each acronym and meaning once, in order of first appearance, and the all-caps tokens
// nobody explains).
import type { AcronymResolution } from '../../../core/index';
import type { AbbrInfo } from './wrappers';

/** Interactive ancestors: an occurrence inside them gets no tab stop of its own (the control already has one). */
const INTERACTIVE_ANCESTOR = 'a[href], button, label, summary, [tabindex], [contenteditable]:not([contenteditable="false"])';

export interface GlossaryEntry {
  form: string;
  resolution: AcronymResolution;
  count: number;
  /** The first occurrence in document order. */
  first: HTMLElement;
}

type InfoOf = (abbr: HTMLElement) => AbbrInfo | undefined;

/** One acronym with one meaning: its occurrences share a tab stop and a glossary line. */
function groupOf(info: AbbrInfo): string {
  return `${info.resolution.key}\u0000${info.resolution.expansion}`;
}

/** The tab stops we gave: the first occurrence of each acronym (and meaning); the others are reached by reading on. */
export class TabStops {
  private readonly focusable = new Set<HTMLElement>();

  /** Gives the first occurrence of each group a tab stop, and takes it from the ones that no longer are. */
  assign(inOrder: readonly HTMLElement[], infoOf: InfoOf): void {
    const seen = new Set<string>();
    const wanted = new Set<HTMLElement>();
    for (const abbr of inOrder) {
      const info = infoOf(abbr);
      if (!info) continue;
      const group = groupOf(info);
      if (seen.has(group)) continue;
      if (abbr.parentElement?.closest(INTERACTIVE_ANCESTOR)) continue;
      seen.add(group);
      wanted.add(abbr);
    }
    for (const abbr of this.focusable) if (!wanted.has(abbr)) abbr.removeAttribute('tabindex');
    for (const abbr of wanted) if (!this.focusable.has(abbr)) abbr.setAttribute('tabindex', '0');
    this.focusable.clear();
    for (const abbr of wanted) this.focusable.add(abbr);
  }

  /** A wrapper that went: it is no stop of ours any more. */
  forget(abbr: HTMLElement): void {
    this.focusable.delete(abbr);
  }

  /** Takes every tab stop we gave off the page. */
  removeAll(): void {
    for (const abbr of this.focusable) abbr.removeAttribute('tabindex');
  }

  clear(): void {
    this.focusable.clear();
  }
}

/** The article's acronyms, grouped by acronym and meaning, in order of first appearance. */
export function glossaryEntries(inOrder: readonly HTMLElement[], infoOf: InfoOf): GlossaryEntry[] {
  const groups = new Map<string, GlossaryEntry>();
  for (const abbr of inOrder) {
    const info = infoOf(abbr);
    if (!info) continue;
    const group = groupOf(info);
    const entry = groups.get(group);
    if (entry) entry.count++;
    else groups.set(group, { form: info.form, resolution: info.resolution, count: 1, first: abbr });
  }
  return [...groups.values()];
}

/** The all-caps tokens the tokenizer found in each text node and nobody explains (the glossary's "unknown" list). */
export class UnknownTokens {
  private readonly byNode = new Map<Text, string[]>();

  get isEmpty(): boolean {
    return this.byNode.size === 0;
  }

  set(node: Text, forms: readonly string[]): void {
    if (forms.length > 0) this.byNode.set(node, [...forms]);
    else this.byNode.delete(node);
  }

  delete(node: Text): void {
    this.byNode.delete(node);
  }

  has(node: Text, form: string): boolean {
    return this.byNode.get(node)?.includes(form) ?? false;
  }

  /** The forms still in the page that are not among `known` and that `isExplained` does not know either. */
  list(known: ReadonlySet<string>, isExplained: (form: string) => boolean): string[] {
    const unknown = new Set<string>();
    for (const [node, forms] of this.byNode) {
      if (!node.isConnected) {
        this.byNode.delete(node);
        continue;
      }
      for (const form of forms) if (!known.has(form) && !isExplained(form)) unknown.add(form);
    }
    return [...unknown];
  }

  clear(): void {
    this.byNode.clear();
  }
}
