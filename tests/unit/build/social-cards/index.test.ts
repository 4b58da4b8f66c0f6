import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cardJobs } from "../../../../src/build/social-cards/index.ts";
import { makeBrief } from "../../../helpers/make-brief.ts";

describe("the social cards of a build", () => {
  it("are one for each brief without its own image, named by slug", () => {
    const briefs = [
      makeBrief("pictured", { title: "Pictured", date: "2024-05-03", image: { src: "images/p.jpg", alt: "A port" } }),
      makeBrief("plain", { title: "Plain", date: "2024-05-01", countries: ["Perú"] }),
    ];
    expect(cardJobs(briefs, "/out")).toEqual([
      {
        file: join("/out", "social", "plain.png"),
        card: expect.objectContaining({ title: "Plain", country: "Perú", date: "1 May 2024", lang: "en" }) as unknown,
      },
    ]);
  });
});
