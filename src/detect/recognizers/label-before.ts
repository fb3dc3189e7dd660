const isLabelChar = (code: number) =>
  (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95 || (code >= 0x4e00 && code <= 0x9fff);
const isGap = (ch: string) => ch === ' ' || ch === '\t';
const MAX_WORD = 24;
const NONE: readonly string[] = [];

/**
 * The last one or two words before a separator at `at` (quotes and spaces skipped), lower-cased: ["card holder",
 * "holder"] for `Card Holder: X`, ["username"] for `"username": "x"`. Recognizers anchor on separators and look a
 * label up here, which is far faster than a case-insensitive regex alternation of every label.
 */
export function labelBefore(text: string, at: number): readonly string[] {
  let end = at;
  while (end > 0 && (text[end - 1] === '"' || text[end - 1] === "'" || isGap(text[end - 1]))) end--;
  if (end === 0 || !isLabelChar(text.charCodeAt(end - 1))) return NONE;
  let start = end;
  while (start > 0 && end - start < MAX_WORD && isLabelChar(text.charCodeAt(start - 1))) start--;
  if (start === end) return NONE;
  const last = text.slice(start, end).toLowerCase();
  let gap = start;
  while (gap > 0 && isGap(text[gap - 1])) gap--;
  let first = gap;
  while (first > 0 && gap - first < MAX_WORD && isLabelChar(text.charCodeAt(first - 1))) first--;
  return gap < start && first < gap ? [`${text.slice(first, gap).toLowerCase()} ${last}`, last] : [last];
}

