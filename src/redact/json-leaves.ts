/** A string or number value inside a JSON text, with its key path (as `flattenRecord` names it) and its token's span. */
export interface JsonLeaf {
  path: string;
  start: number;
  end: number;
  kind: 'string' | 'number';
}

interface Frame {
  path: string;
  array: boolean;
  key: string | null;
}

function childPath(frame: Frame | undefined): string {
  if (!frame) return '$';
  if (frame.array) return `${frame.path}[]`;
  const key = frame.key ?? '';
  return frame.path === '' ? key : `${frame.path}.${key}`;
}

function stringEnd(text: string, start: number): number {
  let i = start + 1;
  while (text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
  return i + 1;
}

/**
 * The leaves of a JSON text that JSON.parse accepted, found on the text itself so unchanged parts (spacing, key
 * order, escapes, integers beyond 2^53 such as card numbers) are written back byte for byte.
 */
export function jsonLeaves(text: string): JsonLeaf[] {
  const leaves: JsonLeaf[] = [];
  const stack: Frame[] = [];
  let expectKey = false;
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    const top = stack[stack.length - 1];
    if (c === '{' || c === '[') {
      const path = stack.length === 0 ? '' : childPath(top);
      stack.push({ path, array: c === '[', key: null });
      expectKey = c === '{';
      i++;
    } else if (c === '}' || c === ']') {
      stack.pop();
      i++;
    } else if (c === ',') {
      expectKey = top !== undefined && !top.array;
      i++;
    } else if (c === '"') {
      const end = stringEnd(text, i);
      if (expectKey && top) {
        top.key = JSON.parse(text.slice(i, end)) as string;
        expectKey = false;
      } else {
        leaves.push({ path: childPath(top), start: i, end, kind: 'string' });
      }
      i = end;
    } else if (c === '-' || (c >= '0' && c <= '9')) {
      let end = i + 1;
      while (end < text.length && /[0-9eE.+-]/.test(text[end])) end++;
      leaves.push({ path: childPath(top), start: i, end, kind: 'number' });
      i = end;
    } else {
      i++; // whitespace, ':', and the letters of true / false / null
    }
  }
  return leaves;
}

/** The leaf's value as text: a decoded string, or a number's digits exactly as written. */
export function leafText(text: string, leaf: JsonLeaf): string {
  const token = text.slice(leaf.start, leaf.end);
  return leaf.kind === 'string' ? (JSON.parse(token) as string) : token;
}
