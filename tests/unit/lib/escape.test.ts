import { describe, expect, it } from "vitest";
import { escapeHtml, escapeHtmlSource, escapeXml } from "../../../src/lib/escape.ts";

describe("escapeHtml", () => {
  it("escapes the five HTML-significant characters", () => {
    expect(escapeHtml(`<a href="x">Tom's & co</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;Tom&#39;s &amp; co&lt;/a&gt;");
  });

  it("escapes an ampersand even when it already looks like a reference", () => {
    expect(escapeHtml("&amp; and &#39;")).toBe("&amp;amp; and &amp;#39;");
  });

  it("leaves other text alone", () => {
    expect(escapeHtml("Análisis — 100% ✓")).toBe("Análisis — 100% ✓");
  });
});

describe("escapeXml", () => {
  it("spells the apostrophe as XML names it and agrees with escapeHtml on the rest", () => {
    expect(escapeXml(`Ana O'Neil & "Co" <b>`)).toBe("Ana O&apos;Neil &amp; &quot;Co&quot; &lt;b&gt;");
  });
});

describe("escapeHtmlSource", () => {
  it("keeps named, decimal and hexadecimal character references", () => {
    expect(escapeHtmlSource("a?x=1&amp;y=2&#38;z=&#x26;")).toBe("a?x=1&amp;y=2&#38;z=&#x26;");
  });

  it("escapes a bare ampersand and every other significant character", () => {
    expect(escapeHtmlSource(`?a=1&b="2"<'`)).toBe("?a=1&amp;b=&quot;2&quot;&lt;&#39;");
    expect(escapeHtmlSource("&;& amp;")).toBe("&amp;;&amp; amp;");
  });
});
