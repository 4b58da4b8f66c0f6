// Writes a synthetic WordPress export (WXR 1.2) for benchmarks and tests. Every post is
// clearly fictional filler: "Synthetic post N" about the made-up country of Valdoria.
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import type { Writable } from "node:stream";

const COUNTRIES = ["Valdoria", "Norland", "Estoria", "Karvia", "Mirandia"];
const TOPICS = ["Port Inspections", "Customs", "Fisheries", "Border Crossings", "Elections", "Courts"];

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** Deterministic date for post n: spread over 2010-2024, in UTC-05:00. */
function dates(n: number): { local: string; gmt: string } {
  const base = Date.UTC(2010, 0, 1, 14) + n * 37 * 60 * 60 * 1000;
  const format = (ms: number) => {
    const d = new Date(ms);
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:00`;
  };
  return { local: format(base - 5 * 3600_000), gmt: format(base) };
}

function body(n: number): string {
  const country = COUNTRIES[n % COUNTRIES.length];
  const paragraph = (i: number) =>
    `Synthetic paragraph ${i} of post ${n}. Inspectors in fictional ${country} counted <strong>${n % 97} containers</strong> ` +
    `and <a href="https://example.org/report/${n}">a report</a> describes the &amp; process in made-up detail.`;
  return [
    paragraph(1),
    "",
    paragraph(2),
    "",
    `[caption id="attachment_${n}" align="aligncenter" width="600"]<img src="https://example.org/wp-content/uploads/${n}.jpg" alt="Synthetic photo ${n}" width="600" height="400" /> A made-up caption[/caption]`,
    "",
    "<h2>Synthetic analysis</h2>",
    "<ul>\n<li>First invented point</li>\n<li>Second invented point</li>\n</ul>",
    "",
    `<blockquote>An invented quotation for post ${n}.</blockquote>`,
    "",
    paragraph(3),
  ].join("\n");
}

async function write(out: Writable, text: string): Promise<void> {
  if (!out.write(text)) await once(out, "drain");
}

/** Streams a WXR file with `count` published posts to `path`. */
export async function generateWxr(path: string, count: number): Promise<void> {
  const out = createWriteStream(path, "utf8");
  await write(
    out,
    `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
<title>Synthetic Newsroom</title>
<link>https://synthetic.example.org</link>
<wp:wxr_version>1.2</wp:wxr_version>
<wp:base_site_url>https://synthetic.example.org</wp:base_site_url>
<wp:base_blog_url>https://synthetic.example.org</wp:base_blog_url>
<wp:author><wp:author_login><![CDATA[editor]]></wp:author_login><wp:author_display_name><![CDATA[Synthetic Editor]]></wp:author_display_name></wp:author>
<wp:category><wp:category_nicename>countries</wp:category_nicename><wp:category_parent></wp:category_parent><wp:cat_name><![CDATA[Countries]]></wp:cat_name></wp:category>
${COUNTRIES.map((c) => `<wp:category><wp:category_nicename>${c.toLowerCase()}</wp:category_nicename><wp:category_parent>countries</wp:category_parent><wp:cat_name><![CDATA[${c}]]></wp:cat_name></wp:category>`).join("\n")}
`,
  );
  for (let n = 1; n <= count; n += 1) {
    const { local, gmt } = dates(n);
    const country = COUNTRIES[n % COUNTRIES.length]!;
    const topic = TOPICS[n % TOPICS.length]!;
    const year = local.slice(0, 4);
    const slug = `synthetic-post-${n}`;
    await write(
      out,
      `<item>
<title>Synthetic post ${n}: ${topic} in ${country}</title>
<link>https://synthetic.example.org/${year}/${local.slice(5, 7)}/${slug}/</link>
<dc:creator><![CDATA[editor]]></dc:creator>
<content:encoded><![CDATA[${body(n)}]]></content:encoded>
<excerpt:encoded><![CDATA[Synthetic summary of post ${n}.]]></excerpt:encoded>
<wp:post_id>${n}</wp:post_id>
<wp:post_date>${local}</wp:post_date>
<wp:post_date_gmt>${gmt}</wp:post_date_gmt>
<wp:post_name>${slug}</wp:post_name>
<wp:status>publish</wp:status>
<wp:post_type>post</wp:post_type>
<wp:post_password></wp:post_password>
<category domain="category" nicename="${country.toLowerCase()}"><![CDATA[${country}]]></category>
<category domain="post_tag" nicename="${topic.toLowerCase().replace(/ /g, "-")}"><![CDATA[${topic}]]></category>
</item>
`,
    );
  }
  await write(out, "</channel>\n</rss>\n");
  out.end();
  await once(out, "finish");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [path, count = "10000"] = process.argv.slice(2);
  if (!path) {
    console.error("Usage: node tools/bench/generate-wxr.ts <out.xml> [posts]");
    process.exit(2);
  }
  await generateWxr(path, Number(count));
}
