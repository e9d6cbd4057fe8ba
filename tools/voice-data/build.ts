// Builds the built-in voice's files from the installed package: the Vietnamese-only data, its loader, and a
// manifest that says what is inside. Output is build output (never committed): by default
// node_modules/.cache/dedoc-voice/, where the extension build picks it up.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { trimVoicePackage, type TrimmedVoicePackage } from './trim';
import { ESPEAK_DATA_ROOT, ESPEAK_PACKAGE, ESPEAK_PACKAGE_VERSION } from './vietnamese';
import { VoiceDataError } from './package-loader';

/** File names of the output, relative to the output folder. */
export const VOICE_JS = 'espeak-ng-vi.js';
export const VOICE_DATA = 'espeak-ng-vi.data';
export const VOICE_MANIFEST = 'voice-data.json';

export const DEFAULT_OUT_DIR = fileURLToPath(new URL('../../node_modules/.cache/dedoc-voice/', import.meta.url));

export interface VoiceManifest {
  readonly package: string;
  readonly files: ReadonlyArray<{ readonly path: string; readonly bytes: number }>;
  readonly dataBytes: number;
  readonly jsBytes: number;
  readonly dataSha256: string;
  readonly jsSha256: string;
}

/** The installed package's folder, found the way Node resolves it. */
export function espeakPackageDir(): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve(`${ESPEAK_PACKAGE}/package.json`));
}

/** Reads the installed package, checks its version, and repacks it (see trim.ts). Nothing is written. */
export function trimInstalledPackage(packageDir: string = espeakPackageDir()): TrimmedVoicePackage {
  const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { name?: unknown; version?: unknown };
  if (pkg.name !== ESPEAK_PACKAGE || pkg.version !== ESPEAK_PACKAGE_VERSION) {
    throw new VoiceDataError(
      `expected ${ESPEAK_PACKAGE}@${ESPEAK_PACKAGE_VERSION} in ${packageDir}, found ${String(pkg.name)}@${String(pkg.version)}`,
    );
  }
  const js = readFileSync(join(packageDir, 'espeak-ng.js'), 'utf8');
  const data = new Uint8Array(readFileSync(join(packageDir, 'espeak-ng.data')));
  return trimVoicePackage({ js, data });
}

function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function manifestOf(trimmed: TrimmedVoicePackage): VoiceManifest {
  return {
    package: `${ESPEAK_PACKAGE}@${ESPEAK_PACKAGE_VERSION}`,
    files: trimmed.files.map((f) => ({ path: f.filename.slice(ESPEAK_DATA_ROOT.length), bytes: f.end - f.start })),
    dataBytes: trimmed.data.byteLength,
    jsBytes: Buffer.byteLength(trimmed.js, 'utf8'),
    dataSha256: sha256(trimmed.data),
    jsSha256: sha256(trimmed.js),
  };
}

/** Writes the loader, the data and the manifest into `outDir`; returns the manifest. */
export function buildVoiceData(outDir: string = DEFAULT_OUT_DIR, packageDir?: string): VoiceManifest {
  const trimmed = trimInstalledPackage(packageDir);
  const manifest = manifestOf(trimmed);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, VOICE_JS), trimmed.js);
  writeFileSync(join(outDir, VOICE_DATA), trimmed.data);
  writeFileSync(join(outDir, VOICE_MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
