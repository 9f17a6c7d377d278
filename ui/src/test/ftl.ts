// Structural comparison of Fluent files, for the locale checks in src/locales.test.ts.

import {
  FunctionReference,
  Identifier,
  Junk,
  Message,
  NumberLiteral,
  SelectExpression,
  Term,
  VariableReference,
  Visitor,
  parse,
  type Resource,
} from "@fluent/syntax";

const PLURAL_CATEGORIES = new Set(["zero", "one", "two", "few", "many", "other"]);

export type Entry = {
  variables: Set<string>;
  functions: Set<string>;
  /** Variant keys of each plural select, in order of appearance. */
  plurals: { selector: string; keys: string[]; defaultKey: string }[];
};

class Collector extends Visitor {
  readonly entry: Entry = { variables: new Set(), functions: new Set(), plurals: [] };

  override visitVariableReference(node: VariableReference): void {
    this.entry.variables.add(node.id.name);
  }

  override visitFunctionReference(node: FunctionReference): void {
    this.entry.functions.add(node.id.name);
    this.genericVisit(node);
  }

  override visitSelectExpression(node: SelectExpression): void {
    const keys = node.variants.map((v) => (v.key instanceof Identifier ? v.key.name : (v.key as NumberLiteral).value));
    const named = keys.filter((k) => !/^\d/.test(k));
    if (named.length > 0 && named.every((k) => PLURAL_CATEGORIES.has(k))) {
      const selector = node.selector;
      const name =
        selector instanceof VariableReference
          ? selector.id.name
          : selector instanceof FunctionReference
            ? selector.id.name
            : "?";
      const defaultVariant = node.variants.find((v) => v.default);
      const defaultKey = defaultVariant?.key instanceof Identifier ? defaultVariant.key.name : "";
      this.entry.plurals.push({ selector: name, keys: named, defaultKey });
    }
    this.genericVisit(node);
  }
}

export type ParsedFtl = { entries: Map<string, Entry>; junk: string[] };

export function parseFtl(text: string): ParsedFtl {
  const resource: Resource = parse(text, { withSpans: false });
  const entries = new Map<string, Entry>();
  const junk: string[] = [];
  for (const item of resource.body) {
    if (item instanceof Junk) {
      junk.push(item.content.trim().split("\n")[0] ?? "");
    } else if (item instanceof Message || item instanceof Term) {
      const id = item instanceof Term ? `-${item.id.name}` : item.id.name;
      const collector = new Collector();
      collector.visit(item);
      entries.set(id, collector.entry);
    }
  }
  return { entries, junk };
}

/** Everything that differs between a translation and the source; empty when they agree. */
export function compareFtl(source: ParsedFtl, translation: ParsedFtl): string[] {
  const problems: string[] = [];
  for (const id of source.entries.keys()) {
    if (!translation.entries.has(id)) problems.push(`missing key ${id}`);
  }
  for (const [id, entry] of translation.entries) {
    const expected = source.entries.get(id);
    if (!expected) {
      problems.push(`extra key ${id}`);
      continue;
    }
    const want = [...expected.variables].sort().join(",");
    const got = [...entry.variables].sort().join(",");
    if (want !== got) problems.push(`${id}: variables {${got}} instead of {${want}}`);
    const wantFns = [...expected.functions].sort().join(",");
    const gotFns = [...entry.functions].sort().join(",");
    if (wantFns !== gotFns) problems.push(`${id}: functions {${gotFns}} instead of {${wantFns}}`);
  }
  for (const junk of translation.junk) problems.push(`syntax error near: ${junk}`);
  return problems;
}

/** Plural selects must use exactly the CLDR categories of the locale, with `other` as default. */
export function checkPlurals(parsed: ParsedFtl, locale: string): string[] {
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  const want = [...categories].sort().join(",");
  const problems: string[] = [];
  for (const [id, entry] of parsed.entries) {
    for (const plural of entry.plurals) {
      const got = [...plural.keys].sort().join(",");
      if (got !== want) problems.push(`${id}: plural variants [${got}] but ${locale} needs [${want}]`);
      if (plural.defaultKey !== "other") problems.push(`${id}: the default variant must be *[other]`);
    }
  }
  return problems;
}
