import { describe, expect, it } from "vitest";
import { withAbsoluteUrls } from "../../../src/lib/absolute-urls.ts";

const page = "https://news.example.org/dispatch/news/brief/ports/";

describe("withAbsoluteUrls", () => {
  it("makes root-relative, relative and fragment links absolute against the page", () => {
    const html =
      '<p><a href="/dispatch/tag/ports/">Ports</a> <a href="../other/">Other</a> <a href="#note">Note</a></p>';
    expect(withAbsoluteUrls(html, page)).toBe(
      '<p><a href="https://news.example.org/dispatch/tag/ports/">Ports</a> ' +
        '<a href="https://news.example.org/dispatch/news/brief/other/">Other</a> ' +
        '<a href="https://news.example.org/dispatch/news/brief/ports/#note">Note</a></p>',
    );
  });

  it("makes image sources and srcset candidates absolute, keeping their descriptors", () => {
    const html = '<img src="/dispatch/images/a.jpg" srcset="/dispatch/a-1x.jpg 1x, b-2x.jpg 2x" alt="A">';
    expect(withAbsoluteUrls(html, page)).toBe(
      '<img src="https://news.example.org/dispatch/images/a.jpg" srcset="https://news.example.org/dispatch/a-1x.jpg 1x, https://news.example.org/dispatch/news/brief/ports/b-2x.jpg 2x" alt="A">',
    );
  });

  it("leaves absolute URLs, mailto links and text alone", () => {
    const html =
      '<p>Tom &amp; Jerry <a href="https://elsewhere.example/x">x</a> <a href="mailto:desk@example.org">desk</a></p>';
    expect(withAbsoluteUrls(html, page)).toBe(html);
  });
});
