import { describe, expect, it } from "vitest";
import { normalizeBasePath, parseSiteConfig, type SiteConfigInput } from "../../../src/schemas/site.ts";

/** A valid config; each test breaks one thing. */
function config(): SiteConfigInput {
  return {
    name: "Valdoria Monitor",
    description: "News from Valdoria.",
    url: "https://monitor.example.org/",
    basePath: "/",
    defaultLanguage: "en",
    timeZone: "America/Bogota",
    defaultAuthor: "Valdoria Monitor",
    analysisHeading: { en: "{org} Analysis" },
    commentsEmail: "desk@monitor.example.org",
    donate: {
      url: "https://monitor.example.org/donate/",
      appeal: { en: "Support us." },
      currency: "EUR",
      presets: [10, 20],
      params: { amount: "amount", currency: "", frequency: "f", oneTimeValue: "once", monthlyValue: "monthly" },
      notNowDays: 30,
    },
    feedbackEndpoint: "",
    logo: { path: "logo.png", width: 600, height: 60 },
    license: { name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/", notice: { en: "Share it." } },
    shareNetworks: ["x", "email"],
    social: { x: "valdoria", facebook: "", bluesky: "https://bsky.app/profile/monitor.example.org" },
    cms: {
      backend: "gitlab",
      repo: "valdoria/monitor",
      branch: "main",
      baseUrl: "",
      appId: "0123abcd",
      apiRoot: "",
      mediaFolder: "images",
    },
  };
}

/** The error message of parsing `input`, or "" when it is valid. */
function problems(input: unknown, env: Record<string, string> = {}): string {
  try {
    parseSiteConfig(input as SiteConfigInput, env);
    return "";
  } catch (error) {
    return (error as Error).message;
  }
}

describe("parseSiteConfig", () => {
  it("accepts a valid config, dropping the URL's trailing slash and normalising the base path", () => {
    const site = parseSiteConfig({ ...config(), basePath: "news" });
    expect(site.url).toBe("https://monitor.example.org");
    expect(site.basePath).toBe("/news/");
    expect(site.shareNetworks).toEqual(["x", "email"]);
  });

  it("names the file, the field and what was expected for a URL with a path or no scheme", () => {
    expect(problems({ ...config(), url: "https://monitor.example.org/news" })).toBe(
      "Invalid site configuration in src/site.config.ts:\n" +
        '  url: "https://monitor.example.org/news" is not an absolute http(s) URL without a path; ' +
        "expected e.g. https://news.example.org (a sub-path goes in basePath)",
    );
    expect(problems({ ...config(), url: "monitor.example.org" })).toMatch(
      /url: "monitor.example.org" is not an absolute/,
    );
    expect(problems({ ...config(), url: "ftp://monitor.example.org" })).toMatch(/url: "ftp:\/\/monitor.example.org"/);
  });

  it("rejects an unknown time zone", () => {
    expect(problems({ ...config(), timeZone: "America/Valdoria" })).toMatch(
      /timeZone: "America\/Valdoria" is not an IANA time zone; expected e\.g\. America\/Bogota or UTC/,
    );
  });

  it("requires the donate URL and checks it is a web address", () => {
    const withoutUrl: Partial<SiteConfigInput["donate"]> = config().donate;
    delete withoutUrl.url;
    expect(problems({ ...config(), donate: withoutUrl })).toMatch(
      /donate\.url: is required \(the page that takes donations, an absolute http\(s\) URL\)/,
    );
    expect(problems({ ...config(), donate: { ...config().donate, url: "javascript:alert(1)" } })).toMatch(
      /donate\.url: "javascript:alert\(1\)" is not an absolute http\(s\) URL/,
    );
  });

  it("rejects a language without UI strings, as the default and as a text's key", () => {
    expect(problems({ ...config(), defaultLanguage: "fr" })).toMatch(
      /defaultLanguage: "fr" is not a language Dispatch has UI strings for; expected one of: en, es/,
    );
    expect(problems({ ...config(), analysisHeading: { en: "{org} Analysis", fr: "Analyse" } })).toMatch(
      /analysisHeading: "fr": no such language in Dispatch; expected only: en, es/,
    );
  });

  it("requires every per-language text in the default language, which the others fall back to", () => {
    expect(problems({ ...config(), defaultLanguage: "es" })).toBe(
      "Invalid site configuration in src/site.config.ts:\n" +
        ["analysisHeading.es", "donate.appeal.es", "license.notice.es"]
          .map((field) => `  ${field}: is required: the default language (es) is what other languages fall back to`)
          .join("\n"),
    );
  });

  it("rejects a share network it cannot build links for, and a network listed twice", () => {
    expect(problems({ ...config(), shareNetworks: ["x", "myspace"] })).toMatch(
      /shareNetworks\.1: "myspace" is not a share network Dispatch supports; expected one of: x, facebook/,
    );
    expect(problems({ ...config(), shareNetworks: ["x", "x"] })).toMatch(/shareNetworks: names a network twice/);
  });

  it("lists every problem at once, and unknown fields too", () => {
    const message = problems({
      ...config(),
      currency: "EUR",
      commentsEmail: "desk",
      logo: { path: "l.png", width: 800, height: 60 },
    });
    expect(message.split("\n").slice(1)).toEqual([
      '  commentsEmail: "desk" is not an e-mail address (where comments go)',
      "  logo.width: must be at most 600 pixels (Google's limit for a news logo)",
      '  (top level): "currency": no such field; check the spelling',
    ]);
  });

  it("checks the donate currency, the X handle and the feedback endpoint", () => {
    expect(problems({ ...config(), donate: { ...config().donate, currency: "EURO" } })).toMatch(
      /donate\.currency: "EURO" is not an ISO 4217 currency code/,
    );
    expect(problems({ ...config(), social: { ...config().social, x: "@valdoria" } })).toMatch(
      /social\.x: must be an X handle without the @/,
    );
    expect(problems({ ...config(), feedbackEndpoint: "feedback" })).toMatch(/feedbackEndpoint: "feedback" is not ""/);
    expect(problems({ ...config(), feedbackEndpoint: "/api/feedback" })).toBe("");
  });

  it("checks the CMS block: a known backend, an owner/name repository and an http(s) OAuth service", () => {
    expect(problems({ ...config(), cms: { ...config().cms, backend: "bitbucket" } })).toMatch(
      /cms\.backend: "bitbucket" is not a CMS backend; expected one of: github, gitlab/,
    );
    expect(problems({ ...config(), cms: { ...config().cms, repo: "monitor" } })).toMatch(
      /cms\.repo: must be owner\/name/,
    );
    expect(problems({ ...config(), cms: { ...config().cms, baseUrl: "oauth.example.org" } })).toMatch(
      /cms\.baseUrl: "oauth\.example\.org" is not an absolute http\(s\) URL \(the OAuth service\)/,
    );
    expect(problems({ ...config(), cms: { ...config().cms, repo: "group/sub/monitor" } })).toBe("");
  });
});

describe("environment overrides", () => {
  it("SITE_URL and BASE_PATH replace url and basePath, validated the same way", () => {
    const site = parseSiteConfig(config(), { SITE_URL: "https://preview.example.net/", BASE_PATH: "dispatch" });
    expect([site.url, site.basePath]).toEqual(["https://preview.example.net", "/dispatch/"]);
  });

  it("an empty variable counts as unset", () => {
    const site = parseSiteConfig(config(), { SITE_URL: "", BASE_PATH: "" });
    expect([site.url, site.basePath]).toEqual(["https://monitor.example.org", "/"]);
  });

  it("a bad value names the variable it came from", () => {
    expect(problems(config(), { SITE_URL: "preview" })).toMatch(
      /^ {2}url \(from SITE_URL in the environment\): "preview" is not an absolute http\(s\) URL/m,
    );
    expect(problems(config(), { BASE_PATH: "/a/../b/" })).toMatch(
      /^ {2}basePath \(from BASE_PATH in the environment\): "\/a\/\.\.\/b\/" is not a URL path/m,
    );
  });
});

describe("newsroom practice settings", () => {
  const newsletter = {
    enabled: true,
    action: "https://lists.example.org/subscribe",
    emailField: "email",
    hiddenFields: {},
  };

  it("defaults to full-text feeds and offline reading, and to no newsletter", () => {
    const site = parseSiteConfig(config());
    expect([site.fullTextFeeds, site.offlineReading, site.newsletter]).toEqual([true, true, undefined]);
  });

  it("NEWSLETTER_ACTION replaces the newsletter's action, and a bad one names the variable", () => {
    const site = parseSiteConfig({ ...config(), newsletter }, { NEWSLETTER_ACTION: "http://127.0.0.1:4555/subscribe" });
    expect(site.newsletter?.action).toBe("http://127.0.0.1:4555/subscribe");
    expect(problems({ ...config(), newsletter }, { NEWSLETTER_ACTION: "javascript:alert(1)" })).toMatch(
      /^ {2}newsletter\.action \(from NEWSLETTER_ACTION in the environment\): "javascript:alert\(1\)" is not an absolute http\(s\) URL/m,
    );
  });

  it("names a missing e-mail field name and a mistyped switch", () => {
    expect(problems({ ...config(), newsletter: { ...newsletter, emailField: "" } })).toContain(
      "newsletter.emailField: must not be empty (the name of the provider's e-mail field)",
    );
    expect(problems({ ...config(), offlineReading: "yes" })).toContain(
      "offlineReading: must be true or false (offline reading)",
    );
  });
});

describe("normalizeBasePath", () => {
  it("reads every spelling of a sub-path as /sub/ and an empty one as the root", () => {
    for (const spelling of ["dispatch", "/dispatch", "/dispatch/", "dispatch//"]) {
      expect(normalizeBasePath(spelling)).toBe("/dispatch/");
    }
    expect(normalizeBasePath("")).toBe("/");
    expect(normalizeBasePath("/")).toBe("/");
  });
});
