// The summary feature's bundle: loaded into the content script's world by the background when the feature is wanted on
// a page where it works (src/content/features.ts). It registers the feature; the runner starts it.
// It also brings core's summary part into the core barrel (the summarizer, the key facts), and core the way to the
// summary model's data file, which comes with it (read once, at its first use).
// From the part itself: this entry runs before the bundle publishes the part into the barrel.
import { useSummaryModel, type SummaryModel } from '../../core/summary/index';
import { summary } from '../features/summary/index';
import { registerFeature, takeData } from '../runtime';

useSummaryModel(() => takeData('summary-model') as SummaryModel);
registerFeature(summary);
