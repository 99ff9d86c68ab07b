/**
 * URL inputs: a unit whose job fetches the page (src/ingest/fetch.ts rules) and hands the bytes,
 * the HTTP charset and the fetch day (`crawled`) to the analysis. Key: the URL as given.
 */
import { bareSource } from '../load/index.js';
import { codeOf } from './errors.js';
import type { Job, ReadContext, Unit } from './job.js';
import { failureRecord } from '../records.js';

/** A unit fetching `url`; `over` sets the key, source path and published day (feed items). */
export function urlUnit(url: string, rc: ReadContext, over: { key?: string; path?: string; published?: string } = {}): Unit {
  const key = over.key ?? url;
  const job = async (): Promise<Job> => {
    try {
      const got = await rc.fetcher().fetch(url, rc.signal);
      return {
        kind: 'bytes', options: { ...rc.options, crawled: got.day }, bytes: got.bytes, charset: got.charset,
        path: over.path ?? null, url: got.url, ...(over.published ? { published: over.published } : {}),
      };
    } catch (err) {
      const { code, message } = codeOf(err, url);
      return { kind: 'failure', options: rc.options, failure: failureRecord({ ...bareSource(over.path ?? null), url }, code, message) };
    }
  };
  return { key, job };
}
