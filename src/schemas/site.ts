import { z } from "zod";
import { languages, type Language } from "../i18n/languages.ts";
import { isKnownTimeZone } from "../lib/dates.ts";

/** Networks a brief can be shared to (src/model/share.ts builds their links); `shareNetworks` picks and orders them. */
export const shareNetworks = ["x", "facebook", "whatsapp", "linkedin", "telegram", "bluesky", "email"] as const;
export type ShareNetwork = (typeof shareNetworks)[number];

/** Git hosts the CMS can commit to (Decap CMS backends of the same names). */
export const cmsBackends = ["github", "gitlab"] as const;

/**
 * Text the newsroom writes per language. Only the default language is required, so adding
 * a language to the site never breaks the config: untranslated entries fall back to it.
 */
export type LocalizedText = Partial<Record<Language, string>>;

const shown = (value: unknown) => JSON.stringify(value);

const text = (what: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `is required (${what})` : `must be text (${what})`) })
    .trim()
    .min(1, `must not be empty (${what})`);

/** Only http(s): these URLs become links readers follow. */
const webUrl = (what: string) =>
  z.url({
    protocol: /^https?$/,
    error: (issue) =>
      issue.input === undefined
        ? `is required (${what}, an absolute http(s) URL)`
        : `${shown(issue.input)} is not an absolute http(s) URL (${what}), e.g. https://news.example.org/donate/`,
  });

const localizedText = (what: string) =>
  z.partialRecord(z.enum(languages), text(what), {
    error: ({ input }) => {
      if (typeof input !== "object" || input === null) {
        return `must be an object of texts by language, e.g. { en: "…", es: "…" } (${what})`;
      }
      const unknown = Object.keys(input).filter((key) => !languages.some((lang) => lang === key));
      return `${unknown.map(shown).join(", ")}: no such language in Dispatch; expected only: ${languages.join(", ")}`;
    },
  });

/** An origin without a path, query or fragment; a trailing slash is dropped. */
const siteUrl = z
  .string({ error: "is required (the public address of the site, e.g. https://news.example.org)" })
  .transform((value, context) => {
    const trimmed = value.trim().replace(/\/+$/, "");
    const url = URL.parse(trimmed);
    if (!url || !/^https?:$/.test(url.protocol) || url.pathname !== "/" || url.search || url.hash || url.username) {
      context.addIssue({
        code: "custom",
        message: `${shown(value)} is not an absolute http(s) URL without a path; expected e.g. https://news.example.org (a sub-path goes in basePath)`,
      });
      return z.NEVER;
    }
    return trimmed;
  });

/** `dispatch`, `/dispatch`, `/dispatch/` all mean `/dispatch/`; `` and `/` mean the root. */
export function normalizeBasePath(path: string): string {
  const trimmed = path.trim().replace(/^\/+|\/+$/g, "");
  return trimmed ? `/${trimmed}/` : "/";
}

const basePath = z
  .string({ error: "must be text (a sub-path such as /dispatch/, or / for the root)" })
  .transform((value, context) => {
    const normalized = normalizeBasePath(value);
    const segments = normalized.split("/").filter(Boolean);
    if (segments.some((segment) => segment === "." || segment === ".." || !/^[\w.~!$&'()*+,;=:@%-]+$/.test(segment))) {
      context.addIssue({
        code: "custom",
        message: `${shown(value)} is not a URL path; expected a sub-path such as /dispatch/, or / for the root`,
      });
      return z.NEVER;
    }
    return normalized;
  });

/** An object with exactly these fields, so a misspelt field is an error rather than ignored. */
function fields<Shape extends z.ZodRawShape>(shape: Shape, what: string) {
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code === "unrecognized_keys")
        return `${issue.keys.map(shown).join(", ")}: no such field; check the spelling`;
      return issue.input === undefined ? `is required (${what})` : `must be an object (${what})`;
    },
  });
}

const optionalWebUrl = (what: string) =>
  z.union([z.literal(""), webUrl(what)], { error: `must be "" or an absolute http(s) URL (${what})` });

