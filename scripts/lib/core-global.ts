// Entry for the in-page bundle of the pure core (benchmarks and browser walks of the fixtures):
// exposes src/core and the site data as globalThis.__dedocCore in a test page.
import * as core from '../../src/core/index';
import './core-data';
import { SITES } from '../../src/sites/index';

(globalThis as unknown as { __dedocCore: unknown }).__dedocCore = { ...core, SITES };
