// Markdown is never rewritten: extraction reads the decoded text and evidence
// offsets point into it. Rules that want prose without markup can read
// `markdownProseView(text)`: the same text with markup blanked out by spaces,
// so every character keeps its offset.

export function looksLikeMarkdown(body: string, path: string): boolean {
  if (/\.(md|markdown|mdx)$/i.test(path)) return true;
  const head = body.slice(0, 20000);
  const signals = [
    /^#{1,6}\s+\S/m, // ATX heading
    /\*\*[^*\n]+\*\*/, // bold
    /!?\[[^\]\n]*\]\([^)\s]+\)/, // link or image
    /^```/m, // fenced code
    /^>\s/m, // quote
    /^\s*[-*+]\s+\S/m, // list
    /\\$/m, // pandoc hard line break
  ];
  const hits = signals.filter((re) => re.test(head)).length;
  return hits >= 2 || /^#{1,6}\s+\S/m.test(head) || /!?\[[^\]\n]+\]\([^)\s]+\)/.test(head);
}

const blank = (s: string): string => ' '.repeat(s.length);

/** Same length as `text`; images, link targets, emphasis markers, heading marks and escapes become spaces. */
export function markdownProseView(text: string): string {
  return text
    .replace(/!\[[^\]\n]*\]\([^)\n]*\)/g, blank) // images carry no prose
    .replace(/\[([^\]\n]*)\]\(([^)\n]*)\)/g, (_m, label: string, target: string) => ` ${label}${blank(`](${target})`)}`)
    .replace(/\*\*|__|~~|`/g, blank)
    .replace(/^#{1,6}(?=\s)/gm, blank)
    .replace(/^>(?=\s)/gm, blank)
    .replace(/\\(?=[\n\\`*_{}[\]()#+\-.!~|<>])/g, ' ');
}
