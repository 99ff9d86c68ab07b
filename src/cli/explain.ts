/**
 * `dateline explain [INPUT...]`: for each sentence of each input, the actor mentions, every rule that
 * matched, the arguments it found and why each candidate event was kept or dropped, and the events
 * that resulted. Text for people (default) or JSON Lines (`--format jsonl`, one line per input:
 * `{id, source, sentences: SentenceTrace[], events}`). Exit codes as `analyze`.
 */
import type { Writable } from 'node:stream';
import type { Event } from '../doc.js';
import { newCtx } from '../context.js';
import { checkOptions, docOfLoaded } from '../analyze.js';
import { DatelineError } from '../errors.js';
import { codeEventsTraced } from '../events/coder.js';
import type { SentenceTrace } from '../events/trace.js';
import { loadInputs } from '../load/index.js';
import { dictionaryOptions } from './dictionary-options.js';
import { STAGES } from '../pipeline.js';
import { failureRecord } from '../records.js';

/** Options of `explain`, as parsed from the command line. */
export interface ExplainCommandOptions {
  actors?: string[];
  agents?: string[];
  verbs?: string[];
  discards?: string[];
  published?: string;
  crawled?: string;
  format: 'text' | 'jsonl';
  inputFormat: 'auto' | 'jsonl';
}

const BEFORE_EVENTS = STAGES.filter((s) => s.name !== 'events');

function eventLine(e: Event): string {
  const place = e.place?.text ? `  @${e.place.text}${e.place.country ? ` (${e.place.country})` : ''}` : '';
  const time = e.time?.from ? `  ${e.time.from}${e.time.to && e.time.to !== e.time.from ? `..${e.time.to}` : ''}` : '';
  return `${e.id} ${e.source.code ?? '-'} -> ${e.target.code ?? '-'}  ${e.code} ${e.label}  ${e.factuality}${time}${place}  confidence ${e.confidence}`;
}

/** The text report of one input. */
export function explainText(text: string, sentences: readonly SentenceTrace[], events: readonly Event[]): string {
  const byId = new Map(events.map((e) => [e.id, e]));
  const out: string[] = [];
  for (const s of sentences) {
    out.push(`[${s.index + 1}] ${s.start}-${s.end}  ${text.slice(s.start, s.end).replace(/\s+/g, ' ')}`);
    if (s.discard) { out.push(`    discarded by ${s.discard}`); continue; }
    out.push(`    actors: ${s.actors.join(', ') || '(none: no event can be coded)'}`);
    if (!s.candidates.length && s.actors.length) out.push('    no rule matched');
    for (const c of s.candidates) {
      out.push(`    ${c.kept ? '+' : '-'} ${c.rule} ${c.code} "${c.trigger.text}" (${c.section})`);
      out.push(`        ${c.reason}`);
      if (c.sourceHow !== 'none' || c.targetHow !== 'none' || c.kept) {
        out.push(`        source: ${c.sources.join(' + ') || '-'} [${c.sourceHow}]  target: ${c.targets.join(' + ') || '-'} [${c.targetHow}]`);
      }
      out.push(`        ${c.kept ? 'kept' : c.why}${c.kept && c.factuality ? `; factuality ${c.factuality}` : ''}`);
      for (const id of c.events) { const e = byId.get(id); if (e) out.push(`        => ${eventLine(e)}`); }
    }
  }
  return out.join('\n');
}

/** Runs the command; returns the exit code (0 all explained, 1 some inputs failed). */
export async function runExplain(inputs: string[], opts: ExplainCommandOptions, io: { stdout: Writable; stdin?: NodeJS.ReadableStream }): Promise<number> {
  const options = {
    ...(opts.published !== undefined ? { published: opts.published } : {}),
    ...(opts.crawled !== undefined ? { crawled: opts.crawled } : {}),
  };
  checkOptions(options);
  const dictionaries = dictionaryOptions(opts);
  const base = newCtx(dictionaries ? { ...options, dictionaries } : options);
  let failed = 0;
  for await (const res of loadInputs(inputs, { inputFormat: opts.inputFormat, stdin: io.stdin })) {
    if (!res.ok) {
      failed++;
      const f = failureRecord(res.source, res.code, res.message, res.id);
      io.stdout.write(opts.format === 'jsonl' ? `${JSON.stringify(f)}\n` : `== ${res.source?.path ?? res.id ?? 'input'}\nerror ${res.code}: ${res.message}\n\n`);
      continue;
    }
    try {
      const { doc, ctx } = await docOfLoaded(res, base, BEFORE_EVENTS);
      const { events, sentences } = codeEventsTraced(doc, ctx);
      if (opts.format === 'jsonl') io.stdout.write(`${JSON.stringify({ schema: 'dateline-explain/1', id: doc.id, source: doc.source, sentences, events })}\n`);
      else io.stdout.write(`== ${doc.source.path ?? doc.source.url ?? doc.id ?? 'input'}\n${explainText(doc.article.text, sentences, events)}\n\n`);
    } catch (err) {
      failed++;
      const e = err instanceof DatelineError ? err : new DatelineError('E099', String(err));
      const f = failureRecord(res.source, e.code, e.message, res.id);
      io.stdout.write(opts.format === 'jsonl' ? `${JSON.stringify(f)}\n` : `== ${res.source.path ?? res.id ?? 'input'}\nerror ${e.code}: ${e.message}\n\n`);
    }
  }
  return failed > 0 ? 1 : 0;
}
