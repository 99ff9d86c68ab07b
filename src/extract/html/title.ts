/**
 * Title cleanup: drops a " | Site Name" / " - Site" suffix (or "Site: " prefix) when that part
 * names the site (equals the site name, or the host's main label such as "cnn" for cnn.com).
 */
import { TITLE_SEPARATOR } from './rules/meta.js';

const key = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** True when `part` names the site given by `site` or `host`. */
export function namesSite(part: string, site: string | null, host: string | null): boolean {
  const k = key(part);
  if (!k) return false;
  if (site && key(site) === k) return true;
  if (!host) return false;
  const labels = host.toLowerCase().split('.');
  const main = labels.length >= 2 ? labels[labels.length - 2] : labels[0];
  return key(main) === k || key(host) === k;
}

/**
 * `title` without a site-name suffix or prefix. Only a part that names the site is removed;
 * "Trade war - what comes next" stays whole. Returns the trimmed title.
 */
export function stripSiteSuffix(title: string, site: string | null, host: string | null): string {
  let t = title.trim();
  for (let i = 0; i < 2; i++) {
    const parts = t.split(TITLE_SEPARATOR);
    if (parts.length < 2) break;
    const last = parts[parts.length - 1];
    const first = parts[0];
    if (namesSite(last, site, host)) {
      const m = t.lastIndexOf(last);
      t = t.slice(0, m).replace(new RegExp(`${TITLE_SEPARATOR.source}$`), '').trim();
    } else if (namesSite(first, site, host)) {
      t = t.slice(first.length).replace(new RegExp(`^${TITLE_SEPARATOR.source}`), '').trim();
    } else break;
  }
  return t;
}
