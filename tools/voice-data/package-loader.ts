// Reads and rewrites the file list of an Emscripten data package inside its loader script.
//
// The file packager writes one call into the module, `loadPackage({files: [{filename, start, end}, …],
// remote_package_size: N})`, and the loader cuts the data file at exactly those offsets. A repacked data file
// therefore needs a loader whose literal lists the same files at their new offsets. The literal is found through
// a real JavaScript parser (acorn), not by searching the text, so a change in the minifier's spacing or key order
// fails loudly here instead of producing a loader that cuts the data at the wrong places.
import { parse, type Node, type Expression, type ObjectExpression, type Property, type CallExpression } from 'acorn';
import { simple } from 'acorn-walk';

export interface PackagedFile {
  /** Absolute path inside the module's virtual file system, e.g. /usr/share/espeak-ng-data/vi_dict. */
  readonly filename: string;
  /** Byte offsets in the data file, end exclusive. */
  readonly start: number;
  readonly end: number;
}

export interface PackageLiteral {
  readonly files: readonly PackagedFile[];
  readonly remotePackageSize: number;
  /** Source offsets of the object literal passed to loadPackage (end exclusive). */
  readonly literalStart: number;
  readonly literalEnd: number;
}

export class VoiceDataError extends Error {
  override readonly name = 'VoiceDataError';
}

/** Parses a module the way bundlers will: an ES module of the latest syntax. */
export function parseModule(source: string): Node {
  return parse(source, { ecmaVersion: 'latest', sourceType: 'module' });
}

function propertyName(property: Property): string | undefined {
  if (property.computed) return undefined;
  const key = property.key;
  if (key.type === 'Identifier') return key.name;
  if (key.type === 'Literal' && typeof key.value === 'string') return key.value;
  return undefined;
}

function propertiesOf(object: ObjectExpression, where: string): Map<string, Expression> {
  const out = new Map<string, Expression>();
  for (const property of object.properties) {
    if (property.type !== 'Property') throw new VoiceDataError(`${where}: unexpected spread in the package literal`);
    const name = propertyName(property);
    if (name === undefined) throw new VoiceDataError(`${where}: unexpected computed key in the package literal`);
    if (out.has(name)) throw new VoiceDataError(`${where}: key "${name}" appears twice`);
    out.set(name, property.value);
  }
  return out;
}

function numberOf(node: Expression | undefined, where: string): number {
  if (node?.type !== 'Literal' || typeof node.value !== 'number' || !Number.isSafeInteger(node.value) || node.value < 0) {
    throw new VoiceDataError(`${where}: expected a non-negative integer literal`);
  }
  return node.value;
}

function stringOf(node: Expression | undefined, where: string): string {
  if (node?.type !== 'Literal' || typeof node.value !== 'string') {
    throw new VoiceDataError(`${where}: expected a string literal`);
  }
  return node.value;
}

function readLiteral(call: CallExpression): PackageLiteral {
  const [argument, ...rest] = call.arguments;
  if (argument?.type !== 'ObjectExpression' || rest.length > 0) {
    throw new VoiceDataError('loadPackage must be called with exactly one object literal');
  }
  const top = propertiesOf(argument, 'loadPackage argument');
  const filesNode = top.get('files');
  if (filesNode?.type !== 'ArrayExpression') throw new VoiceDataError('loadPackage argument has no files array');
  const files: PackagedFile[] = filesNode.elements.map((element, i) => {
    const where = `files[${i}]`;
    if (element?.type !== 'ObjectExpression') throw new VoiceDataError(`${where}: expected an object literal`);
    const fields = propertiesOf(element, where);
    for (const key of fields.keys()) {
      // "audio" is written only for audio files, which an espeak-ng package does not contain.
      if (key !== 'filename' && key !== 'start' && key !== 'end') throw new VoiceDataError(`${where}: unexpected key "${key}"`);
    }
    return {
      filename: stringOf(fields.get('filename'), `${where}.filename`),
      start: numberOf(fields.get('start'), `${where}.start`),
      end: numberOf(fields.get('end'), `${where}.end`),
    };
  });
  for (const key of top.keys()) {
    if (key !== 'files' && key !== 'remote_package_size') throw new VoiceDataError(`loadPackage argument: unexpected key "${key}"`);
  }
  return {
    files,
    remotePackageSize: numberOf(top.get('remote_package_size'), 'remote_package_size'),
    literalStart: argument.start,
    literalEnd: argument.end,
  };
}

/** Finds the one `loadPackage({…})` call of the module and reads its literal. */
export function findPackageLiteral(source: string, ast: Node = parseModule(source)): PackageLiteral {
  const calls: CallExpression[] = [];
  simple(ast, {
    CallExpression(node) {
      if (node.callee.type === 'Identifier' && node.callee.name === 'loadPackage') calls.push(node);
    },
  });
  if (calls.length !== 1) throw new VoiceDataError(`expected one loadPackage(…) call in the module, found ${calls.length}`);
  return readLiteral(calls[0]!);
}

/** The files must tile the data file: contiguous from 0, no gaps or overlaps, ending at the package size. */
export function checkTiling(files: readonly PackagedFile[], size: number): void {
  let offset = 0;
  const names = new Set<string>();
  for (const file of files) {
    if (names.has(file.filename)) throw new VoiceDataError(`${file.filename} is listed twice`);
    names.add(file.filename);
    if (file.start !== offset || file.end < file.start) {
      throw new VoiceDataError(`${file.filename} spans ${file.start}–${file.end}, expected to start at ${offset}`);
    }
    offset = file.end;
  }
  if (offset !== size) throw new VoiceDataError(`files end at ${offset} but the package size is ${size}`);
}

/** The literal in the exact shape the file packager writes (unquoted keys, double-quoted names). */
export function serializeLiteral(files: readonly PackagedFile[], size: number): string {
  const entries = files.map((f) => `{filename:${JSON.stringify(f.filename)},start:${f.start},end:${f.end}}`);
  return `{files:[${entries.join(',')}],remote_package_size:${size}}`;
}
