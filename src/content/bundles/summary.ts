// The summary feature's bundle: loaded into the content script's world by the background when the feature is wanted on
// a page where it works (src/content/features.ts). It registers the feature; the runner starts it.
import { summary } from '../features/summary/index';
import { registerFeature } from '../runtime';

registerFeature(summary);
