// The fuzz tests' view of a document's markup.

/**
 * outerHTML, without recursion: happy-dom serialises recursively and overflows the stack on a 10,000-deep tree. Same
 * output shape as outerHTML for what the fuzz compares (elements, attributes, text, comments, template contents).
 */
export function markupOf(root: Node): string {
  const out: string[] = [];
  const stack: Array<Node | string> = [root];
  const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\u00a0/g, '&nbsp;');
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (typeof item === 'string') {
      out.push(item);
      continue;
    }
    if (item.nodeType === 3) out.push(escapeText((item as Text).data));
    else if (item.nodeType === 8) out.push(`<!--${(item as Comment).data}-->`);
    else if (item.nodeType === 1) {
      const element = item as Element;
      const attributes = [...element.attributes].map((a) => ` ${a.name}="${a.value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`).join('');
      out.push(`<${element.localName}${attributes}>`);
      stack.push(`</${element.localName}>`);
      const parent: Node = element.localName === 'template' ? (element as HTMLTemplateElement).content : element;
      for (let child = parent.lastChild; child; child = child.previousSibling) stack.push(child);
    }
  }
  return out.join('');
}

