import { SaxesParser } from "saxes";
import type { SaxesTagNS } from "saxes";

/** A term attached to an item: `<category domain="post_tag" nicename="coca">Coca</category>`. */
export interface WxrTerm {
  /** Taxonomy: `category`, `post_tag`, `post_format`, or a custom one such as `country`. */
  domain: string;
  nicename: string;
  name: string;
}

/** One `<item>` of the export: a post, page, attachment, menu item, … */
export interface WxrItem {
  /** Line of the export where the item starts, for error messages. */
  line: number;
  id: string;
  type: string;
  status: string;
  title: string;
  link: string;
  /** Login of the author (`dc:creator`); display names come from the channel's authors. */
  creator: string;
  content: string;
  excerpt: string;
  /** Local time as WordPress stores it: `2012-10-16 09:30:00`. */
  date: string;
  dateGmt: string;
  modified: string;
  modifiedGmt: string;
  /** The post's slug, percent-encoded when it has non-ASCII letters; empty for most drafts. */
  name: string;
  password: string;
  /** Attachments only: the file's URL. */
  attachmentUrl: string;
  /** Id of the post an attachment was uploaded to ("0" for none): `[gallery]` without ids shows these. */
  parent: string;
  /** Position among the post's attachments, for `[gallery]` without ids. */
  menuOrder: string;
  terms: WxrTerm[];
  /** `wp:postmeta` pairs; a key repeated keeps its first value. */
  meta: Map<string, string>;
}

export interface WxrCategory {
  name: string;
  /** Nicename of the parent category, or "". */
  parent: string;
}

/** What the channel says about the site, read before its first item. */
export interface WxrSite {
  wxrVersion: string;
  title: string;
  link: string;
  baseSiteUrl: string;
  baseBlogUrl: string;
  /** Author login → display name. */
  authors: Map<string, string>;
  /** Category nicename → name and parent, for nested category mapping. */
  categories: Map<string, WxrCategory>;
}

export type WxrEvent = { kind: "site"; site: WxrSite } | { kind: "item"; item: WxrItem };

/** Why an export cannot be read, with the line it was found on. */
export class WxrError extends Error {
  readonly line: number | undefined;
  constructor(message: string, line?: number) {
    super(line === undefined ? message : `line ${line}: ${message}`);
    this.name = "WxrError";
    this.line = line;
  }
}

/**
 * Prefixes are chosen by the exporter; namespace URIs are what identify WordPress's
 * elements (and differ between WXR 1.0, 1.1 and 1.2, and between http and https).
 */
function prefixOf(uri: string): string {
  if (uri === "") return "";
  if (/wordpress\.org\/export\/1\.\d+\/excerpt\/?$/.test(uri)) return "excerpt";
  if (/wordpress\.org\/export\/1\.\d+\/?$/.test(uri)) return "wp";
  if (uri === "http://purl.org/rss/1.0/modules/content/") return "content";
  if (uri === "http://purl.org/dc/elements/1.1/") return "dc";
  return uri;
}

const ITEM_FIELDS: Record<string, keyof WxrItem> = {
  title: "title",
  link: "link",
  "dc:creator": "creator",
  "content:encoded": "content",
  "excerpt:encoded": "excerpt",
  "wp:post_id": "id",
  "wp:post_date": "date",
  "wp:post_date_gmt": "dateGmt",
  "wp:post_modified": "modified",
  "wp:post_modified_gmt": "modifiedGmt",
  "wp:post_name": "name",
  "wp:status": "status",
  "wp:post_type": "type",
  "wp:post_password": "password",
  "wp:attachment_url": "attachmentUrl",
  "wp:post_parent": "parent",
  "wp:menu_order": "menuOrder",
};

const CHANNEL_FIELDS: Record<string, "wxrVersion" | "title" | "link" | "baseSiteUrl" | "baseBlogUrl"> = {
  "wp:wxr_version": "wxrVersion",
  title: "title",
  link: "link",
  "wp:base_site_url": "baseSiteUrl",
  "wp:base_blog_url": "baseBlogUrl",
};

/** XML 1.0 forbids these; WordPress exports sometimes carry them inside post content. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point: they are removed.
const FORBIDDEN_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

function emptyItem(line: number): WxrItem {
  return {
    line,
    id: "",
    type: "",
    status: "",
    title: "",
    link: "",
    creator: "",
    content: "",
    excerpt: "",
    date: "",
    dateGmt: "",
    modified: "",
    modifiedGmt: "",
    name: "",
    password: "",
    attachmentUrl: "",
    parent: "",
    menuOrder: "",
    terms: [],
    meta: new Map(),
  };
}

/** Statistics the caller may report once the stream has ended. */
export interface WxrReadStats {
  /** Characters XML forbids that were dropped from the input. */
  forbiddenCharacters: number;
}

/**
 * Reads a WordPress export as a stream of events: first the site (authors, categories),
 * then one event per item. Only the item being read is held in memory, so a 500 MB export
 * is read in the memory of its largest post.
 *
 * Throws a {@link WxrError} for input that is not XML, not WXR, or ends early.
 */
