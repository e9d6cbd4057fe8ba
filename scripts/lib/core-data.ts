// Gives the pure core its data straight from the sources, for scripts, benchmarks and unit tests that run core
// outside the extension: the built-in acronym dictionary's typed source and the summary model's JSON. (The
// extension ships the same data as compact files, loaded once per page that needs them: src/shared/content-bundles.ts.)
// Importing this module is enough.
import { BUILTIN_ENTRIES } from '../../src/core/acronyms/dictionary/builtin';
import { useBuiltinDictionary } from '../../src/core/acronyms/dictionary/lookup';
import modelData from '../../src/core/summary/summary-model.json';
import type { SummaryModel } from '../../src/core/summary/model';
import { useSummaryModel } from '../../src/core/summary/summarize';

useBuiltinDictionary(() => BUILTIN_ENTRIES);
useSummaryModel(() => modelData as unknown as SummaryModel);
