import { describe, expect, it } from "vitest";
import { formatReport } from "../../../../tools/wordpress-import/report.ts";
import { emptyReport, type ImportReport } from "../../../../tools/wordpress-import/run-import.ts";

function report(overrides: Partial<ImportReport>): ImportReport {
  return { ...emptyReport(), ...overrides };
}

const options = { outDir: "/site/content/briefs", dryRun: false, verbose: false };

describe("formatReport", () => {
  it("counts a warning repeated within a post on one line, and never merges posts", () => {
    const text = formatReport(
      report({
        warnings: [
          { postId: "7", message: "shortcode [poll] is not supported and was kept as text" },
          { postId: "7", message: "shortcode [poll] is not supported and was kept as text" },
          { postId: "12", message: 'post has no slug; made "x" from its title' },
          { postId: "3", message: 'post has no slug; made "y" from its title' },
        ],
      }),
      options,
    ).split("\n");
    expect(text.filter((line) => line.startsWith("warning"))).toEqual([
      'warning post 3: post has no slug; made "y" from its title',
      "warning post 7: shortcode [poll] is not supported and was kept as text (2 in this post)",
      'warning post 12: post has no slug; made "x" from its title',
    ]);
  });

  it("sums up the media import and lists every upload missing from the copy with its posts", () => {
    const text = formatReport(
      report({
        media: {
          copied: 2,
          unchanged: 1,
          missing: [{ url: "https://old.example/wp-content/uploads/a.jpg", postIds: ["4", "9"] }],
        },
      }),
      { ...options, dryRun: true },
    );
    expect(text).toContain(
      "Media: 2 file(s) would be copied, 1 already in place, 1 not in the uploads copy (kept as remote URLs):\n" +
        "missing https://old.example/wp-content/uploads/a.jpg (post 4, post 9)",
    );
  });

  it("says nothing about media when there were none to import", () => {
    expect(formatReport(report({}), options)).not.toContain("Media:");
  });
});
