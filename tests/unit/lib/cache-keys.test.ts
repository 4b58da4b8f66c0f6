import { describe, expect, it } from "vitest";
import { cacheKeyer, cacheKeyOf } from "../../../src/lib/cache-keys.ts";

describe("cacheKeyOf", () => {
  const brief = { slug: "a", title: "Title", date: new Date("2024-05-01T12:00:00Z"), tags: ["Coca"] };

  it("is stable for equal data", () => {
    expect(cacheKeyOf(brief, 1)).toBe(cacheKeyOf({ ...brief, tags: ["Coca"] }, 1));
  });

  it("changes with any field the page renders", () => {
    const key = cacheKeyOf(brief);
    expect(cacheKeyOf({ ...brief, title: "Title!" })).not.toBe(key);
    expect(cacheKeyOf({ ...brief, date: new Date("2024-05-02T12:00:00Z") })).not.toBe(key);
    expect(cacheKeyOf({ ...brief, tags: ["Coca", "Peru"] })).not.toBe(key);
  });

  it("tells apart inputs that JSON alone would not", () => {
    expect(cacheKeyOf(new Map([["a", 1]]))).not.toBe(cacheKeyOf(new Map([["a", 2]])));
    expect(cacheKeyOf(new Set(["a"]))).not.toBe(cacheKeyOf(new Set(["b"])));
    expect(cacheKeyOf({ profile: undefined })).not.toBe(cacheKeyOf({}));
    expect(cacheKeyOf([undefined])).not.toBe(cacheKeyOf([null]));
  });

  it("keeps Map and Set apart from plain objects shaped like them, and odd numbers apart from null", () => {
    expect(cacheKeyOf(new Map([["a", 1]]))).not.toBe(cacheKeyOf({ map: [["a", 1]] }));
    expect(cacheKeyOf(new Set(["a"]))).not.toBe(cacheKeyOf({ set: ["a"] }));
    expect(cacheKeyOf(new Set(["a"]))).not.toBe(cacheKeyOf(["a"]));
    expect(cacheKeyOf({ undefined: true })).not.toBe(cacheKeyOf(undefined));
    expect(cacheKeyOf(Number.NaN)).not.toBe(cacheKeyOf(null));
    expect(cacheKeyOf(Number.POSITIVE_INFINITY)).not.toBe(cacheKeyOf(Number.NEGATIVE_INFINITY));
  });

  it("refuses inputs it cannot fingerprint", () => {
    expect(() => cacheKeyOf({ render: () => "html" })).toThrow(/function/);
    const looped: Record<string, unknown> = { title: "A" };
    looped["self"] = looped;
    expect(() => cacheKeyOf(looped)).toThrow(/contains itself/);
  });

  it("keys shared objects as their content, wherever they appear", () => {
    const keyOf = cacheKeyer();
    const shared = { title: "Shared", tags: ["Coca"] };
    const first = keyOf({ related: [shared] }, { lead: shared });
    expect(keyOf({ related: [{ ...shared }] }, { lead: { ...shared, tags: ["Coca"] } })).toBe(first);
    expect(first).toBe(cacheKeyOf({ related: [shared] }, { lead: shared }));
    expect(keyOf({ related: [shared] }, { lead: { ...shared, title: "Other" } })).not.toBe(first);
  });

  it("sees dates and undefined fields however deep they are", () => {
    const dated = (day: number) => new Map([["lead", [{ date: new Date(Date.UTC(2024, 4, day)) }]]]);
    expect(cacheKeyOf(dated(1))).toBe(cacheKeyOf(dated(1)));
    expect(cacheKeyOf(dated(1))).not.toBe(cacheKeyOf(dated(2)));
    expect(cacheKeyOf({ a: { b: undefined } })).not.toBe(cacheKeyOf({ a: {} }));
  });
});
