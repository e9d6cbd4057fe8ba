// The article bundle: what the article features share (the pure core without its data — the full article detection
// with Readability, Vietnamese text, acronyms — and the content-side scheduler, sentence locator and
// highlight), loaded into the content script's world the first time a page may hold an article. It gives the page's
// article tracker the full detection, and core the way to its data files, which the feature bundles that need them
// bring along (src/shared/content-bundles.ts): each is read once, at its first use.
import { decodeBuiltinDictionary, useBuiltinDictionary } from '../../core/index';
import { FULL_DETECTION } from '../detection';
import { runtime, takeData } from '../runtime';

useBuiltinDictionary(() => decodeBuiltinDictionary(takeData('acronyms-dictionary')));

runtime().detector = FULL_DETECTION;
