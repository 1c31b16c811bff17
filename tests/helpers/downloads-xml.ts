// A strict XML well-formedness check for the workbooks the pipeline writes (no XML parser
// is a dependency of the project, and no office suite is installed to open the files).
// It covers what a writer can get wrong: unbalanced or crossed tags, bad names, unquoted
// or duplicate attributes, a raw "<" or "&" in text or attributes, unknown entities,
// characters XML 1.0 forbids, and anything after the root element.

const NAME = /^[A-Za-z_][\w.-]*(:[A-Za-z_][\w.-]*)?$/;
const ENTITY = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g;
const FORBIDDEN = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u;

function checkText(s: string, where: string): string | null {
  if (FORBIDDEN.test(s)) return `forbidden character in ${where}`;
  const rest = s.replace(ENTITY, '');
  if (rest.includes('&')) return `bare or unknown entity "&" in ${where}`;
  if (rest.includes('<')) return `raw "<" in ${where}`;
  return null;
}

/** null when `xml` is well-formed, else the first problem found. */
export function xmlProblem(xml: string): string | null {
  let i = 0;
  if (xml.startsWith('<?xml')) {
    const end = xml.indexOf('?>');
    if (end < 0) return 'unterminated XML declaration';
    i = end + 2;
  }
  const stack: string[] = [];
  let rootSeen = false;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const text = xml.slice(i, lt < 0 ? xml.length : lt);
    if (stack.length === 0 && text.trim() !== '') return `text outside the root element: ${JSON.stringify(text.slice(0, 40))}`;
    const bad = checkText(text, `text before offset ${lt}`);
    if (bad) return bad;
    if (lt < 0) break;
    const gt = xml.indexOf('>', lt);
    if (gt < 0) return `unterminated tag at ${lt}`;
    const tag = xml.slice(lt + 1, gt);
    i = gt + 1;
    if (tag.startsWith('/')) {
      const name = tag.slice(1).trim();
      const open = stack.pop();
      if (open !== name) return `</${name}> closes <${open ?? 'nothing'}> at ${lt}`;
      continue;
    }
    if (tag.startsWith('?') || tag.startsWith('!')) return `unexpected <${tag.slice(0, 10)} at ${lt}`;
    if (stack.length === 0 && rootSeen) return `second root element <${tag.slice(0, 20)}> at ${lt}`;
    const selfClosing = tag.endsWith('/');
    const body = selfClosing ? tag.slice(0, -1) : tag;
    const m = /^([^\s/>]+)/.exec(body);
    if (!m || !NAME.test(m[1])) return `bad element name in <${tag.slice(0, 20)}> at ${lt}`;
    let attrs = body.slice(m[1].length);
    const seen = new Set<string>();
    const ATTR = /^\s+([^\s=]+)\s*=\s*("([^"]*)"|'([^']*)')/;
    for (let a = ATTR.exec(attrs); a; a = ATTR.exec(attrs)) {
      if (!NAME.test(a[1])) return `bad attribute name ${a[1]} at ${lt}`;
      if (seen.has(a[1])) return `duplicate attribute ${a[1]} at ${lt}`;
      seen.add(a[1]);
      const value = a[3] ?? a[4];
      const badValue = checkText(value, `attribute ${a[1]} at ${lt}`);
      if (badValue) return badValue;
      attrs = attrs.slice(a[0].length);
    }
    if (attrs.trim() !== '') return `malformed attributes ${JSON.stringify(attrs.slice(0, 30))} at ${lt}`;
    rootSeen = true;
    if (!selfClosing) stack.push(m[1]);
  }
  if (stack.length) return `unclosed <${stack.at(-1)}>`;
  if (!rootSeen) return 'no root element';
  return null;
}
