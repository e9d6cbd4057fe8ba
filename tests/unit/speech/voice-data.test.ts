// The built-in voice's data, repacked for Vietnamese only: exactly these files and bytes, a loader that lists
// them, nothing the extension CSP forbids, and loud failures when the package is not what was checked.
import { describe, expect, it } from 'vitest';
import { manifestOf, trimInstalledPackage } from '../../../tools/voice-data/build';
import { findCspProblems } from '../../../tools/voice-data/csp-check';
import {
  VoiceDataError,
  checkTiling,
  findPackageLiteral,
  parseModule,
  serializeLiteral,
} from '../../../tools/voice-data/package-loader';
import { checkKeptFiles, cspProblems, trimVoicePackage } from '../../../tools/voice-data/trim';
import { EXPECTED_VIETNAMESE_BYTES, EXPECTED_VIETNAMESE_FILES } from '../../../tools/voice-data/vietnamese';

// Repacked once for the whole file (reading 24 MB and parsing the 800 KB loader takes seconds on a loaded machine).
const trimmed = trimInstalledPackage();

// Parsing the 800 KB loader takes about a second; the shared machines can be many times slower.
describe('the trimmed data of @echogarden/espeak-ng-emscripten 0.3.5', { timeout: 30_000 }, () => {
  it('keeps exactly the Vietnamese files, 712,024 bytes', () => {
    expect(manifestOf(trimmed).files).toEqual([
      { path: 'intonations', bytes: 2_312 },
      { path: 'lang/aav/vi', bytes: 111 },
      { path: 'lang/aav/vi-VN-x-central', bytes: 143 },
      { path: 'lang/aav/vi-VN-x-south', bytes: 142 },
      { path: 'phondata', bytes: 554_740 },
      { path: 'phonindex', bytes: 43_316 },
      { path: 'phontab', bytes: 58_652 },
      { path: 'vi_dict', bytes: 52_608 },
    ]);
    expect(trimmed.data.byteLength).toBe(712_024);
    expect(EXPECTED_VIETNAMESE_BYTES).toBe(712_024);
    expect(trimmed.dropped).toBe(451);
  });

  it('has a loader whose package literal lists those files at their new offsets', () => {
    const literal = findPackageLiteral(trimmed.js);
    expect(literal.remotePackageSize).toBe(712_024);
    expect(literal.files).toEqual(trimmed.files);
    checkTiling(literal.files, literal.remotePackageSize);
    expect(literal.files.map((f) => f.filename)).toContain('/usr/share/espeak-ng-data/vi_dict');
  });

  it('is the package’s loader with only the literal changed', () => {
    const js = trimmed.js;
    expect(js.length).toBe(805_707);
    expect(js.startsWith('\nvar Module = (() => {')).toBe(true);
    expect(js.endsWith('export default Module;\n')).toBe(true);
  });

  it('contains no eval, no Function constructor and no real WebAssembly (default MV3 CSP)', () => {
    expect(cspProblems(trimmed.js)).toEqual([]);
    // The wasm2js output declares its own WebAssembly stand-in: plain JavaScript.
    expect(findCspProblems(parseModule(trimmed.js)).declaresWebAssembly).toBe(true);
  });
});

