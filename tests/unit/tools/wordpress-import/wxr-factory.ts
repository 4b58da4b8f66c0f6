import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { defaultImportOptions, type ImportOptions } from "../../../../tools/wordpress-import/run-import.ts";

/** One `<item>` of a test export; anything left out gets a published-post default. */
export interface TestItem {
  id: number;
  title?: string;
  name?: string;
  date?: string;
  dateGmt?: string;
  status?: string;
  type?: string;
  password?: string;
  content?: string;
  excerpt?: string;
  creator?: string;
  link?: string;
  attachmentUrl?: string;
  terms?: { domain: string; nicename: string; name: string }[];
  meta?: Record<string, string>;
}

const cdata = (text: string) => `<![CDATA[${text.replaceAll("]]>", "]]]]><![CDATA[>")}]]>`;

export function testItem(item: TestItem): string {
  const date = item.date ?? "2015-03-04 10:00:00";
  const name = item.name ?? `post-${item.id}`;
  return `<item>
<title>${cdata(item.title ?? `Post ${item.id}`)}</title>
<link>${item.link ?? `https://news.example.org/${date.slice(0, 4)}/${date.slice(5, 7)}/${name}/`}</link>
<dc:creator>${cdata(item.creator ?? "ed")}</dc:creator>
<content:encoded>${cdata(item.content ?? `<p>Body of post ${item.id}.</p>`)}</content:encoded>
<excerpt:encoded>${cdata(item.excerpt ?? "")}</excerpt:encoded>
<wp:post_id>${item.id}</wp:post_id>
<wp:post_date>${cdata(date)}</wp:post_date>
<wp:post_date_gmt>${cdata(item.dateGmt ?? date)}</wp:post_date_gmt>
<wp:post_name>${cdata(name)}</wp:post_name>
<wp:status>${cdata(item.status ?? "publish")}</wp:status>
<wp:post_type>${cdata(item.type ?? "post")}</wp:post_type>
<wp:post_password>${cdata(item.password ?? "")}</wp:post_password>
${item.attachmentUrl ? `<wp:attachment_url>${cdata(item.attachmentUrl)}</wp:attachment_url>` : ""}
${(item.terms ?? []).map((t) => `<category domain="${t.domain}" nicename="${t.nicename}">${cdata(t.name)}</category>`).join("\n")}
${Object.entries(item.meta ?? {})
  .map(
    ([k, v]) =>
      `<wp:postmeta><wp:meta_key>${cdata(k)}</wp:meta_key><wp:meta_value>${cdata(v)}</wp:meta_value></wp:postmeta>`,
  )
  .join("\n")}
<wp:comment><wp:comment_id>9</wp:comment_id><wp:comment_content>${cdata("A reader's comment")}</wp:comment_content><wp:commentmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>1</wp:meta_value></wp:commentmeta></wp:comment>
</item>`;
}

/** A complete WXR 1.2 export (author `ed` is "Ed Itor"; category Countries has child Peru). */
export function testExport(items: TestItem[], version = "1.2"): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/${version}/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/${version}/">
<channel>
<title>Test News</title>
<link>https://news.example.org</link>
<wp:wxr_version>${version}</wp:wxr_version>
<wp:base_site_url>https://news.example.org</wp:base_site_url>
<wp:base_blog_url>https://news.example.org</wp:base_blog_url>
<wp:author><wp:author_login>ed</wp:author_login><wp:author_display_name>${cdata("Ed Itor")}</wp:author_display_name></wp:author>
<wp:category><wp:category_nicename>countries</wp:category_nicename><wp:category_parent></wp:category_parent><wp:cat_name>${cdata("Countries")}</wp:cat_name></wp:category>
<wp:category><wp:category_nicename>peru</wp:category_nicename><wp:category_parent>countries</wp:category_parent><wp:cat_name>${cdata("Peru")}</wp:cat_name></wp:category>
${items.map(testItem).join("\n")}
</channel>
</rss>
`;
}

export async function writeExport(folder: string, items: TestItem[] | string): Promise<string> {
  const path = join(folder, "export.xml");
  await writeFile(path, typeof items === "string" ? items : testExport(items), "utf8");
  return path;
}

export function importOptions(input: string, outDir: string, overrides: Partial<ImportOptions> = {}): ImportOptions {
  return { ...defaultImportOptions(input, outDir), timeZone: "America/Bogota", ...overrides };
}
