import ts from "typescript";

/** `/** Headline, as published. *\/` → "Headline, as published." (tags and markup left as written). */
function commentText(raw: string): string {
  return raw
    .replace(/^\/\*\*|\*\/$/g, "")
    .split("\n")
    .map((line) => line.replace(/^\s*\*\s?/, "").trim())
    .join(" ")
    .replaceAll("\\/", "/")
    .trim();
}

/** The names of the object properties that enclose `node`, outermost first. */
function propertyPath(node: ts.Node): string[] {
  const names: string[] = [];
  for (
    let current: ts.Node | undefined = node;
    current !== undefined;
    current = current.parent as ts.Node | undefined
  ) {
    if (ts.isPropertyAssignment(current) && (ts.isIdentifier(current.name) || ts.isStringLiteral(current.name))) {
      names.unshift(current.name.text);
    }
    if (ts.isVariableDeclaration(current)) break;
  }
  return names;
}

/**
 * The doc comment of every field of the schema `exportName` in a schema module's source,
 * by dotted path (`image.alt`; a list of objects' fields as `corrections.text`).
 *
 * Read from the source so the comment that documents a field for developers is the hint an
 * editor sees, written once (ADR 0007): zod keeps no comments at run time.
 */
export function fieldDocComments(source: string, exportName: string): Map<string, string> {
  const file = ts.createSourceFile("schema.ts", source, ts.ScriptTarget.Latest, true);
  const comments = new Map<string, string>();
  const declaration = file.statements
    .filter(ts.isVariableStatement)
    .flatMap((statement) => statement.declarationList.declarations)
    .find((each) => ts.isIdentifier(each.name) && each.name.text === exportName);
  if (!declaration?.initializer) {
    throw new Error(`No schema named ${exportName} in the schema source: the CMS config cannot read its field hints.`);
  }
  const visit = (node: ts.Node) => {
    if (ts.isPropertyAssignment(node)) {
      // The comments between the previous token and the field, on its line or before it.
      const trivia = source.slice(node.getFullStart(), node.getStart());
      const doc = [...trivia.matchAll(/\/\*\*[\s\S]*?\*\//g)].at(-1)?.[0];
      if (doc) comments.set(propertyPath(node).join("."), commentText(doc));
    }
    ts.forEachChild(node, visit);
  };
  visit(declaration.initializer);
  return comments;
}
