// Cuts a source's text into passages that each lie on one page and in one section, so every search hit can
// name its page and section. Long stretches are split at paragraph breaks to keep hits local.
import type { PageSpan, SectionSpan } from '../../../core/library/library-types';

export interface Passage {
  page: number;
  section: string;
  body: string;
}

const MAX_PASSAGE = 1500;

function sectionAt(sections: SectionSpan[], offset: number): string {
  let best: SectionSpan | undefined;
  for (const s of sections) {
    if (s.start <= offset && offset < s.end && (!best || s.level >= best.level)) best = s;
  }
  return best?.title ?? '';
}

function splitLong(body: string): string[] {
  if (body.length <= MAX_PASSAGE) return [body];
  const out: string[] = [];
  let current = '';
  for (const para of body.split('\n\n')) {
    if (current && current.length + para.length > MAX_PASSAGE) {
      out.push(current);
      current = '';
    }
    current = current ? `${current}\n\n${para}` : para;
  }
  if (current) out.push(current);
  return out;
}

export function toPassages(text: string, pages: PageSpan[], sections: SectionSpan[]): Passage[] {
  const cuts = new Set<number>([0, text.length]);
  for (const p of pages) cuts.add(p.start);
  for (const s of sections) cuts.add(s.start);
  const sorted = [...cuts].filter((c) => c >= 0 && c <= text.length).sort((a, b) => a - b);
  const passages: Passage[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const start = sorted[i]!;
    const body = text.slice(start, sorted[i + 1]).trim();
    if (!body) continue;
    const page = pages.find((p) => p.start <= start && start < p.end)?.page ?? pages[0]?.page ?? 1;
    const section = sectionAt(sections, start);
    for (const part of splitLong(body)) passages.push({ page, section, body: part });
  }
  return passages;
}