describe('checks that fail loudly', () => {
  // A tiny module in the file packager's shape: two files of 3 and 2 bytes.
  const js = 'function loadPackage(m){}loadPackage({files:[{filename:"/usr/share/espeak-ng-data/vi_dict",start:0,end:3},{filename:"/usr/share/espeak-ng-data/en_dict",start:3,end:5}],remote_package_size:5});export default 1;';
  const data = new Uint8Array([1, 2, 3, 4, 5]);
  const expected = [{ path: 'vi_dict', bytes: 3 }];

  it('repacks a well-formed package', () => {
    const out = trimVoicePackage({ js, data }, expected);
    expect([...out.data]).toEqual([1, 2, 3]);
    expect(findPackageLiteral(out.js).files).toEqual([{ filename: '/usr/share/espeak-ng-data/vi_dict', start: 0, end: 3 }]);
  });

  it('refuses a data file of another size than the loader says', () => {
    expect(() => trimVoicePackage({ js, data: data.subarray(0, 4) }, expected)).toThrow(VoiceDataError);
  });

  it('refuses when the kept files differ from the checked list', () => {
    expect(() => trimVoicePackage({ js, data }, [{ path: 'vi_dict', bytes: 4 }])).toThrow(/vi_dict has 3 bytes, expected 4/);
    expect(() => trimVoicePackage({ js, data }, [...expected, { path: 'phontab', bytes: 1 }])).toThrow(/missing phontab/);
    expect(() => checkKeptFiles([{ path: 'x', bytes: 1 }], [])).toThrow(/unexpected x/);
  });

  it('refuses a loader without exactly one package literal, or with files that do not tile', () => {
    expect(() => findPackageLiteral('export default 1;')).toThrow(/found 0/);
    const twice = 'loadPackage({files:[],remote_package_size:0});loadPackage({files:[],remote_package_size:0});';
    expect(() => findPackageLiteral(twice)).toThrow(/found 2/);
    expect(() => findPackageLiteral('loadPackage({files:[{filename:"a",start:0,end:x}],remote_package_size:1})')).toThrow(VoiceDataError);
    expect(() => checkTiling([{ filename: 'a', start: 1, end: 2 }], 2)).toThrow(/expected to start at 0/);
    expect(() => checkTiling([{ filename: 'a', start: 0, end: 1 }], 2)).toThrow(/package size is 2/);
  });

  it('refuses a loader the extension CSP would block', () => {
    const evil = js.replace('export default 1;', 'eval("1");export default 1;');
    expect(() => trimVoicePackage({ js: evil, data }, expected)).toThrow(/CSP: eval/);
    expect(cspProblems('new Function("return 1")')).toHaveLength(1);
    expect(cspProblems('setTimeout("x()", 1)')).toHaveLength(1);
    expect(cspProblems('WebAssembly.instantiate(bytes)')).toHaveLength(1);
    expect(cspProblems('addFunction(f); removeFunction(f); const evaluate = 1;')).toEqual([]);
  });

  it('writes the literal in the packager’s own shape', () => {
    expect(serializeLiteral([{ filename: '/a', start: 0, end: 2 }], 2)).toBe('{files:[{filename:"/a",start:0,end:2}],remote_package_size:2}');
    expect(EXPECTED_VIETNAMESE_FILES).toHaveLength(8);
  });
});

describe('the Vite plugin that puts the voice into the build', { timeout: 30_000 }, () => {
  it('serves the trimmed loader as a virtual module and emits the data file', async () => {
    const { voiceDataPlugin, VOICE_DATA_FILE, VOICE_MODULE_ID } = await import('../../../tools/voice-data/vite-plugin');
    const plugin = voiceDataPlugin({ trim: () => trimmed });
    const call = <T>(hook: unknown, self: unknown, ...args: unknown[]): T => (hook as (...a: unknown[]) => T).apply(self, args);
    const resolved = call<string | undefined>(plugin.resolveId, {}, VOICE_MODULE_ID);
    expect(resolved).toBe(`\0${VOICE_MODULE_ID}`);
    expect(call<string | undefined>(plugin.resolveId, {}, './other')).toBeUndefined();
    const js = call<string>(plugin.load, {}, resolved);
    expect(js.length).toBe(805_707);
    const emitted: Array<{ fileName: string; source: Uint8Array }> = [];
    call(plugin.generateBundle, { emitFile: (file: { fileName: string; source: Uint8Array }) => emitted.push(file) });
    expect(emitted.map((f) => [f.fileName, f.source.byteLength])).toEqual([[VOICE_DATA_FILE, 712_024]]);
  });
});
