import { describe, expect, it } from "vitest";
import { newsletterForm, newsletterOrigin } from "../../../src/model/newsletter.ts";
import {
  cmsOrigins,
  headerContentSecurityPolicy,
  sharedDirectives,
  siteDirectives,
} from "../../../src/model/security.ts";
import { site } from "../../../src/site.config.ts";

const newsletter = {
  enabled: true,
  action: "https://lists.example.org/subscribe?list=7",
  emailField: "EMAIL",
  hiddenFields: { u: "abc", id: "7" },
};

/** The sources of one directive, e.g. `form-action` → ["'self'", "https://…"]. */
function sourcesOf(directives: readonly string[], name: string): string[] {
  const directive = directives.find((each) => each.startsWith(`${name} `));
  return directive?.split(" ").slice(1) ?? [];
}

describe("newsletterForm", () => {
  it("posts to the provider's URL with its e-mail field name and hidden fields, in order", () => {
    expect(newsletterForm(newsletter)).toEqual({
      action: "https://lists.example.org/subscribe?list=7",
      emailField: "EMAIL",
      hiddenFields: [
        { name: "u", value: "abc" },
        { name: "id", value: "7" },
      ],
    });
  });

  it("is nothing when the newsletter is switched off or absent", () => {
    expect(newsletterForm({ ...newsletter, enabled: false })).toBeUndefined();
    expect(newsletterForm(undefined)).toBeUndefined();
  });
});

describe("the form's action and the Content-Security-Policy", () => {
  it("agree: form-action and connect-src allow the site and exactly the provider's origin", () => {
    const directives = siteDirectives(newsletter);
    const provider = new URL(newsletterForm(newsletter)?.action ?? "").origin;
    expect(newsletterOrigin(newsletter)).toBe(provider);
    expect(sourcesOf(directives, "form-action")).toEqual(["'self'", provider]);
    expect(sourcesOf(directives, "connect-src")).toEqual(["'self'", provider]);
  });

  it("allow the site alone when the newsletter is off", () => {
    const directives = siteDirectives({ ...newsletter, enabled: false });
    expect(sourcesOf(directives, "form-action")).toEqual(["'self'"]);
    expect(sourcesOf(directives, "connect-src")).toEqual(["'self'"]);
    expect(directives.join(";")).not.toContain("lists.example.org");
  });

  it("agree for this site's own config, in the pages' policy and in the header's, which names each directive once", () => {
    const action = newsletterForm(site.newsletter)?.action;
    const allowed = action ? ["'self'", new URL(action).origin] : ["'self'"];
    expect(sourcesOf(sharedDirectives, "form-action")).toEqual(allowed);
    const header = headerContentSecurityPolicy().split("; ");
    expect(sourcesOf(header, "form-action")).toEqual(allowed);
    // The header also lets the editing UI reach its Git host (see headerContentSecurityPolicy).
    expect(sourcesOf(header, "connect-src")).toEqual([...allowed, ...cmsOrigins(site.cms)]);
    const names = header.map((directive) => directive.split(" ")[0]);
    expect(new Set(names).size).toBe(names.length);
  });
});
