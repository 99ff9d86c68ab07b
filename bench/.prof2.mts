import { readFileSync } from 'node:fs';
import { newCtx } from '../src/context.js';
import { newDoc } from '../src/doc.js';
import { STAGES } from '../src/pipeline.js';
import { codeEvents } from '../src/events/coder.js';
const recs = readFileSync('/work/shared/data/events/plover-gsr/dev.jsonl','utf8').trim().split('\n').map((l)=>JSON.parse(l));
const ctx = newCtx({});
const docs = [];
for (const r of recs) {
  let doc = newDoc({ path: null, url: null, id: r.id, mediaType: 'text/plain', encoding: 'utf-8', sha256: null, bytes: null }, r.text, r.id);
  for (const s of STAGES) if (s.name !== 'events') doc = await s.run(doc, ctx);
  docs.push(doc);
}
for (const d of docs) codeEvents(d, ctx);
const t0 = process.cpuUsage();
for (let k = 0; k < 40; k++) for (const d of docs) codeEvents(d, ctx);
const u = process.cpuUsage(t0);
console.log('events ms/sentence', ((u.user + u.system) / 1000 / (40 * docs.length)).toFixed(3));
