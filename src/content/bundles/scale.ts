// The scale feature's bundle: loaded into the content script's world by the background when the feature is wanted on
// a page where it works (src/content/features.ts). It registers the feature; the runner starts it.
import { scale } from '../features/scale/index';
import { registerFeature } from '../runtime';

registerFeature(scale);
