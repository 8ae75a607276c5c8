/**
 * The page's controls: selects, check boxes, buttons, number fields, and the controls of
 * the options table (`bindControl`). Option text is set as text, never parsed as HTML.
 */

import { naturalCompare } from "../compute/natural";
import { h } from "../render/dom";
import { context, type Choice, type Context, type Control, type Option } from "./options";
import { DEFAULT_STATE, NOTHING_LOADED } from "./state";
import { parseClip, type Clip } from "./steps";

export interface Picker {
  label: HTMLLabelElement;
  select: HTMLSelectElement;
}

/**
 * Run and tag names in display order: the server's order is not meaningful (it differs
 * from run to run), so names are sorted in natural order, numbers by value, decimals
 * included ("run2" before "run10", "lr=0.05" before "lr=0.2": compute/natural.ts).
 */
export function sortNames(names: Iterable<string>): string[] {
  return [...names].sort(naturalCompare);
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

// ---------------------------------------------------------------------------------------
// Controls built from the options table

/** A control on the page for one option of the table (options.ts). */
export interface BoundControl {
  readonly option: Option<unknown>;
  /** What goes on the page: the labelled control, or its group. */
  readonly element: HTMLElement;
  /** Shows the state's value and the data's choices, shown or hidden as the option says; the value shown. */
  sync(c: Context): unknown;
  /** `fn` gets each value the user chooses. */
  onChange(fn: (v: unknown) => void): void;
}

/** The choices of a select or button group for `c`. */
function choicesOf<V>(choices: readonly Choice<V>[] | ((c: Context) => readonly Choice<V>[]), c: Context): readonly Choice<V>[] {
  return typeof choices === "function" ? choices(c) : choices;
}

/** The value the option's control shows: the resolved default, or the stored value. */
function shownValue<V>(o: Option<V>, c: Context): V {
  return o.shows ? o.shows(c) : o.get(c.state);
}

/** The control of `o`, as its table entry describes it. */
export function bindControl(o: Option<unknown>): BoundControl {
  const control = o.control;
  if (!control) throw new Error(`option ${o.id} has no control`);
  switch (control.kind) {
    case "select":
      return selectControl(o, control.label, control.choices, control.title);
    case "toggle":
      return toggleControl(o as Option<boolean>, control.label, control.title);
    case "range":
      return rangeControl(o as Option<Clip | null>, control.label, control.title);
    case "buttons":
      return buttonsControl(o, control);
    case "checklist":
      return checklistControl(o as Option<readonly string[] | null>, control.label, control.choices);
  }
}

function selectControl<V>(o: Option<V>, label: string, choices: readonly Choice<V>[] | ((c: Context) => readonly Choice<V>[]), title?: string): BoundControl {
  const select = h("select", { "data-testid": o.testid, title });
  const element = h("label", {}, [label, select]);
  let shown = "";
  return {
    option: o as Option<unknown>,
    element,
    sync: (c) => {
      element.hidden = !o.shown(c);
      const list = choicesOf(choices, c);
      const key = list.map(([v, t, tip]) => `${o.codec.format(v)}\u0000${t}\u0000${tip ?? ""}`).join("\u0001");
      if (key !== shown) {
        // Rebuilt only when the choices changed: a poll does not close a list the user has open.
        select.replaceChildren(...list.map(([v, t, tip]) => Object.assign(new Option(t, o.codec.format(v)), { title: tip ?? "" })));
        shown = key;
      }
      const want = o.codec.format(shownValue(o, c));
      const values = list.map(([v]) => o.codec.format(v));
      const chosen = values.includes(want) ? want : values[0];
      if (chosen === undefined) return undefined;
      select.value = chosen;
      return o.codec.parse(chosen);
    },
    onChange: (fn) =>
      select.addEventListener("change", () => {
        const v = o.codec.parse(select.value);
        if (v !== undefined) fn(v);
      }),
  };
}

function toggleControl(o: Option<boolean>, label: string, title?: string): BoundControl {
  const { label: element, input } = checkbox(label, o.testid, o.get(DEFAULT_STATE), title);
  return {
    option: o as Option<unknown>,
    element,
    sync: (c) => {
      element.hidden = !o.shown(c);
      input.checked = shownValue(o, c);
      return input.checked;
    },
    onChange: (fn) => input.addEventListener("change", () => fn(input.checked)),
  };
}

/** Two number fields and a reset button; a value that does not read is marked, not applied. */
function rangeControl(o: Option<Clip | null>, label: string, title?: string): BoundControl {
  const lo = numberField(`${o.testid}-lo`, "auto", `${title ?? label}: low end`);
  const hi = numberField(`${o.testid}-hi`, "auto", `${title ?? label}: high end`);
  const reset = button("reset", `${o.testid}-reset`, "Automatic range");
  const element = h("span", { class: "tbl-clip", role: "group", "aria-label": title ?? label }, [label, lo, "–", hi, reset]);
  // The fields are written only when the value changed elsewhere (the URL), never over typing.
  let written: string | null = null;
  const write = (v: Clip | null) => {
    lo.value = v?.[0] === null || !v ? "" : String(v[0]);
    hi.value = v?.[1] === null || !v ? "" : String(v[1]);
    written = o.codec.format(v);
  };
  return {
    option: o as Option<unknown>,
    element,
    sync: (c) => {
      element.hidden = !o.shown(c);
      const v = shownValue(o, c);
      if (o.codec.format(v) !== written) write(v);
      return v;
    },
    onChange: (fn) => {
      const changed = () => {
        const { clip, error } = parseClip(lo.value, hi.value);
        const invalid = error !== null || lo.validity.badInput || hi.validity.badInput;
        for (const input of [lo, hi]) input.setAttribute("aria-invalid", String(invalid));
        element.title = invalid ? `${label} range ignored: ${error ?? "not a number"}` : "";
        if (invalid) return;
        written = o.codec.format(clip);
        fn(clip);
      };
      lo.addEventListener("change", changed);
      hi.addEventListener("change", changed);
      reset.addEventListener("click", () => {
        lo.value = hi.value = "";
        changed();
      });
    },
  };
}

function buttonsControl<V>(o: Option<V>, control: Extract<Control<V>, { kind: "buttons" }>): BoundControl {
  const element = h("div", { class: "tbl-segmented", role: "group", "aria-label": control.label, "data-testid": o.testid });
  const buttons: [V, HTMLButtonElement][] = [];
  const listeners: ((v: unknown) => void)[] = [];
  // Fixed choices: the buttons are made once.
  for (const [v, text, title] of choicesOf(control.choices, context(DEFAULT_STATE, NOTHING_LOADED))) {
    const b = button(text, `${o.id}-${o.codec.format(v)}`, title);
    b.setAttribute("aria-pressed", "false");
    b.addEventListener("click", () => listeners.forEach((fn) => fn(v)));
    buttons.push([v, b]);
    element.append(b);
  }
  return {
    option: o as Option<unknown>,
    element,
    sync: (c) => {
      element.hidden = !o.shown(c);
      const current = o.codec.format(shownValue(o, c));
      for (const [v, b] of buttons) {
        b.setAttribute("aria-pressed", String(o.codec.format(v) === current));
        b.disabled = control.enabled ? !control.enabled(c, v) : false;
      }
      return shownValue(o, c);
    },
    onChange: (fn) => listeners.push(fn),
  };
}

function checklistControl(
  o: Option<readonly string[] | null>,
  label: string,
  choices: readonly Choice<string>[] | ((c: Context) => readonly Choice<string>[]),
): BoundControl {
  const element = h("fieldset", { class: "tbl-compare-runs", "data-testid": o.testid }, [h("legend", {}, [label])]);
  const boxes = () => Array.from(element.querySelectorAll<HTMLInputElement>("input[type=checkbox]"));
  return {
    option: o as Option<unknown>,
    element,
    sync: (c) => {
      element.hidden = !o.shown(c);
      const list = choicesOf(choices, c);
      const current = boxes();
      // Rebuilt only when the choices changed, so that focus stays on a poll.
      if (current.length !== list.length || current.some((b, i) => b.value !== list[i][0])) {
        element.replaceChildren(
          h("legend", {}, [label]),
          ...list.map(([v, t]) => h("label", { class: "tbl-check", title: t }, [h("input", { type: "checkbox", value: v }), t])),
        );
      }
      const chosen = new Set(shownValue(o, c) ?? []);
      for (const b of boxes()) b.checked = chosen.has(b.value);
      return [...chosen];
    },
    onChange: (fn) => element.addEventListener("change", () => fn(boxes().filter((b) => b.checked).map((b) => b.value))),
  };
}
