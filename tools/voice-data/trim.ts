// Repacks espeak-ng's all-languages data (24 MB) into the Vietnamese-only package the extension ships, with the
// loader that matches it. Pure: bytes and source text in, bytes and source text out; build.ts does the files.
//
// Every step is checked, and a failed check throws: the package's own literal must tile its data file; the kept
// files must be exactly EXPECTED_VIETNAMESE_FILES (names and sizes); the rewritten loader, parsed again, must
// list exactly the new offsets; every kept file's bytes must equal the original's; and the loader must contain
// nothing the default extension CSP forbids.
import { findCspProblems, type CspFinding } from './csp-check';
import {
  VoiceDataError,
  checkTiling,
  findPackageLiteral,
  parseModule,
  serializeLiteral,
  type PackagedFile,
} from './package-loader';
import { ESPEAK_DATA_ROOT, EXPECTED_VIETNAMESE_FILES, isVietnameseVoiceFile, type ExpectedFile } from './vietnamese';

export interface VoicePackageInput {
  /** The package's espeak-ng.js, as text. */
  readonly js: string;
  /** The package's espeak-ng.data. */
  readonly data: Uint8Array;
}

export interface TrimmedVoicePackage {
  /** The loader with the Vietnamese-only file list; otherwise the package's code unchanged. */
  readonly js: string;
  readonly data: Uint8Array;
  /** The kept files at their new offsets, in package order. */
  readonly files: readonly PackagedFile[];
  /** How many files of the original package were left out. */
  readonly dropped: number;
}

function relativePath(filename: string): string {
  if (!filename.startsWith(ESPEAK_DATA_ROOT)) throw new VoiceDataError(`${filename} is outside ${ESPEAK_DATA_ROOT}`);
  return filename.slice(ESPEAK_DATA_ROOT.length);
}

/** Throws with every difference between the kept files and the expected list. */
export function checkKeptFiles(kept: readonly ExpectedFile[], expected: readonly ExpectedFile[]): void {
  const want = new Map(expected.map((f) => [f.path, f.bytes]));
  const have = new Map(kept.map((f) => [f.path, f.bytes]));
  const problems: string[] = [];
  for (const [path, bytes] of want) {
    const got = have.get(path);
    if (got === undefined) problems.push(`missing ${path}`);
    else if (got !== bytes) problems.push(`${path} has ${got} bytes, expected ${bytes}`);
  }
  for (const path of have.keys()) if (!want.has(path)) problems.push(`unexpected ${path}`);
  if (kept.length !== have.size) problems.push('a file is kept twice');
  if (problems.length > 0) throw new VoiceDataError(`the Vietnamese voice data is not what was checked: ${problems.join('; ')}`);
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function describe(findings: readonly CspFinding[]): string {
  return findings.map((f) => `${f.what} at ${f.at}`).join(', ');
}

/** Code the default MV3 CSP forbids; the wasm2js stand-in for WebAssembly is plain JavaScript and allowed. */
export function cspProblems(js: string): CspFinding[] {
  const { findings, declaresWebAssembly } = findCspProblems(parseModule(js));
  return findings.filter((f) => !(declaresWebAssembly && f.what === 'WebAssembly compilation'));
}

export function trimVoicePackage(
  input: VoicePackageInput,
  expected: readonly ExpectedFile[] = EXPECTED_VIETNAMESE_FILES,
): TrimmedVoicePackage {
  const literal = findPackageLiteral(input.js);
  checkTiling(literal.files, literal.remotePackageSize);
  if (input.data.byteLength !== literal.remotePackageSize) {
    throw new VoiceDataError(`the data file has ${input.data.byteLength} bytes, its loader expects ${literal.remotePackageSize}`);
  }

  const selected = literal.files.filter((f) => isVietnameseVoiceFile(relativePath(f.filename)));
  checkKeptFiles(
    selected.map((f) => ({ path: relativePath(f.filename), bytes: f.end - f.start })),
    expected,
  );

  const size = selected.reduce((sum, f) => sum + (f.end - f.start), 0);
  const data = new Uint8Array(size);
  const files: PackagedFile[] = [];
  let offset = 0;
  for (const file of selected) {
    data.set(input.data.subarray(file.start, file.end), offset);
    files.push({ filename: file.filename, start: offset, end: offset + (file.end - file.start) });
    offset += file.end - file.start;
  }

  const js = input.js.slice(0, literal.literalStart) + serializeLiteral(files, size) + input.js.slice(literal.literalEnd);

  // Read the result back as the browser will, and compare with what was meant.
  const reread = findPackageLiteral(js);
  checkTiling(reread.files, reread.remotePackageSize);
  if (reread.remotePackageSize !== data.byteLength || reread.files.length !== files.length) {
    throw new VoiceDataError('the rewritten loader does not describe the repacked data');
  }
  reread.files.forEach((file, i) => {
    const meant = files[i]!;
    const original = selected[i]!;
    if (file.filename !== meant.filename || file.start !== meant.start || file.end !== meant.end) {
      throw new VoiceDataError(`the rewritten loader lists ${file.filename} at ${file.start}–${file.end}`);
    }
    if (!sameBytes(data.subarray(file.start, file.end), input.data.subarray(original.start, original.end))) {
      throw new VoiceDataError(`${file.filename} changed while repacking`);
    }
  });
  const problems = cspProblems(js);
  if (problems.length > 0) throw new VoiceDataError(`the loader would break the extension CSP: ${describe(problems)}`);

  return { js, data, files, dropped: literal.files.length - files.length };
}
