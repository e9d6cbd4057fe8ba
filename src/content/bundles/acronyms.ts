// The acronyms feature's bundle: loaded into the content script's world by the background when the feature is
// wanted on a page where it works (src/content/features.ts). It registers the feature; the runner starts it.
import { routeDictionaryWrites } from '../../shared/dictionary';
import { sendMessage } from '../../shared/messages';
import { acronyms } from '../features/acronyms/index';
import { registerFeature } from '../runtime';

// Dictionary writes go to the background, which applies them one at a time (as settings writes, routed by boot).
routeDictionaryWrites((change) => sendMessage('dictionary/apply', { change }));
registerFeature(acronyms);
