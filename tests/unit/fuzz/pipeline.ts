// The content pipeline a page goes through, run on one generated hostile document (hostile-docs.ts) synchronously in
// plain Node (happy-dom without script evaluation: what the page's scripts would do, the code here does by hand):
//   article detection (the real site adapters and the generic fallback) → the text map of every block → the
//   article's acronym definitions (with the computed-style hidden check) and resolution → every acronym of every
//   block located in the page through the map → summary preparation → key facts.
// Checked for each document (a failure throws, naming seed, index and traits):
// - no exception escapes any step;
// - no step does unbounded work, counted: every stepped stage (definitions, summary preparation, key facts) yields at
//   least once per line it reads, so the text one step looks at is bounded (MAX_LINE_CHARS), and the number of steps
//   is linear in the text; the text map has exactly one origin per character of its block;
// - the pipeline only reads: the document's markup is the same after it (a page that rewrites itself in the middle
//   of it is compared with what it rewrote).
// Each step's time is measured too, for `npm run fuzz` to print (never asserted: a shared machine's clock proves
// nothing). Used by tests/unit/fuzz/pipeline-*.test.ts (a fixed seeded subset) and scripts/fuzz.ts (any count, any seed).
import { Window } from 'happy-dom';
import {
  MAX_LINE_CHARS,
  articleDefinitionSteps,
  detectArticle,
  findInText,
  keyFactsSteps,
  mapBlockText,
  rangeOfText,
  tokenizeAcronyms,
  AcronymResolver,
  type ArticleModel,
} from '../../../src/core/index';
import { summaryPreparationOf, summaryText } from '../../../src/content/features/summary/compute';
import { makeIsHidden } from '../../../src/content/ui/hidden';
import { SITES } from '../../../src/sites/index';
import { hostileDoc, type HostileDoc } from './hostile-docs';
import { markupOf } from './markup';

const HOST = 'kiengiang.gov.vn';
/** happy-dom walks trees recursively in places (its own code): the deep documents nest 1,000 deep here, 10,000 in browsers. */
export const HAPPY_DOM_DEEP_LEVELS = 1000;
/**
 * The small documents' hostile runs at a tenth of their browser length (500-character tokens, 200-character
 * punctuation runs: still far past every window the text steps look at); happy-dom's DOM and computed styles are
 * slow enough that full length would make this test take minutes. The large documents keep their size.
 */
export const HAPPY_DOM_TEXT_SCALE = 0.1;
/** No stage may need more steps than this many per character of its input (plus a constant): linear, with room. */
const STEPS_PER_CHAR = 1 / 8;
const STEPS_CONSTANT = 64;

interface Counted<T> {
  value: T;
  steps: number;
}

class FuzzFailure extends Error {}

function check(condition: boolean, message: string): void {
  if (!condition) throw new FuzzFailure(message);
}

/** What the pipeline did, over all documents run so far. */
export interface Tally {
  documents: number;
  articles: number;
  blocks: number;
  chars: number;
  acronymsLocated: number;
  steps: number;
  /** Most steps one stage took on one document, and that stage's input length. */
  maxStages: { steps: number; chars: number; what: string };
  /** The longest single step (ms, measured) and where. */
  maxStepMs: number;
  maxStepWhat: string;
  /** The longest step of a stage that is not stepped (detection, the text map of one block), ms, measured. */
  maxWholeMs: number;
  maxWholeWhat: string;
  /** Documents by trait. */
  traits: Map<string, number>;
}

export function newTally(): Tally {
  return {
    documents: 0,
    articles: 0,
    blocks: 0,
    chars: 0,
    acronymsLocated: 0,
    steps: 0,
    maxStages: { steps: 0, chars: 0, what: '' },
    maxStepMs: 0,
    maxStepWhat: '',
    maxWholeMs: 0,
    maxWholeWhat: '',
    traits: new Map(),
  };
}

/** Drains a stepped stage, counting (and timing) its steps; a stage that never ends is cut off (and fails). */
function drainCounted<T>(steps: Generator<void, T>, maxSteps: number, what: string, tally: Tally, chars: number): Counted<T> {
  let count = 0;
  for (;;) {
    const started = performance.now();
    const next = steps.next();
    const took = performance.now() - started;
    if (took > tally.maxStepMs) {
      tally.maxStepMs = took;
      tally.maxStepWhat = what;
    }
    if (next.done) {
      if (count > tally.maxStages.steps) tally.maxStages = { steps: count, chars, what };
      return { value: next.value, steps: count };
    }
    if (++count > maxSteps) throw new FuzzFailure(`${what}: more than ${maxSteps} steps`);
  }
}

