// One browser per test file and browser name, and every test on its own: it starts from a fresh install's
// settings (plus the file's own `prefs`), and the tabs it opened are closed when it ends, passed or failed.
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { launch, type BrowserName, type Harness, type LaunchOptions, type TestPage } from './browsers';
import { closeWelcomeTabs, resetExtension, setPrefs } from './extension';
import { startServer, type TestServer } from './server';

export interface Suite {
  name: BrowserName;
  server: TestServer;
  harness: Harness;
  /** An extension page (options) kept open for the whole file: it reads and writes the extension's state. */
  control: TestPage;
  /** How many welcome pages the install opened (closed before the first test, so no test meets it by chance). */
  welcomeAtInstall: number;
}

export interface SuiteOptions extends LaunchOptions {
  /** Preferences every test of the file starts with (e.g. other features off). */
  prefs?: Record<string, unknown>;
}

export function useBrowser(name: BrowserName, options: SuiteOptions = {}): Suite {
  const suite = { name } as Suite;
  beforeAll(async () => {
    suite.server = await startServer();
    suite.harness = await launch(name, options);
    suite.control = await suite.harness.openExtensionPage('src/options/index.html');
    suite.welcomeAtInstall = await closeWelcomeTabs(suite.control, 10_000);
  }, 90_000);
  beforeEach(async () => {
    await resetExtension(suite.control);
    if (options.prefs) await setPrefs(suite.control, options.prefs);
  });
  afterEach(async () => {
    await suite.harness?.closePagesExcept([suite.control]);
  });
  afterAll(async () => {
    await suite.harness?.close();
    await suite.server?.close();
  });
  return suite;
}
