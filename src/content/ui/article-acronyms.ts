// The article's acronym resolution (its own definitions, then the user's dictionary, then the built-in one), made
// once per article and user dictionary and shared by every feature that needs it: the tooltips, the summary's
// organisations, read-aloud. Through the runner's per-article memo, so the features never import each other.
import {
  AcronymResolver,
  articleDefinitionSteps,
  articleResolver,
  type ArticleModel,
  type DefinitionOptions,
  type UserAcronym,
} from '../../core/index';
import { driveFor, yieldToPage } from '../schedule';
import type { FeatureContext } from '../feature';
import { makeIsHidden } from './hidden';

/** A key per user dictionary (by identity: the dictionary module hands out a new array on every change). */
const keys = new WeakMap<readonly UserAcronym[], string>();
let nextKey = 0;

function keyOf(user: readonly UserAcronym[]): string {
  let key = keys.get(user);
  if (key === undefined) {
    key = `acronyms:${user.length === 0 ? 'none' : `user-${nextKey++}`}`;
    keys.set(user, key);
  }
  return key;
}

/** Longest slice of the definitions' search: well under the 50 ms long-task line. */
const DEFINITION_SLICE_MS = 8;

function definitionOptions(context: FeatureContext): DefinitionOptions {
  // Text the page does not draw defines nothing here either (a definition planted in a hidden box).
  const view = context.document.defaultView;
  return view ? { isHidden: makeIsHidden(view) } : {};
}

/**
 * The resolver of the current article with these user entries, or null when the page has no article. Made at once
 * when nobody made it yet (a long article's definitions take a while: features that can wait use articleAcronymsSoon).
 */
export function articleAcronyms(context: FeatureContext, user: readonly UserAcronym[]): AcronymResolver | null {
  return context.article.memo(keyOf(user), (model: ArticleModel) => articleResolver(model, user, undefined, definitionOptions(context)));
}

/**
 * The same, made in slices of at most DEFINITION_SLICE_MS, each in a task of its own (the article's definitions are
 * searched block by block), and then shared with articleAcronyms. Null when the page has no article.
 */
export function articleAcronymsSoon(context: FeatureContext, user: readonly UserAcronym[]): Promise<AcronymResolver | null> {
  const key = keyOf(user);
  const made = context.article.memo(`${key}:soon`, async (model: ArticleModel) => {
    const steps = articleDefinitionSteps(model, definitionOptions(context));
    for (;;) {
      const slice = driveFor(steps, DEFINITION_SLICE_MS);
      if (slice.done) {
        const resolver = new AcronymResolver({ page: slice.value, user });
        // The one resolution of this article: articleAcronyms hands out the same (unless it was made meanwhile).
        return context.article.current() === model ? (context.article.memo(key, () => resolver) ?? resolver) : resolver;
      }
      await yieldToPage();
    }
  });
  return made ?? Promise.resolve(null);
}