/** The newsroom's identity (src/site.config.ts), checked when the site starts. */
export const siteConfigSchema = fields(
  {
    /** Organization name as readers see it, e.g. in bylines and "<name> Analysis". */
    name: text("the organization's name"),
    /** One-sentence description used on the home page and as the default meta description. */
    description: text("one sentence about the site"),
    /** Public origin of the deployed site, without a path: `https://example.org`. `SITE_URL` overrides it. */
    url: siteUrl,
    /** Sub-path the site is served under (`/` at the root, `/dispatch/` on GitHub Pages). `BASE_PATH` overrides it. */
    basePath,
    /** Language of the site chrome when a page has no language of its own. */
    defaultLanguage: z.enum(languages, {
      error: (issue) =>
        `${shown(issue.input)} is not a language Dispatch has UI strings for; expected one of: ${languages.join(", ")}`,
    }),
    /** IANA time zone dates are shown in, e.g. `America/Bogota`. */
    timeZone: z.string({ error: "is required (an IANA time zone, e.g. America/Bogota)" }).refine(isKnownTimeZone, {
      error: (issue) => `${shown(issue.input)} is not an IANA time zone; expected e.g. America/Bogota or UTC`,
    }),
    /** Byline used when a brief names no authors. */
    defaultAuthor: text("the byline of briefs that name no author"),
    /** Heading that opens a brief's analysis section, per language; `{org}` is replaced by `name`. */
    analysisHeading: localizedText("the analysis heading, e.g. {org} Analysis"),
    /** Where readers send comments about a brief (a mailto link is built from it). */
    commentsEmail: z.email({ error: (issue) => `${shown(issue.input)} is not an e-mail address (where comments go)` }),
    donate: fields(
      {
        /** Page that takes donations; the donate button links here. */
        url: webUrl("the page that takes donations"),
        /** The appeal shown beside the button. */
        appeal: localizedText("the donation appeal"),
        /** ISO 4217 code the preset amounts are in, e.g. `USD`. */
        currency: z.string().refine((code) => Intl.supportedValuesOf("currency").includes(code), {
          error: (issue) => `${shown(issue.input)} is not an ISO 4217 currency code; expected e.g. USD or EUR`,
        }),
        /** Amounts offered as choices once JavaScript runs; the first is preselected. Empty hides the choice. */
        presets: z.array(z.number().positive(), {
          error: "must be a list of positive amounts, e.g. [25, 50]",
        }),
        /** Query parameters the donate page reads; an empty name leaves that value out of the link. */
        params: fields(
          {
            /** Receives the chosen amount, e.g. `amount=25`. */
            amount: z.string(),
            /** Receives `currency`, e.g. `currency=USD`. */
            currency: z.string(),
            /** Receives `oneTimeValue` or `monthlyValue`. */
            frequency: z.string(),
            /** The value of `frequency` for a one-time gift, e.g. `once`. */
            oneTimeValue: z.string(),
            /** The value of `frequency` for a monthly gift, e.g. `monthly`. */
            monthlyValue: z.string(),
          },
          "the donate page's query parameter names",
        ),
        /** Days the appeal stays hidden after a reader chooses "Not now". */
        notNowDays: z.int().min(0, "must be 0 or more days"),
      },
      "the donate page's url, appeal, currency, presets, params and notNowDays",
    ),
    /** Where "Was this content helpful?" answers are sent with `navigator.sendBeacon`; empty sends nothing. */
    feedbackEndpoint: z.union([z.literal(""), z.string().startsWith("/"), webUrl("where answers are sent")], {
      error: (issue) =>
        `${shown(issue.input)} is not "", a path starting with / or an absolute http(s) URL (where answers are sent)`,
    }),
    /** Publisher logo for search engines (NewsArticle JSON-LD): a raster file under `public/`, at most 600x60. */
    logo: fields(
      {
        /** The file, relative to `public/`. */
        path: text("the logo's file under public/"),
        /** Width in pixels, at most 600. */
        width: z.int().min(1).max(600, "must be at most 600 pixels (Google's limit for a news logo)"),
        /** Height in pixels, at most 60. */
        height: z.int().min(1).max(60, "must be at most 60 pixels (Google's limit for a news logo)"),
      },
      "the logo's path, width and height",
    ),
    license: fields(
      {
        /** Short licence name shown to readers. */
        name: text("the licence's short name"),
        /** Licence deed. */
        url: webUrl("the licence deed"),
        /** Republishing notice shown under every brief; `{org}` is replaced by `name`. */
        notice: localizedText("the republishing notice"),
      },
      "the licence's name, url and notice",
    ),
    /** Share buttons under each brief, in this order. */
    shareNetworks: z
      .array(
        z.enum(shareNetworks, {
          error: (issue) =>
            `${shown(issue.input)} is not a share network Dispatch supports; expected one of: ${shareNetworks.join(", ")}`,
        }),
      )
      .refine((networks) => new Set(networks).size === networks.length, "names a network twice"),
    /** Handles and profile URLs; empty strings hide an entry. */
    social: fields(
      {
        /** X handle without the @, credited as `via` on shares. */
        x: z.string().regex(/^\w{0,15}$/, "must be an X handle without the @ (letters, digits and _), or empty"),
        /** Facebook page URL. */
        facebook: optionalWebUrl("the Facebook page"),
        /** Bluesky profile URL. */
        bluesky: optionalWebUrl("the Bluesky profile"),
      },
      "x, facebook and bluesky, each possibly empty",
    ),
    /**
     * Feeds (RSS, Atom, JSON Feed) carry each brief's whole sanitised body, with absolute
     * links and images, so it can be read in a feed reader; `false` sends the summary only.
     * Tag, country and author feeds always carry the summary only.
     */
    fullTextFeeds: z.boolean({ error: "must be true or false (whole briefs in the feeds)" }).default(true),
    /** The e-mail newsletter sign-up on the home page and under every brief, posted to the provider; absent = none. */
    newsletter: fields(
      {
        /** Show the sign-up form; `false` leaves it out, and its origin out of the Content-Security-Policy. */
        enabled: z.boolean({ error: "must be true or false (show the sign-up form)" }),
        /**
         * The provider's subscribe URL, the form's `action` (Buttondown, Mailchimp, listmonk…).
         * Its origin is the one `form-action` and `connect-src` allow. `NEWSLETTER_ACTION` overrides it.
         */
        action: webUrl("the newsletter provider's subscribe URL"),
        /** Name of the e-mail field the provider reads: `email` (Buttondown, listmonk), `EMAIL` (Mailchimp). */
        emailField: text("the name of the provider's e-mail field"),
        /** Hidden fields the provider needs (a list id, a tag), as name → value. */
        hiddenFields: z.record(z.string().min(1, "must not be empty (a field name)"), z.string(), {
          error: 'must be an object of field names and values, e.g. { list: "briefs" }',
        }),
      },
      "the newsletter's enabled, action, emailField and hiddenFields",
    ).optional(),
    /**
     * Briefs per part of the search index (docs/adr/0008-search-index-in-shards.md): whole years
     * from the oldest go into one part until it holds at least this many, so an edit re-indexes
     * one part, not the archive. Smaller parts rebuild faster; each part costs a reader's search
     * a few more requests. `SEARCH_SHARD_SIZE` in the environment overrides it.
     */
    searchShardSize: z.coerce
      .number({ error: "must be a whole number of briefs (search shard size)" })
      .int({ error: "must be a whole number of briefs (search shard size)" })
      .min(1, { error: "must be at least 1 (search shard size)" })
      .default(5000),
    /** A small service worker (/sw.js) that keeps the briefs a reader opened readable offline. */
    offlineReading: z.boolean({ error: "must be true or false (offline reading)" }).default(true),
    /** The editing UI at /admin/ (Decap CMS, docs/editors.md): where it saves briefs, and how editors sign in. */
    cms: fields(
      {
        /** Git host the CMS commits to: `github` or `gitlab`. */
        backend: z.enum(cmsBackends, {
          error: (issue) => `${shown(issue.input)} is not a CMS backend; expected one of: ${cmsBackends.join(", ")}`,
        }),
        /** The content repository on that host, `owner/name` (GitLab groups may nest: `group/sub/name`). */
        repo: text("the repository, e.g. newsroom/dispatch").regex(
          /^[\w.-]+(\/[\w.-]+)+$/,
          "must be owner/name, e.g. newsroom/dispatch",
        ),
        /** Branch the CMS commits to: the one the site is built and deployed from. */
        branch: text("the branch the site is built from, e.g. main"),
        /** GitHub: the OAuth service that signs editors in (docs/deploy.md). GitLab: the GitLab origin. Empty uses the host's default. */
        baseUrl: optionalWebUrl("the OAuth service"),
        /** GitLab only: the OAuth application's id, for sign-in without a server of our own (PKCE). Empty on GitHub. */
        appId: z.string({ error: "must be text (the GitLab OAuth application id, or empty)" }),
        /** The host's API, for a self-hosted GitLab or GitHub Enterprise; empty uses api.github.com or gitlab.com. */
        apiRoot: optionalWebUrl("the Git host's API"),
        /** Folder under `content/media/` that images uploaded in the CMS go to; a brief's `image.src` then names the file relative to the brief. */
        mediaFolder: text("a folder under content/media/, e.g. cms"),
      },
      "the CMS's backend, repo, branch, baseUrl, appId, apiRoot and mediaFolder",
    ),
  },
  "the newsroom's identity",
).superRefine((config, context) => {
  // Every text the newsroom writes per language must exist in the default language, its fallback.
  const texts: [string[], LocalizedText][] = [
    [["analysisHeading"], config.analysisHeading],
    [["donate", "appeal"], config.donate.appeal],
    [["license", "notice"], config.license.notice],
  ];
  for (const [path, localized] of texts) {
    if (localized[config.defaultLanguage] === undefined) {
      context.addIssue({
        code: "custom",
        path: [...path, config.defaultLanguage],
        message: `is required: the default language (${config.defaultLanguage}) is what other languages fall back to`,
      });
    }
  }
});

