// The source viewer: a document's text as the loader read it, with the
// evidence span highlighted and scrolled into view, so a reader can check a
// fact against the sentence it came from.
import { gql } from './api';
import { busy, clear, errorMessage, h, status } from './dom';
import type { Evidence } from './types';

interface SourceAnswer {
  document: {
    title: string;
    path: string | null;
    sourceUrl: string | null;
    source: { text: string; current: boolean } | null;
  } | null;
}

export async function openSource(ev: Evidence): Promise<void> {
  if (!ev.document) return;
  const q = `query Source($id: ID!) { document(id: $id) { title path sourceUrl source { text current } } }`;
  await busy(async () => {
    let answer: SourceAnswer;
    try {
      answer = await gql<SourceAnswer>(q, { id: ev.document!.id });
    } catch (e) {
      status(`Source unavailable: ${errorMessage(e)}`, 'error');
      return;
    }
    show(ev, answer.document);
  });
}

function show(ev: Evidence, doc: SourceAnswer['document']): void {
  const box = document.getElementById('source-viewer') as HTMLDialogElement;
  const body = box.querySelector('.source-body') as HTMLElement;
  clear(body);
  (box.querySelector('.source-title') as HTMLElement).textContent = doc?.title ?? ev.document?.title ?? 'Document';
  const meta = [doc?.path, doc?.sourceUrl].filter(Boolean).join(' · ');
  (box.querySelector('.source-meta') as HTMLElement).textContent = meta;
  const source = doc?.source;
  if (!source) body.append(h('p', { class: 'error' }, 'The file is no longer where it was ingested from.'));
  else {
    if (!source.current)
      body.append(h('p', { class: 'error' }, 'The file has changed since it was ingested; the highlight may be off.'));
    const start = Math.max(0, Math.min(ev.start, source.text.length));
    const end = Math.max(start, Math.min(ev.end, source.text.length));
    const mark = h('mark', { id: 'source-mark' }, source.text.slice(start, end));
    body.append(h('pre', { class: 'source-text' }, source.text.slice(0, start), mark, source.text.slice(end)));
    requestAnimationFrame(() => mark.scrollIntoView({ block: 'center' }));
  }
  if (!box.open) box.showModal();
}
