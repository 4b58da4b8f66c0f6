import { SaxesParser } from "saxes";

/**
 * Well-formedness errors of an XML document, with namespaces checked: [] means a strict
 * XML parser (saxes, the one jsdom uses) reads it to the end without complaint.
 */
export function xmlErrors(document: string): string[] {
  const errors: string[] = [];
  const parser = new SaxesParser({ xmlns: true });
  parser.on("error", (error) => errors.push(error.message));
  parser.write(document).close();
  return errors;
}
