import { describe, expect, it } from "vitest";
import {
  newestItemsFirst,
  organizationItem,
  organizationItemPage,
  type OrganizationItem,
} from "../../../src/model/organization.ts";
import { organizationItemSchema } from "../../../src/schemas/brief.ts";
import { site } from "../../../src/site.config.ts";

const item = (id: string, frontMatter: Record<string, unknown> = {}): OrganizationItem =>
  organizationItem({
    id,
    data: organizationItemSchema.parse({ title: `Item ${id}`, date: "2024-05-01", ...frontMatter }),
  });

describe("organizationItem", () => {
  it("keeps what the news list and the item's page show, with an empty summary when there is none", () => {
    expect(item("award", { summary: "We won.", url: "https://example.org/award", lang: "es" })).toEqual({
      id: "award",
      title: "Item award",
      date: new Date("2024-05-01T12:00:00Z"),
      summary: "We won.",
      url: "https://example.org/award",
      lang: "es",
    });
    expect(item("plain").summary).toBe("");
  });
});

describe("newestItemsFirst", () => {
  it("sorts by date, newest first, and by id on the same date, without changing its input", () => {
    const items = [item("b"), item("c", { date: "2024-06-01" }), item("a")];
    expect(newestItemsFirst(items).map((entry) => entry.id)).toEqual(["c", "a", "b"]);
    expect(items.map((entry) => entry.id)).toEqual(["b", "c", "a"]);
  });
});

describe("organizationItemPage", () => {
  it("gives the page its address, a trail from the home page of its language, and a description", () => {
    expect(organizationItemPage(item("award", { summary: "We won.", lang: "es" }))).toEqual({
      path: `${site.basePath}organization/award/`,
      description: "We won.",
      trail: [{ label: "Inicio", href: `${site.basePath}es/` }, { label: "Item award" }],
    });
  });

  it("describes an item without a summary by the site's description", () => {
    expect(organizationItemPage(item("plain")).description).toBe(site.description);
  });
});
