/** The selectors of the toolbar. Option text is set as text, never parsed as HTML. */

import { h } from "../render/dom";

export interface Picker {
  label: HTMLLabelElement;
  select: HTMLSelectElement;
}

const collator = new Intl.Collator("en", { numeric: true });

/**
 * Run and tag names in display order: the server's order is not meaningful (it differs
 * from run to run), so names are sorted, numbers by value ("run2" before "run10").
 */
export function sortNames(names: Iterable<string>): string[] {
  return [...names].sort((a, b) => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0));
}

/** A labelled `<select data-testid=testid>`. */
export function picker(name: string, testid: string): Picker {
  const select = h("select", { "data-testid": testid });
  const label = h("label", {}, [name, select]);
  return { label, select };
}

/**
 * Sets the options of `select` to `names`, selecting `preferred` when it is among them and
 * the first name otherwise. The options are rebuilt only when the names changed, so a
 * poll does not close a list the user has open. Returns the selected name, or null when
 * there are none.
 */
export function setOptions(select: HTMLSelectElement, names: readonly string[], preferred: string | null): string | null {
  const current = Array.from(select.options, (o) => o.value);
  if (current.length !== names.length || current.some((v, i) => v !== names[i])) {
    select.replaceChildren(...names.map((n) => new Option(n, n)));
  }
  const chosen = preferred !== null && names.includes(preferred) ? preferred : (names[0] ?? null);
  if (chosen !== null) select.value = chosen;
  return chosen;
}
