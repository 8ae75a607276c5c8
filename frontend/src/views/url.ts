/**
 * The URL hash format the selection is kept in, so that it survives a reload and can be
 * shared. Pure: no DOM.
 *
 * TensorBoard keeps plugin state in its own page's hash, `#landscape&p.landscape.run=...`:
 * the first `&`-separated item without `=` is the active tab, every other item is
 * `encodeURIComponent(key)=encodeURIComponent(value)` (tf_storage's getUrlHashDict, which
 * drops items with more than one raw `=`; encodeURIComponent never leaves one). Plugin keys
 * are `p.<plugin>.<key>`. These functions read and write that format; which keys the tab
 * keeps there, and how their values are written, is in the options table (options.ts).
 */

/** A parsed hash: the tab (the item without `=`), and the other keys in order. */
export interface HashDict {
  tab: string | null;
  entries: Map<string, string>;
}

function decode(s: string): string | null {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
}

/** Parses `#tab&k=v&...` (the leading `#` optional) as tf_storage does. */
export function parseHash(hash: string): HashDict {
  const body = hash.startsWith("#") ? hash.slice(1) : hash;
  const out: HashDict = { tab: null, entries: new Map() };
  if (!body) return out;
  for (const item of body.split("&")) {
    const parts = item.split("=");
    if (parts.length === 1) {
      if (item !== "") out.tab = decode(item) ?? item;
    } else if (parts.length === 2) {
      const k = decode(parts[0]);
      const v = decode(parts[1]);
      if (k !== null && v !== null) out.entries.set(k, v);
    }
  }
  return out;
}

/** The hash for `d`, with its `#`: the tab first, then the keys URI-encoded. */
export function formatHash(d: HashDict): string {
  const items: string[] = [];
  if (d.tab !== null) items.push(d.tab);
  for (const [k, v] of d.entries) items.push(`${encodeURIComponent(k)}=${encodeURIComponent(v)}`);
  return items.length ? `#${items.join("&")}` : "";
}