export async function* readWxr(
  chunks: AsyncIterable<string | Buffer>,
  stats: WxrReadStats = { forbiddenCharacters: 0 },
): AsyncGenerator<WxrEvent, void, undefined> {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const events: WxrEvent[] = [];
  const path: string[] = [];
  const site: WxrSite = {
    wxrVersion: "",
    title: "",
    link: "",
    baseSiteUrl: "",
    baseBlogUrl: "",
    authors: new Map(),
    categories: new Map(),
  };
  // Set in a parser callback, which TypeScript cannot see: typed so the final check is not narrowed to `false`.
  let siteSent = false as boolean;
  let item: WxrItem | undefined;
  let lastItemId = "";
  let text: string[] | undefined;
  let term: WxrTerm | undefined;
  let metaKey = "";
  let author = { login: "", name: "" };
  let category = { nicename: "", name: "", parent: "" };

  const sendSite = (line: number) => {
    if (siteSent) return;
    if (!site.wxrVersion) {
      throw new WxrError(
        "not a WordPress export: the channel has no <wp:wxr_version> (is this a plain RSS feed?)",
        line,
      );
    }
    siteSent = true;
    events.push({ kind: "site", site });
  };

  parser.on("opentag", (tag: SaxesTagNS) => {
    const name = prefixOf(tag.uri) ? `${prefixOf(tag.uri)}:${tag.local}` : tag.local;
    path.push(name);
    const depth = path.length;
    const line = parser.line;
    if (depth === 1 && name !== "rss") {
      throw new WxrError(`not a WordPress export: the document is <${tag.name}>, not an <rss> export`, line);
    }
    if (depth === 2 && name !== "channel") return;
    if (depth === 3 && name === "item") {
      sendSite(line);
      item = emptyItem(line);
    } else if (depth === 3 && name === "wp:author") {
      author = { login: "", name: "" };
    } else if (depth === 3 && name === "wp:category") {
      category = { nicename: "", name: "", parent: "" };
    }
    if (depth === 4 && item && name === "category") {
      const attribute = (local: string) => tag.attributes[local]?.value ?? "";
      term = { domain: attribute("domain"), nicename: attribute("nicename"), name: "" };
    }
    text = depth === 3 || depth === 4 || (depth === 5 && path[3] === "wp:postmeta") ? [] : undefined;
  });

  const onText = (value: string) => {
    if (text && path.length >= 3) text.push(value);
  };
  parser.on("text", onText);
  parser.on("cdata", onText);

  parser.on("closetag", () => {
    const depth = path.length;
    const name = path.pop() ?? "";
    const value = text?.join("") ?? "";
    text = depth === 4 || depth === 5 ? [] : undefined;
    const parent = path[path.length - 1];
    if (depth === 3 && name === "item" && item) {
      lastItemId = item.id || lastItemId;
      events.push({ kind: "item", item });
      item = undefined;
      return;
    }
    if (depth === 3 && name === "wp:author") {
      if (author.login) site.authors.set(author.login, author.name.trim() || author.login);
      return;
    }
    if (depth === 3 && name === "wp:category") {
      if (category.nicename) {
        site.categories.set(category.nicename, {
          name: category.name.trim() || category.nicename,
          parent: category.parent.trim(),
        });
      }
      return;
    }
    if (depth === 3 && name in CHANNEL_FIELDS) {
      site[CHANNEL_FIELDS[name]!] = value.trim();
      return;
    }
    if (depth === 2 && name === "channel") sendSite(parser.line);
    if (depth === 4 && parent === "wp:author") {
      if (name === "wp:author_login") author.login = value.trim();
      if (name === "wp:author_display_name") author.name = value;
    } else if (depth === 4 && parent === "wp:category") {
      if (name === "wp:category_nicename") category.nicename = value.trim();
      if (name === "wp:cat_name") category.name = value;
      if (name === "wp:category_parent") category.parent = value;
    } else if (depth === 4 && item) {
      if (name === "category" && term) {
        term.name = value.trim();
        item.terms.push(term);
        term = undefined;
      } else if (name in ITEM_FIELDS) {
        (item as unknown as Record<string, string>)[ITEM_FIELDS[name]!] =
          name === "content:encoded" ? value : value.trim();
      }
    } else if (depth === 5 && item && parent === "wp:postmeta") {
      if (name === "wp:meta_key") metaKey = value.trim();
      if (name === "wp:meta_value" && metaKey && !item.meta.has(metaKey)) item.meta.set(metaKey, value);
    }
  });

  const where = () =>
    item ? ` (inside the item that starts on line ${item.line}${item.id ? `, post ${item.id}` : ""})` : "";
  const fail = (error: unknown): never => {
    if (error instanceof WxrError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    // saxes prefixes messages with "line:column: ".
    const match = /^(\d+):(\d+): (.*)$/s.exec(message);
    const line = match ? Number(match[1]) : parser.line;
    throw new WxrError(`not well-formed XML: ${match?.[3] ?? message}${where()}`, line);
  };

  for await (const chunk of chunks) {
    const raw = typeof chunk === "string" ? chunk : chunk.toString("utf8");
    const clean = raw.replace(FORBIDDEN_CHARACTERS, () => {
      stats.forbiddenCharacters += 1;
      return "";
    });
    try {
      parser.write(clean);
    } catch (error) {
      fail(error);
    }
    if (events.length > 0) yield* events.splice(0);
  }
  const openItem = item;
  try {
    parser.close();
  } catch (error) {
    const after = lastItemId ? `; the last complete item is post ${lastItemId}` : "";
    const message = error instanceof Error ? error.message.replace(/^\d+:\d+: /, "") : String(error);
    throw new WxrError(
      `the export ends early (truncated file?): ${message}${openItem ? ` in the item that starts on line ${openItem.line}` : ""}${after}`,
      parser.line,
    );
  }
  if (!siteSent) throw new WxrError("not a WordPress export: no <channel> found");
  yield* events.splice(0);
}
