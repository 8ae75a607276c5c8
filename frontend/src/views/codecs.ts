/**
 * How option values are written as text: in the URL (`p.landscape.<key>=<text>`) and as the
 * values of a select's options. `parse` validates: anything it cannot read is `undefined`,
 * and the option's default applies. Pure: no DOM.
 */

import type { Clip } from "./steps";
import type { DiffSpec, ViewKind } from "./state";
import { VIEW_KINDS } from "./state";

export interface Codec<V> {
  format(v: V): string;
  /** The value `text` stands for; undefined when it is not a valid one. */
  parse(text: string): V | undefined;
}

/** A name (run, tag, metric); "" is no name. */
export const name: Codec<string | null> = {
  format: (v) => v ?? "",
  parse: (t) => (t === "" ? undefined : t),
};

/** One of `values`, written as itself. */
export function oneOf<V extends string>(values: readonly V[]): Codec<V> {
  return {
    format: (v) => v,
    parse: (t) => (values as readonly string[]).includes(t) ? (t as V) : undefined,
  };
}

/** One of `values`, or null (written ""). */
export const viewKind: Codec<ViewKind | null> = {
  format: (v) => v ?? "",
  parse: (t) => ((VIEW_KINDS as readonly string[]).includes(t) ? (t as ViewKind) : undefined),
};

/** "1" / "0" (also reads "true" / "false"). */
export const bool: Codec<boolean> = {
  format: (v) => (v ? "1" : "0"),
  parse: (t) => (t === "1" || t === "true" ? true : t === "0" || t === "false" ? false : undefined),
};

/** A finite number written as JavaScript does; "" and non-numbers are invalid. */
function number(t: string): number | undefined {
  if (t.trim() === "") return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}

/** An integer (a step), or null (written ""). */
export const integer: Codec<number | null> = {
  format: (v) => (v === null ? "" : String(v)),
  parse: (t) => {
    const n = number(t);
    return n !== undefined && Number.isInteger(n) ? n : undefined;
  },
};

/** One of the numbers `values` (the choices of a select). */
export function numberOf(values: readonly number[]): Codec<number> {
  return {
    format: (v) => String(v),
    parse: (t) => {
      const n = number(t);
      return n !== undefined && values.includes(n) ? n : undefined;
    },
  };
}

/** "lo,hi" with an empty side automatic; lo < hi when both are given; null written "". */
export const clip: Codec<Clip | null> = {
  format: (v) => (v ? v.map((x) => (x === null ? "" : String(x))).join(",") : ""),
  parse: (t) => {
    const parts = t.split(",");
    if (parts.length !== 2) return undefined;
    const side = (p: string) => (p.trim() === "" ? null : (number(p) ?? NaN));
    const lo = side(parts[0]);
    const hi = side(parts[1]);
    if (Number.isNaN(lo) || Number.isNaN(hi) || (lo === null && hi === null)) return undefined;
    if (lo !== null && hi !== null && !(lo < hi)) return undefined;
    return [lo, hi];
  },
};

function json(t: string): unknown {
  try {
    return JSON.parse(t);
  } catch {
    return undefined;
  }
}

/** A JSON list of names, or null (written ""). */
export const names: Codec<readonly string[] | null> = {
  format: (v) => (v ? JSON.stringify(v) : ""),
  parse: (t) => {
    const j = json(t);
    return Array.isArray(j) && j.every((r) => typeof r === "string") ? (j as string[]) : undefined;
  },
};

/** A difference as JSON (`{"kind":"runs","a":"x","b":"y"}` or steps), or null (written ""). */
export const diff: Codec<DiffSpec | null> = {
  format: (v) => (v ? JSON.stringify(v) : ""),
  parse: (t) => {
    const j = json(t);
    if (typeof j !== "object" || j === null) return undefined;
    const o = j as Record<string, unknown>;
    if (o.kind === "runs" && typeof o.a === "string" && typeof o.b === "string") return { kind: "runs", a: o.a, b: o.b };
    if (o.kind === "steps" && Number.isInteger(o.a) && Number.isInteger(o.b)) {
      return { kind: "steps", a: o.a as number, b: o.b as number };
    }
    return undefined;
  },
};

/** Free text (a select's value that is a run name or a step). */
export const text: Codec<string> = {
  format: (v) => v,
  parse: (t) => t,
};

/** A name, or null written "" and read back from "" (a select's "none" choice). */
export const optionalName: Codec<string | null> = {
  format: (v) => v ?? "",
  parse: (t) => (t === "" ? null : t),
};

/** An integer, or null written "" and read back from "" (a select's "final" choice). */
export const optionalInteger: Codec<number | null> = {
  format: integer.format,
  parse: (t) => (t === "" ? null : integer.parse(t)),
};
