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

/** A labelled checkbox `<input type=checkbox data-testid=testid>`. */
export function checkbox(name: string, testid: string, checked: boolean, title?: string): { label: HTMLLabelElement; input: HTMLInputElement } {
  const input = h("input", { type: "checkbox", "data-testid": testid });
  input.checked = checked;
  const label = h("label", { class: "tbl-check", title }, [input, name]);
  return { label, input };
}

/** A labelled `<select>` with fixed options `[value, text]`. */
export function choice(name: string, testid: string, options: readonly (readonly [string, string])[], value: string, title?: string): Picker {
  const select = h("select", { "data-testid": testid, title });
  select.append(...options.map(([v, t]) => new Option(t, v)));
  select.value = value;
  const label = h("label", {}, [name, select]);
  return { label, select };
}

/** A `<button type=button>` with text (never HTML) and an accessible title. */
export function button(text: string, testid: string, title?: string): HTMLButtonElement {
  return h("button", { type: "button", class: "tbl-button", "data-testid": testid, title }, [text]);
}

/** A number input for one end of a range; empty means automatic. */
export function numberField(testid: string, placeholder: string, ariaLabel: string): HTMLInputElement {
  return h("input", {
    type: "number",
    step: "any",
    class: "tbl-number",
    "data-testid": testid,
    placeholder,
    "aria-label": ariaLabel,
    autocomplete: "off",
  });
}

/**
 * Sets the options of `select` to `[value, text]` pairs (rebuilt only when they changed),
 * selecting `preferred` when present, else the first. Returns the selected value or null.
 */
export function setPairs(select: HTMLSelectElement, pairs: readonly (readonly [string, string])[], preferred: string | null): string | null {
  const current = Array.from(select.options, (o) => `${o.value}\u0000${o.text}`);
  if (current.length !== pairs.length || current.some((v, i) => v !== `${pairs[i][0]}\u0000${pairs[i][1]}`)) {
    select.replaceChildren(...pairs.map(([v, t]) => new Option(t, v)));
  }
  const values = pairs.map((p) => p[0]);
  const chosen = preferred !== null && values.includes(preferred) ? preferred : (values[0] ?? null);
  if (chosen !== null) select.value = chosen;
  return chosen;
}
