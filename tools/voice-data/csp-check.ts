// What in a script would break under the default Manifest V3 extension CSP, `script-src 'self'; object-src 'self'`:
// code built from strings (eval, the Function constructor, string timers) and real WebAssembly, which needs
// 'wasm-unsafe-eval' added to the manifest.
// https://developer.chrome.com/docs/extensions/reference/manifest/content-security-policy#default-policy
//
// Found on the syntax tree, so a comment or a string that merely mentions "eval" does not count, and a property
// such as `addFunction(` is not mistaken for the Function constructor.
import type { Node, CallExpression, NewExpression, Expression, Super } from 'acorn';
import { simple } from 'acorn-walk';

export interface CspFinding {
  readonly what: string;
  /** Source offset of the expression. */
  readonly at: number;
}

function calleeName(callee: Expression | Super): string | undefined {
  if (callee.type === 'Identifier') return callee.name;
  // globalThis.eval, window.Function, self.eval …
  if (callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier') {
    const object = callee.object;
    if (object.type === 'Identifier' && ['globalThis', 'window', 'self', 'global'].includes(object.name)) {
      return callee.property.name;
    }
  }
  return undefined;
}

function isWebAssemblyCompile(callee: Expression | Super): boolean {
  return (
    callee.type === 'MemberExpression' &&
    !callee.computed &&
    callee.object.type === 'Identifier' &&
    callee.object.name === 'WebAssembly' &&
    callee.property.type === 'Identifier' &&
    ['compile', 'compileStreaming', 'instantiate', 'instantiateStreaming', 'Module'].includes(callee.property.name)
  );
}

/**
 * Every use of eval, the Function constructor, string timers and WebAssembly compilation. A module that declares its
 * own `WebAssembly` object (wasm2js output ships a JavaScript stand-in) is reported separately by `declaresWebAssembly`,
 * so a caller can tell the stand-in from the real thing.
 */
export function findCspProblems(ast: Node): { findings: CspFinding[]; declaresWebAssembly: boolean } {
  const findings: CspFinding[] = [];
  let declaresWebAssembly = false;
  const check = (node: CallExpression | NewExpression): void => {
    const name = calleeName(node.callee);
    if (name === 'eval') findings.push({ what: 'eval(…)', at: node.start });
    if (name === 'Function') findings.push({ what: 'Function constructor', at: node.start });
    if ((name === 'setTimeout' || name === 'setInterval') && node.arguments[0]?.type === 'Literal') {
      findings.push({ what: `${name} with a string`, at: node.start });
    }
    if (isWebAssemblyCompile(node.callee)) findings.push({ what: 'WebAssembly compilation', at: node.start });
  };
  simple(ast, {
    CallExpression: check,
    NewExpression: check,
    VariableDeclarator(node) {
      if (node.id.type === 'Identifier' && node.id.name === 'WebAssembly') declaresWebAssembly = true;
    },
  });
  return { findings, declaresWebAssembly };
}