/** Runs a stage that is one step by design (it is linear and bounded by the page's size), timing it. */
function whole<T>(what: string, tally: Tally, run: () => T): T {
  const started = performance.now();
  const value = run();
  const took = performance.now() - started;
  if (took > tally.maxWholeMs) {
    tally.maxWholeMs = took;
    tally.maxWholeWhat = what;
  }
  return value;
}

function maxStepsFor(chars: number, units: number): number {
  return Math.ceil(chars * STEPS_PER_CHAR) + units + STEPS_CONSTANT;
}

/** Lines a stepped stage reads (it yields at least once for each): the same cut as lineRanges, at most MAX_LINE_CHARS. */
function minStepsFor(text: string): number {
  return Math.ceil(text.length / MAX_LINE_CHARS);
}

/** What the page's scripts do after load, done by the test (no script runs here): shadow roots, nesting. */
function actAsPage(doc: Document, source: HostileDoc): void {
  doc.querySelectorAll('.shadow-host').forEach((host, i) => {
    const root = host.attachShadow({ mode: i % 2 ? 'closed' : 'open' });
    root.innerHTML = '<p>Ủy ban nhân dân (UBND) trong bóng <slot></slot></p><dedoc-root></dedoc-root>';
  });
  const deep = doc.getElementById('deep');
  if (deep && source.deepLevels) {
    let node: Element = deep;
    for (let i = 0; i < source.deepLevels; i++) {
      const child = doc.createElement(i % 2 ? 'span' : 'div');
      node.appendChild(child);
      node = child;
    }
    node.innerHTML = source.deepContent ?? '';
  }
  if (source.traits.includes('tamper')) {
    // In a browser the page's overwritten built-ins stay in its own world (content scripts run in an isolated one);
    // here page and test share one, so only what belongs to the page's window and its nodes is tampered with: lying
    // instance properties (a text that is not the node's), and window functions that throw.
    const view = doc.defaultView as unknown as Record<string, unknown>;
    const boom = () => {
      throw new Error('page: tampered');
    };
    view.requestIdleCallback = boom;
    view.queueMicrotask = boom;
    for (const element of doc.querySelectorAll('p, b, abbr')) {
      Object.defineProperty(element, 'title', { get: () => '(UBND (HĐND ('.repeat(1000) });
      Object.defineProperty(element, 'dataset', { get: boom });
      Object.defineProperty(element, 'innerText', { get: () => 'Quỹ Xanh Zin Tốt (QXZT)' });
    }
  }
}

/** A page that rewrites itself while the pipeline runs: the block's text and structure change under the model. */
function rewriteArticle(doc: Document, model: ArticleModel, index: number): void {
  const block = model.blocks[index % Math.max(1, model.blocks.length)];
  if (!block) return;
  switch (index % 4) {
    case 0:
      block.element.textContent = 'Trang viết lại đoạn này: UBND và Hội đồng nhân dân (HĐND) tỉnh.';
      break;
    case 1:
      block.element.remove();
      break;
    case 2:
      block.element.innerHTML = '<b>UBND</b> tỉnh <i>(Ủy ban)</i> <abbr title="x">HĐND</abbr>';
      break;
    default:
      doc.body.replaceChildren(doc.createTextNode('Trang mới (UBND)'));
  }
}

/**
 * One happy-dom window for many documents: each document is written into it anew (document.open/write/close at the
 * document's own address), so a run pays for its document, not for a window. A document that tampered with the
 * window's own properties gets a fresh window after it.
 */
export class FuzzWindow {
  private win: Window | null = null;

  load(source: HostileDoc): Document {
    this.win ??= new Window({ url: `http://${HOST}/`, width: 1280, height: 900 });
    this.win.happyDOM.setURL(`http://${HOST}/tin-tuc/fuzz-${source.index}.html`);
    const doc = this.win.document as unknown as Document;
    doc.open();
    doc.write(source.html);
    doc.close();
    return doc;
  }

  /** Clears the document (the deep chain first, from the bottom: happy-dom tears trees down recursively). */
  unload(doc: Document, source: HostileDoc): void {
    const deep = doc.getElementById('deep');
    if (deep) {
      let node: Element = deep;
      while (node.lastElementChild) node = node.lastElementChild;
      while (node !== deep) {
        const parent = node.parentElement!;
        node.remove();
        node = parent;
      }
    }
    doc.documentElement?.remove();
    if (source.traits.includes('tamper')) this.close();
  }

