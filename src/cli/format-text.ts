/**
 * The `--format text` summary a person reads: the article, entities with roles, quotes, time
 * expressions, and one line per event (`SRC -> TGT  CODE Label  factuality  from..to`).
 */
import type { Analysis, Event, Failure } from '../doc.js';

const pad = (s: string, n: number): string => (s.length >= n ? s : s + ' '.repeat(n - s.length));

/** One event as a line: `RUSGOV -> PRKGOV  036 Express intent to meet or negotiate  planned  2019-04-22..2019-04-28`. */
export function eventLine(e: Event): string {
  const src = e.source.code ?? e.source.text ?? '?';
  const tgt = e.target.code ?? e.target.text ?? '-';
  const when = e.time.from ? (e.time.to && e.time.to !== e.time.from ? `${e.time.from}..${e.time.to}` : e.time.from) : '';
  const where = e.place.text ? `  @${e.place.text}${e.place.country ? ` (${e.place.country})` : ''}` : '';
  return `${src} -> ${tgt}  ${e.code} ${e.label}  ${e.factuality}${when ? `  ${when}` : ''}${where}`;
}

function wrap(text: string, width = 96, indent = '  '): string {
  const out: string[] = [];
  for (const para of text.split('\n\n')) {
    let line = '';
    for (const word of para.split(/\s+/)) {
      if (line && line.length + 1 + word.length > width) { out.push(indent + line); line = word; } else line = line ? `${line} ${word}` : word;
    }
    if (line) out.push(indent + line);
    out.push('');
  }
  return out.join('\n').trimEnd();
}

/** Renders one analysis (or failure) as the text summary. */
export function formatText(a: Analysis | Failure): string {
  const where = a.source.path ?? a.source.url ?? a.source.id ?? '(stdin)';
  if ('error' in a) return `== ${where}\nERROR ${a.error.code}: ${a.error.message}\n`;
  const art = a.article;
  const L: string[] = [`== ${where}`];
  if (art.title) L.push(`Title:     ${art.title}`);
  if (art.authors.length) L.push(`Authors:   ${art.authors.join(', ')}`);
  L.push(`Published: ${art.published ?? '(unknown)'}${art.provenance.published ? `  [${art.provenance.published}]` : ''}`);
  if (art.site) L.push(`Site:      ${art.site}`);
  if (art.language) L.push(`Language:  ${art.language}`);
  for (const img of art.images) L.push(`Image:     ${img.caption ?? '(no caption)'}${img.credit ? `  (credit: ${img.credit})` : ''}`);
  for (const r of art.related) L.push(`Related:   [${r.rel}] ${r.title}`);
  if (art.authorBio) L.push(`Bio:       ${art.authorBio.length > 120 ? `${art.authorBio.slice(0, 117)}...` : art.authorBio}`);
  L.push(`Removed:   ${art.removed.length} block(s)${art.removed.length ? `: ${[...new Set(art.removed.map((r) => r.kind))].join(', ')}` : ''}`);
  L.push('', `Article (${art.paragraphs.length} paragraphs, ${a.sentences.length} sentences):`, wrap(art.text), '');
  L.push('Entities:');
  for (const e of a.entities) {
    const roles = e.roles.map((r) => `${r.title}${r.of ? ` of ${r.of}` : ''}${r.for ? ` for ${r.for}` : ''}`).join('; ');
    const also = [...new Set(e.mentions.map((m) => m.text).filter((t) => t !== e.name))];
    L.push(`  ${pad(e.id, 4)} ${pad(e.type, 8)} ${pad(e.name, 32)} ${pad(e.actor?.code ?? '', 10)}${roles ? ` ${roles}` : ''}${also.length ? `  (also: ${also.join(' | ')})` : ''}`);
  }
  if (a.quotes.length) {
    L.push('', 'Quotes:');
    for (const q of a.quotes) L.push(`  ${q.text.length > 100 ? `${q.text.slice(0, 97)}...` : q.text}`, `      — ${q.speaker?.text ?? '(unattributed)'}${q.via ? `, via ${q.via}` : ''}`);
  }
  if (a.times.length) {
    L.push('', 'Times:');
    for (const t of a.times) L.push(`  ${pad(t.id, 4)} ${pad(JSON.stringify(t.text), 28)} ${t.from ? `${t.from}..${t.to}` : '(unresolved)'}  ${t.granularity}${t.approximate ? ', approximate' : ''}  anchor ${t.anchor}${t.anchorRef ? ` ${t.anchorRef}` : ''}`);
  }
  L.push('', `Events (${a.events.length}):`);
  for (const e of a.events) L.push(`  ${eventLine(e)}`);
  if (a.warnings.length) { L.push('', 'Warnings:'); for (const w of a.warnings) L.push(`  ${w.code} ${w.message}`); }
  return `${L.join('\n')}\n`;
}
