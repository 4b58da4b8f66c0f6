import { describe, expect, it } from "vitest";
import { profilesBySlug } from "../../../src/model/authors.ts";

describe("profilesBySlug", () => {
  it("finds a profile by the slug of its name, whatever the byline's accents", () => {
    const profiles = profilesBySlug([{ file: "a.md", name: "María Pérez", role: "Editor", bio: undefined, links: [] }]);
    expect(profiles.get("maria-perez")).toMatchObject({ slug: "maria-perez", name: "María Pérez", role: "Editor" });
  });

  it("refuses two profiles for one author, naming both files", () => {
    expect(() =>
      profilesBySlug([
        { file: "a.md", name: "Ana", role: undefined, bio: undefined, links: [] },
        { file: "b.md", name: "ana", role: undefined, bio: undefined, links: [] },
      ]),
    ).toThrow(/a\.md and b\.md/);
  });
});
