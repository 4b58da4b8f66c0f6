import type { SiteConfig } from "../schemas/site.ts";

/** The sign-up form as the page writes it: a plain HTML form posted to the newsletter provider. */
export interface NewsletterForm {
  /** The provider's subscribe URL: the form's `action`, and what the island posts to. */
  action: string;
  /** Name of the e-mail input. */
  emailField: string;
  /** Hidden inputs the provider needs, in the config's order. */
  hiddenFields: { name: string; value: string }[];
}

/** The form, or undefined when the newsletter is absent or switched off: then no page shows one. */
export function newsletterForm(newsletter: SiteConfig["newsletter"]): NewsletterForm | undefined {
  if (!newsletter?.enabled) return undefined;
  return {
    action: newsletter.action,
    emailField: newsletter.emailField,
    hiddenFields: Object.entries(newsletter.hiddenFields).map(([name, value]) => ({ name, value })),
  };
}

/**
 * The origin the sign-up posts to (`https://lists.example.org`), which the
 * Content-Security-Policy must allow in `form-action` and `connect-src`; undefined when off.
 */
export function newsletterOrigin(newsletter: SiteConfig["newsletter"]): string | undefined {
  const form = newsletterForm(newsletter);
  return form && new URL(form.action).origin;
}
