import { describe, expect, it } from "vitest";
import { mayTakeFocus, pollInterval } from "./index";

describe("pollInterval", () => {
  it("reads ?poll= first, then the window override, then 5 s", () => {
    expect(pollInterval("?name=landscape&poll=250", 1000)).toBe(250);
    expect(pollInterval("?name=landscape", 1000)).toBe(1000);
    expect(pollInterval("?name=landscape", "300")).toBe(300);
    expect(pollInterval("", undefined)).toBe(5000);
    expect(pollInterval("?poll=0", undefined)).toBe(0);
  });

  it("ignores values that are not durations", () => {
    expect(pollInterval("?poll=abc", undefined)).toBe(5000);
    expect(pollInterval("?poll=-5", 700)).toBe(700);
    expect(pollInterval("", "soon")).toBe(5000);
  });
});

describe("mayTakeFocus", () => {
  it("takes the focus when the embedding page has none, or a plain element has it", () => {
    expect(mayTakeFocus(null)).toBe(true);
    expect(mayTakeFocus({ tag: "BODY", body: true })).toBe(true);
    expect(mayTakeFocus({ tag: "HTML", body: true })).toBe(true);
    expect(mayTakeFocus({ tag: "DIV" })).toBe(true);
    expect(mayTakeFocus({ tag: "button" })).toBe(true);
  });

  it("never takes it from a field the user may be typing in", () => {
    expect(mayTakeFocus({ tag: "INPUT" })).toBe(false);
    expect(mayTakeFocus({ tag: "textarea" })).toBe(false);
    expect(mayTakeFocus({ tag: "SELECT" })).toBe(false);
    expect(mayTakeFocus({ tag: "DIV", editable: true })).toBe(false);
  });
});
