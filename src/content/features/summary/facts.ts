// The key facts the panel lists: when and where, people with their titles, organisations with acronyms expanded,
// and figures with what they measure. The one place that reads facts for the panel, from core's extractKeyFacts,
// with every acronym read through the article's one resolution (the tooltips' and read-aloud's).
import {
  articleResolver,
  articleText,
  decidedAcronyms,
  extractKeyFacts,
  keyFactsSteps,
  type AcronymMeaning,
  type AcronymResolver,
  type ArticleModel,
  type BlockKind,
  type KeyFacts,
  type WhenFact,
} from '../../../core/index';
import { t } from '../../../shared/i18n';
import { driveFor } from '../../schedule';
import { organisationItems } from './organisations';

export interface FactItem {
  /** The fact itself: a date, a name, a figure. */
  main: string;
  /** What qualifies it: a person's titles, an acronym's long form, what a figure measures. */
  detail?: string;
  /** Between main and detail; an en dash unless the group reads better with another mark. */
  separator?: string;
}

export interface FactView {
  when: FactItem[];
  where: FactItem[];
  people: FactItem[];
  organisations: FactItem[];
  figures: FactItem[];
}

/** Facts come from the prose and the lead; captions repeat the body with photo wording ("(đứng)"). */
const FACT_TEXT_KINDS: readonly BlockKind[] = ['title', 'sapo', 'heading', 'paragraph', 'list-item', 'table'];
/** The panel lists the main facts, not an index of the article. */
const MAX_PER_GROUP = 6;

/** Full dates (with a year) in a line such as a page's date line "(08:34 | 28/05/2019)": its publication date. */
function findFullDates(text: string): WhenFact[] {
  return extractKeyFacts(text).when.filter((d) => d.day !== undefined && d.month !== undefined && d.year !== undefined);
}

const sameDay = (a: WhenFact, b: WhenFact): boolean =>
  a.day === b.day && a.month === b.month && (a.year === undefined || b.year === undefined || a.year === b.year);

/**
 * The panel's fact groups from extracted facts, the page's date line (its publication date) and the article text,
 * with the article's acronym resolution (`decided`: its decidedAcronyms over the text, when already worked out).
 */
export function toFactView(
  facts: KeyFacts,
  text: string,
  datelines: readonly string[],
  resolver: AcronymResolver,
  decided?: Readonly<Record<string, string>>,
): FactView {
  const published = datelines.flatMap(findFullDates).slice(0, 1);
  const when: FactItem[] = [
    ...published.map((d) => ({ main: d.text, detail: t('summary_factPublished') })),
    // An event on the publication day itself is already said by the date line.
    ...facts.when.filter((d) => !published.some((p) => sameDay(p, d))).map((d) => ({ main: d.text })),
  ];
  // Bodies the extractor found: "UBND – Ủy ban nhân dân" when it gives the acronym, else the name with any
  // acronym inside it spelled out; then the bodies known only by an acronym in the text.
  const organisations = organisationItems(facts.organisations, text, resolver, decided);
  return {
    when: when.slice(0, MAX_PER_GROUP),
    where: facts.where.map((w) => ({ main: w.text })).slice(0, MAX_PER_GROUP),
    people: facts.people
      .map((p) => (p.titles.length > 0 ? { main: p.name, detail: p.titles.join(', ') } : { main: p.name }))
      .slice(0, MAX_PER_GROUP),
    organisations: organisations.slice(0, MAX_PER_GROUP),
    figures: facts.figures.map((f) => ({ main: f.value, detail: f.measure, separator: '—' })).slice(0, MAX_PER_GROUP),
  };
}

/** Work per call of the facts' long step before it hands the page back (well under the 50 ms long-task line). */
const STEP_BUDGET_MS = 8;

/**
 * A step of the facts' preparation: "again" when it stopped on its time budget and must be called again (in a
 * later task), anything else when it is done. Steps are safe to call again once done (they do nothing).
 */
export type FactStep = () => 'again' | void;

/** An acronym's meaning for the facts, from the article's resolution: its best reading at that occurrence. */
function meaningsOf(resolver: AcronymResolver): AcronymMeaning {
  return (short, context) => resolver.resolve(short, context, context.indexOf(short))?.expansion;
}

/**
 * The facts of an article as steps of a few milliseconds each (the article's acronym resolution, the facts, the
 * acronyms the article names bodies by), so that the feature can give each its own idle slice and no task runs long.
 * The facts themselves go sentence by sentence (keyFactsSteps) and stop after STEP_BUDGET_MS: a 50,000-word article
 * takes a few dozen short tasks instead of one of several hundred milliseconds.
 *
 * `resolverFor` gives the article's one acronym resolution (the feature takes it from the per-article memo, which the
 * tooltips and read-aloud share); without it, or when it gives none, the article's own definitions and the built-in
 * dictionary.
 */
export function planFacts(model: ArticleModel, resolverFor?: () => AcronymResolver | null): { steps: FactStep[]; result(): FactView | null } {
  // Read from the model when the first step runs, not when the steps are planned.
  let articleTextOnce: string | null = null;
  const textOf = (): string => (articleTextOnce ??= articleText(model, FACT_TEXT_KINDS));
  let resolver: AcronymResolver | null = null;
  let facts: KeyFacts | null = null;
  let decided: Record<string, string> | null = null;
  let pending: Generator<void, KeyFacts> | null = null;
  let view: FactView | null = null;
  const resolve = (): AcronymResolver => (resolver ??= resolverFor?.() ?? articleResolver(model));
  const extract = (): 'again' | void => {
    if (facts) return;
    pending ??= keyFactsSteps(textOf(), { acronyms: meaningsOf(resolve()) });
    const result = driveFor(pending, STEP_BUDGET_MS);
    if (!result.done) return 'again';
    facts = result.value;
  };
  return {
    steps: [
      () => void resolve(),
      extract,
      () => void (decided ??= decidedAcronyms(textOf(), resolve())),
      () => {
        while (extract() === 'again');
        const datelines = model.blocks.filter((b) => b.kind === 'dateline').map((b) => b.text);
        view ??= toFactView(facts!, textOf(), datelines, resolve(), decided ?? undefined);
      },
    ],
    result: () => view,
  };
}

export function computeFacts(model: ArticleModel, resolverFor?: () => AcronymResolver | null): FactView {
  const plan = planFacts(model, resolverFor);
  for (const step of plan.steps) while (step() === 'again');
  return plan.result()!;
}
