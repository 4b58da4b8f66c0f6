import { describe, expect, it } from "vitest";
import { isBuilt } from "../../../src/model/drafts.ts";

describe("isBuilt", () => {
  it("leaves drafts out unless drafts are asked for; published entries are always in", () => {
    const draft = { data: { draft: true } };
    const published = { data: { draft: false } };
    expect(isBuilt(draft, false)).toBe(false);
    expect(isBuilt(draft, true)).toBe(true);
    expect(isBuilt(published, false)).toBe(true);
    expect(isBuilt(published, true)).toBe(true);
  });
});
