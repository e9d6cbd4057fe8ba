// The read-aloud feature's bundle: loaded into the content script's world by the background when the feature is
// wanted on a page where it works (src/content/features.ts). It registers the feature; the runner starts it. It
// brings core's speech part (normaliser, chunks, voice choice) into the core barrel for itself.
import { speech } from '../features/speech/index';
import { registerFeature } from '../runtime';

registerFeature(speech);
