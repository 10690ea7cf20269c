// Relationship types in words, both languages, for edge labels, tooltips and
// the edge panel: `AFFILIATED_WITH` means nothing to a reader, "任职 works at" does.
// Read from the side of the arrow: source → words → target.

export const EDGE_WORDS: Record<string, { zh: string; en: string }> = {
  GAVE: { zh: '演讲', en: 'gave' },
  AT: { zh: '在', en: 'at' },
  ABOUT: { zh: '关于', en: 'about' },
  AFFILIATED_WITH: { zh: '任职于', en: 'works at' },
  ORGANIZED_BY: { zh: '主办方', en: 'organized by' },
  BROADER_THAN: { zh: '包含', en: 'broader than' },
  MENTIONS: { zh: '提及', en: 'mentions' },
};

/** "任职于 works at", with the role when the relationship has one ("任职于 works at · CTO"). */
export function edgeWords(type: string, role?: string | null): string {
  const w = EDGE_WORDS[type];
  const words = w ? `${w.zh} ${w.en}` : type.toLowerCase().replace(/_/g, ' ');
  return role ? `${words} · ${role}` : words;
}