export type SiteConfigInput = z.input<typeof siteConfigSchema>;
export type SiteConfig = z.output<typeof siteConfigSchema>;

/** Environment variables that override a field, so one checkout deploys to a preview host or a sub-path unedited. */
const overrides = {
  SITE_URL: "url",
  BASE_PATH: "basePath",
  NEWSLETTER_ACTION: "newsletter.action",
  SEARCH_SHARD_SIZE: "searchShardSize",
} as const;

/**
 * The config with `SITE_URL` and `BASE_PATH` from `env` in place of `url` and `basePath`,
 * validated. Throws one error listing every problem, each naming the field (and the
 * variable it came from) and what was expected.
 */
export function parseSiteConfig(config: SiteConfigInput, env: Record<string, string | undefined> = {}): SiteConfig {
  const fromEnvironment = new Map<string, string>();
  const input: Record<string, unknown> = { ...config };
  for (const [variable, field] of Object.entries(overrides)) {
    const value = env[variable];
    // An empty variable (`SITE_URL=`) counts as unset, so it falls back to the file.
    if (value === undefined || value === "") continue;
    const [outer = "", inner] = field.split(".");
    if (inner === undefined) input[outer] = value;
    else input[outer] = { ...(input[outer] as Record<string, unknown> | undefined), [inner]: value };
    fromEnvironment.set(field, variable);
  }
  const result = siteConfigSchema.safeParse(input);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const field = issue.path.map(String).join(".") || "(top level)";
    const variable = fromEnvironment.get(field);
    return `  ${field}${variable ? ` (from ${variable} in the environment)` : ""}: ${issue.message}`;
  });
  throw new Error(`Invalid site configuration in src/site.config.ts:\n${lines.join("\n")}`);
}
