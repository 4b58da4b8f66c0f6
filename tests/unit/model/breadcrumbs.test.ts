import { describe, expect, it } from "vitest";
import { breadcrumbTrail } from "../../../src/model/breadcrumbs.ts";
import { site } from "../../../src/site.config.ts";

describe("breadcrumbTrail", () => {
  it("starts at the language's home page and ends at the current page, which is no link", () => {
    expect(breadcrumbTrail("es", [{ label: "Temas", href: "/es/tags/" }], "Coca")).toEqual([
      { label: "Inicio", href: `${site.basePath}es/` },
      { label: "Temas", href: "/es/tags/" },
      { label: "Coca" },
    ]);
  });

  it("is Home and the page alone when there is nothing between them", () => {
    expect(breadcrumbTrail("en", [], "Search")).toEqual([{ label: "Home", href: site.basePath }, { label: "Search" }]);
  });
});