  close(): void {
    if (!this.win) return;
    void this.win.happyDOM.abort();
    this.win.close();
    this.win = null;
  }
}

/** Runs the pipeline on one document; throws (naming seed, index and traits) on the first thing wrong. */
export function runPipeline(source: HostileDoc, seed: number, tally: Tally, window: FuzzWindow): void {
  const doc = window.load(source);
  for (const trait of source.traits) tally.traits.set(trait, (tally.traits.get(trait) ?? 0) + 1);
  actAsPage(doc, source);
  const before = markupOf(doc.documentElement);
  const isRewriting = source.hasScripts;
  const what = `seed ${seed.toString(16)} #${source.index} [${source.traits.join(' ')}]`;

  const model = whole(`${what}: detection`, tally, () => detectArticle(doc, { url: doc.URL, sites: SITES }));
  tally.documents++;
  if (model) {
    tally.articles++;
    // The model is built from the page, never more than it: no block longer than its element's text, or endless.
    for (const block of model.blocks) {
      // (its text plus a separator at each element inside: table cells, line breaks, blocks)
      const bound = (block.element.textContent ?? '').length + 2 * block.element.getElementsByTagName('*').length + 64;
      check(block.text.length <= bound, `${what}: a block longer than the page's text`);
    }
    if (isRewriting) rewriteArticle(doc, model, source.index);

    // The text map of each block: one origin per character, whatever the page did to the block since.
    for (const block of model.blocks) {
      const map = whole(`${what}: text map`, tally, () => mapBlockText(block));
      check(map.origins.length === map.text.length, `${what}: the text map`);
      tally.blocks++;
      tally.chars += block.text.length;
    }

    // Definitions with the hidden check, block by block; the resolution; each acronym found in the page.
    const view = doc.defaultView!;
    // Computed styles (slow in happy-dom) where the page hides text; the markup's own hiding elsewhere.
    const isHidden = source.traits.includes('hidden-definition') ? makeIsHidden(view) : undefined;
    const definitions = drainCounted(
      articleDefinitionSteps(model, isHidden ? { isHidden } : {}),
      maxStepsFor(0, model.blocks.length),
      `${what}: definitions`,
      tally,
      0,
    );
    tally.steps += definitions.steps;
    const resolver = new AcronymResolver({ page: definitions.value, user: [] });
    for (const block of model.blocks) {
      const found = tokenizeAcronyms(block.text, resolver);
      // Linear: at most one occurrence per character.
      check(found.known.length + found.unknown.length <= block.text.length, `${what}: acronyms`);
      const map = mapBlockText(block);
      let from = 0;
      for (const occurrence of found.known.slice(0, 50)) {
        resolver.resolve(occurrence.form, block.text, occurrence.start);
        const at = findInText(map, occurrence.form, from);
        if (at) {
          rangeOfText(map, at.start, at.end);
          from = at.end;
          tally.acronymsLocated++;
        }
      }
    }

    // Summary preparation and key facts: stepped, each step bounded by the line it reads.
    const text = summaryText(model);
    const prepared = drainCounted(summaryPreparationOf(model, text), maxStepsFor(text.length, 0), `${what}: summary preparation`, tally, text.length);
    check(prepared.steps >= minStepsFor(text), `${what}: summary preparation in slices of at most MAX_LINE_CHARS`);
    const facts = drainCounted(keyFactsSteps(text, {}), maxStepsFor(text.length, 0), `${what}: key facts`, tally, text.length);
    check(facts.steps >= minStepsFor(text), `${what}: key facts in slices of at most MAX_LINE_CHARS`);
    tally.steps += prepared.steps + facts.steps;
  }
  // The pipeline reads; it never writes (a rewriting page is compared with itself: the test did the rewriting).
  if (!isRewriting) check(markupOf(doc.documentElement) === before, `${what}: the pipeline changed the page`);
  window.unload(doc, source);
}

/** Documents `from`…`to − 1` of `seed`, in one window, as the unit fuzz and `npm run fuzz` run them. */
export function runDocuments(from: number, to: number, seed: number, tally: Tally): void {
  const window = new FuzzWindow();
  try {
    for (let index = from; index < to; index++) {
      runPipeline(hostileDoc(index, { seed, deepLevels: HAPPY_DOM_DEEP_LEVELS, textScale: HAPPY_DOM_TEXT_SCALE }), seed, tally, window);
    }
  } finally {
    window.close();
  }
}
