// Every unit test runs core with its data read straight from the sources (the dictionary's typed source, the
// summary model's JSON), as scripts do; the extension ships the same data as compact files.
import '../../scripts/lib/core-data';
