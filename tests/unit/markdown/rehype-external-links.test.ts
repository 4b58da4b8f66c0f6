import { describe, expect, it } from "vitest";
import { renderBrief } from "../../helpers/markdown.ts";
import { site } from "../../../src/site.config.ts";

describe("external links", () => {
  it("get rel=noopener noreferrer when they leave the site", async () => {
    const html = await renderBrief("[away](https://example.com/x) and [plain](http://example.net)");
    expect(html).toBe(
      '<p><a href="https://example.com/x" rel="noopener noreferrer">away</a> and ' +
        '<a href="http://example.net" rel="noopener noreferrer">plain</a></p>',
    );
  });

  it("leave links to the site itself, relative links, anchors and mail alone", async () => {
    const own = new URL("/news/brief/x/", site.url).href;
    const html = await renderBrief(`[own](${own}) [rel](../y/) [top](#top) [mail](mailto:a@b.c)`);
    expect(html).not.toContain("rel=");
  });
});
