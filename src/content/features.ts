// The page features, in start order. Each lives in src/content/features/<id>/ and never imports another. Its code
// is not in the boot script: it is a bundle of its own (src/content/bundles/<id>.ts, listed in
// src/shared/content-bundles.ts), loaded into this world on the first page where it is on and can work — everywhere
// for text size (its toolbar buttons), once the page has an article for acronyms and read-aloud, and only when the
// reader first asks for it for the summary (`needs: 'asked'`). A new feature is one entry here, one in
// content-bundles.ts, and its three-line bundle entry.
import type { FeatureId } from '../shared/features';
import { t } from '../shared/i18n';
import type { AcronymGlossary, MessageMap, MessageType, SpeechStatus, SummaryStatus } from '../shared/messages';
import type { BundleId } from '../shared/bundle-order';
import type { LazyFeature } from './feature';
import type { BundleLoader } from './loader';
import type { Runtime } from './runtime';

type StandIns = { [T in MessageType]?: () => MessageMap[T]['response'] };

interface FeatureSpec {
  id: FeatureId;
  bundle: BundleId;
  needs: LazyFeature['needs'];
  /**
   * What the feature answers the popup on a page without an article, where it is on but not loaded: the same
   * answer it would give itself there.
   */
  standIns?: StandIns;
  /**
   * A feature loaded when asked (needs 'asked'): the messages that ask for it on a page with an article (it is loaded,
   * then gets them); its stand-in answers there say the page has one.
   */
  asked?: readonly MessageType[];
  /**
   * Its toolbar button before it is loaded, for a feature whose button is on every page, or on every page with an
   * article for one loaded when asked (LazyFeature.standIn).
   */
  button?(): NonNullable<LazyFeature['standIn']>;
}

const NO_GLOSSARY: AcronymGlossary = { hasArticle: false, items: [], unknown: [] };
const NO_SUMMARY: SummaryStatus = { hasArticle: false, isOpen: false };
const NO_SPEECH: SpeechStatus = { hasArticle: false, state: 'stopped', engine: null, sentence: 0, total: 0, voiceId: null, voiceName: null, rate: 1 };

export const FEATURE_SPECS: readonly FeatureSpec[] = [
  { id: 'scale', bundle: 'scale', needs: 'page' },
  {
    id: 'acronyms',
    bundle: 'acronyms',
    needs: 'article',
    standIns: { 'acronyms/list': () => NO_GLOSSARY },
    // The glossary button is on every page (on a page without an article its panel says so): as the feature draws it.
    button: () => ({
      action: 'acronyms-glossary',
      label: t('acronyms_buttonLabel'),
      text: t('acronyms_buttonText'),
      attributes: { 'aria-expanded': 'false', 'aria-busy': 'true' },
    }),
  },
  {
    id: 'summary',
    bundle: 'summary',
    // The summary, its model and the key facts come when the reader first opens the panel: reading a page costs
    // nothing for them.
    needs: 'asked',
    standIns: { 'summary/status': () => NO_SUMMARY, 'summary/open': () => NO_SUMMARY },
    asked: ['summary/open'],
    button: () => ({ action: 'summary-open', label: t('summary_buttonLabel'), text: t('summary_button'), attributes: { 'aria-expanded': 'false' } }),
  },
  { id: 'speech', bundle: 'speech', needs: 'article', standIns: { 'speech/status': () => NO_SPEECH, 'speech/command': () => NO_SPEECH } },
];

/** The features as the runner takes them: each loads its bundle, then hands over what the bundle registered. */
export function lazyFeatures(loader: BundleLoader, runtime: Runtime): LazyFeature[] {
  return FEATURE_SPECS.map(({ id, bundle, needs, button }) => ({
    id,
    needs,
    ...(button ? { standIn: button() } : {}),
    load: async () => {
      await loader.load([bundle]);
      const feature = runtime.features.get(id);
      if (!feature) throw new Error(`the bundle "${bundle}" registered no feature "${id}"`);
      return feature;
    },
  }));
}

/**
 * On a page with an article, for a feature loaded when asked that is not running (`isIdle`): that the message asks
 * for it (`request`: load it, then give it the message), or its stand-in answer with the article (`answer`).
 */
export function askedFor(
  type: string,
  isIdle: (id: FeatureId) => boolean,
): { id: FeatureId; answer: () => unknown } | { id: FeatureId; request: true } | null {
  for (const spec of FEATURE_SPECS) {
    if (!spec.asked || !isIdle(spec.id)) continue;
    if (spec.asked.includes(type as MessageType)) return { id: spec.id, request: true };
    const answer = (spec.standIns as Record<string, (() => object) | undefined> | undefined)?.[type];
    if (answer) return { id: spec.id, answer: () => ({ ...answer(), hasArticle: true }) };
  }
  return null;
}

/** The stand-in answer to a popup message, if a feature that answers it is idle here (`isIdle`). */
export function standInFor(type: string, isIdle: (id: FeatureId) => boolean): (() => unknown) | null {
  for (const spec of FEATURE_SPECS) {
    const answer = (spec.standIns as Record<string, (() => unknown) | undefined> | undefined)?.[type];
    if (answer && isIdle(spec.id)) return answer;
  }
  return null;
}
