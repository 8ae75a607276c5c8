/**
 * Natural order of names (runs, tags, metrics): numbers inside names compare by value, so
 * "run2" < "run10" and "lr=0.01" < "lr=0.05" < "lr=0.2". Pure: no DOM.
 *
 * A name is split into number tokens and text tokens. A number token is a run of digits
 * with an optional decimal part and an optional exponent (`12`, `0.05`, `1e-3`, `2.5E+4`);
 * a sign is never part of it ("seed-1" is "seed-" then 1), and a `.` not followed by a
 * digit is text. Tokens compare in turn: two numbers by value, two texts case-insensitively
 * (by UTF-16 code units of the lower-cased text), a number before a text. Names equal token
 * by token ("run01" and "run1", "Run1" and "run1", "lr=1e-3" and "lr=0.001") are ordered
 * by their plain code units, so the order is total: 0 only for identical strings.
 */

/** One token: a number (by value) or a text (lower-cased). */
type Token = number | string;

const TOKEN = /(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|(\D+)/y;

const cache = new Map<string, Token[]>();
const CACHE_MAX = 2048;

/** The tokens of `s`: numbers as values, texts lower-cased. */
export function naturalTokens(s: string): Token[] {
  const hit = cache.get(s);
  if (hit) return hit;
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(s)) !== null) {
    if (m[1] !== undefined) out.push(Number(m[1]));
    else out.push(m[2].toLowerCase());
  }
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(s, out);
  return out;
}

function compareTokens(a: Token, b: Token): number {
  if (typeof a === "number") {
    if (typeof b !== "number") return -1;
    return a < b ? -1 : a > b ? 1 : 0;
  }
  if (typeof b === "number") return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Compares `a` and `b` in natural order (see the module's comment): negative when `a`
 * comes first, positive when `b` does, 0 only when they are the same string. A valid
 * `Array.prototype.sort` comparator (total, transitive, stable across calls).
 */
export function naturalCompare(a: string, b: string): number {
  if (a === b) return 0;
  const ta = naturalTokens(a);
  const tb = naturalTokens(b);
  const n = Math.min(ta.length, tb.length);
  for (let i = 0; i < n; i++) {
    const c = compareTokens(ta[i], tb[i]);
    if (c !== 0) return c;
  }
  if (ta.length !== tb.length) return ta.length - tb.length;
  return a < b ? -1 : 1;
}
