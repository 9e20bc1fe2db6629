/**
 * extension/managed-schema.json is the schema Chrome reads from the manifest's
 * `storage.managed_schema` key. What Chrome accepts, as learned from Chrome's documentation
 * ("Manifest for storage areas", developer.chrome.com) and Chromium's schema parser
 * (components/policy/core/common/schema.cc), both read through the search tool:
 *
 * - The format is a subset of JSON Schema draft 03. An invalid schema stops the extension from
 *   loading; a policy value that does not conform is not published to `storage.managed`.
 * - The top-level schema must have type "object" and must not have "additionalProperties"; its
 *   "properties" are the policies.
 * - Each schema has either a "$ref" or exactly one "type". Types: object, array, string, integer,
 *   number, boolean (no "null", no list of types).
 * - Attributes allowed per type in Chromium's parser: every type takes title, description, id
 *   (and sensitiveValue); string adds enum and pattern; integer adds enum, minimum, maximum;
 *   array adds items (required, one schema, not a tuple); object adds properties,
 *   additionalProperties, patternProperties and required. A "$ref" node may carry only $ref,
 *   title and description. Anything else is an "Unknown attribute" error (unless the caller asks
 *   Chrome to ignore unknown attributes, which this project does not rely on).
 * - "enum" must be a non-empty list whose items all have the schema's own type, and is only
 *   understood on string and integer schemas.
 * - "$ref" names the "id" of another schema in the same file (not a JSON pointer, not a URL).
 *
 * This project keeps to a stricter subset still (no pattern, minimum, maximum, required,
 * patternProperties, additionalProperties, sensitiveValue): validateSettings does the real
 * checking, with errors a technician can read, and a pattern mistake in the schema would make
 * Chrome drop a school's whole policy value silently.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, validateSettings } from "../../src/settings";
import { CATEGORY_IDS, PROFILE_IDS, SEVERITIES } from "../../src/types";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const schemaPath = path.join(repoRoot, "extension/managed-schema.json");
const schema = JSON.parse(readFileSync(schemaPath, "utf8")) as SchemaNode;

interface SchemaNode {
  type?: string;
  $ref?: string;
  id?: string;
  title?: string;
  description?: string;
  enum?: unknown[];
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  [other: string]: unknown;
}

const COMMON_KEYWORDS = ["type", "title", "description", "id"];
/** Chrome's per-type attributes, narrowed to the subset this project allows itself. */
const KEYWORDS_BY_TYPE: Record<string, string[]> = {
  object: [...COMMON_KEYWORDS, "properties"],
  array: [...COMMON_KEYWORDS, "items"],
  string: [...COMMON_KEYWORDS, "enum"],
  integer: [...COMMON_KEYWORDS, "enum"],
  number: COMMON_KEYWORDS,
  boolean: COMMON_KEYWORDS,
};
const REF_KEYWORDS = ["$ref", "title", "description"];

interface Visit {
  node: SchemaNode;
  path: string;
  /** True for a schema reached as a named property (those need a title and description). */
  isProperty: boolean;
}

function walk(node: SchemaNode, nodePath = "(root)", isProperty = false, out: Visit[] = []): Visit[] {
  out.push({ node, path: nodePath, isProperty });
  for (const [name, child] of Object.entries(node.properties ?? {})) walk(child, `${nodePath}.${name}`, true, out);
  if (node.items) walk(node.items, `${nodePath}[]`, false, out);
  return out;
}

/** Lists every way a schema breaks the accepted subset; empty means fine. */
function schemaProblems(root: SchemaNode): string[] {
  const problems: string[] = [];
  const visits = walk(root);
  const ids = new Map<string, SchemaNode>();
  for (const { node, path: at } of visits) {
    if (typeof node.id === "string") {
      if (ids.has(node.id)) problems.push(`${at}: id "${node.id}" is defined twice`);
      ids.set(node.id, node);
    }
  }
  if (root.type !== "object") problems.push("(root): the top-level type must be object");
  if ("additionalProperties" in root) problems.push("(root): the top level must not have additionalProperties");

  for (const { node, path: at, isProperty } of visits) {
    if (typeof node !== "object" || node === null || Array.isArray(node)) {
      problems.push(`${at}: a schema must be an object`);
      continue;
    }
    if (isProperty) {
      if (typeof node.title !== "string" || node.title.trim() === "") problems.push(`${at}: no title`);
      if (typeof node.description !== "string" || node.description.trim().length < 20) {
        problems.push(`${at}: no description a technician can use`);
      }
    }
    for (const key of ["title", "description", "id"] as const) {
      if (key in node && typeof node[key] !== "string") problems.push(`${at}: ${key} must be a string`);
    }
    if ("$ref" in node) {
      for (const key of Object.keys(node)) {
        if (!REF_KEYWORDS.includes(key)) problems.push(`${at}: "${key}" is not allowed beside $ref`);
      }
      if (typeof node.$ref !== "string" || !ids.has(node.$ref)) {
        problems.push(`${at}: $ref ${JSON.stringify(node.$ref)} does not name an id in this schema`);
      }
      continue;
    }
    if (typeof node.type !== "string" || !(node.type in KEYWORDS_BY_TYPE)) {
      problems.push(`${at}: needs exactly one type out of ${Object.keys(KEYWORDS_BY_TYPE).join(", ")}`);
      continue;
    }
    for (const key of Object.keys(node)) {
      if (!KEYWORDS_BY_TYPE[node.type]!.includes(key)) problems.push(`${at}: "${key}" is not allowed on type ${node.type}`);
    }
    if ("enum" in node) {
      const values = node.enum;
      const itemOk = node.type === "integer" ? Number.isInteger : (v: unknown) => typeof v === "string";
      if (!Array.isArray(values) || values.length === 0 || !values.every(itemOk)) {
        problems.push(`${at}: enum must be a non-empty list of ${node.type} values`);
      } else if (new Set(values).size !== values.length) {
        problems.push(`${at}: enum repeats a value`);
      }
    }
    if (node.type === "array" && (typeof node.items !== "object" || node.items === null || Array.isArray(node.items))) {
      problems.push(`${at}: an array needs one schema in items`);
    }
    if (node.type === "object" && "properties" in node) {
      const props = node.properties;
      if (typeof props !== "object" || props === null || Array.isArray(props)) problems.push(`${at}: properties must be an object`);
    }
  }
  return problems;
}

/** The node a $ref points at, or the node itself. */
function resolve(node: SchemaNode): SchemaNode {
  if (node.$ref === undefined) return node;
  const target = walk(schema).find((visit) => visit.node.id === node.$ref)?.node;
  if (!target) throw new Error(`unresolved $ref ${node.$ref}`);
  return target;
}

function propertiesOf(node: SchemaNode): Record<string, SchemaNode> {
  return resolve(node).properties ?? {};
}

describe("managed-schema.json stays inside what Chrome accepts", () => {
  it("has no keyword, type or $ref outside the accepted subset", () => {
    expect(schemaProblems(schema)).toEqual([]);
  });

  it("uses $ref at least once, so the id resolution above is exercised", () => {
    expect(walk(schema).filter((visit) => visit.node.$ref !== undefined).length).toBeGreaterThan(0);
  });

  // The checker itself must catch each kind of mistake, or a clean result above means nothing.
  const brokenSchemas: [string, SchemaNode, string][] = [
    ["a pattern", { type: "object", properties: { a: { type: "string", title: "A", description: "A string with a pattern on it.", pattern: "^x$" } } }, '"pattern" is not allowed'],
    ["required", { type: "object", required: ["a"], properties: {} }, '"required" is not allowed'],
    ["a minimum", { type: "object", properties: { a: { type: "integer", title: "A", description: "An integer with a minimum.", minimum: 1 } } }, '"minimum" is not allowed'],
    ["oneOf", { type: "object", properties: { a: { type: "string", title: "A", description: "A string with oneOf beside it.", oneOf: [] } } }, '"oneOf" is not allowed'],
    ["format", { type: "object", properties: { a: { type: "string", title: "A", description: "A string with a format on it.", format: "date" } } }, '"format" is not allowed'],
    ["a null type", { type: "object", properties: { a: { type: "null", title: "A", description: "A property of type null." } } }, "needs exactly one type"],
    ["a list of types", { type: "object", properties: { a: { type: ["string", "integer"] as unknown as string, title: "A", description: "A property with two types." } } }, "needs exactly one type"],
    ["a dangling $ref", { type: "object", properties: { a: { $ref: "Nowhere", title: "A", description: "A reference to nothing at all." } } }, "does not name an id"],
    ["a JSON-pointer $ref", { type: "object", properties: { a: { $ref: "#/properties/b", title: "A", description: "A JSON pointer reference." } } }, "does not name an id"],
    ["a type beside $ref", { type: "object", properties: { a: { type: "string", id: "S", title: "A", description: "A string with an id on it." }, b: { $ref: "S", type: "string", title: "B", description: "A reference with a type too." } } }, '"type" is not allowed beside $ref'],
    ["a top-level additionalProperties", { type: "object", additionalProperties: { type: "string" }, properties: {} }, "must not have additionalProperties"],
    ["a top level that is not an object", { type: "array", items: { type: "string" } }, "top-level type must be object"],
    ["an empty enum", { type: "object", properties: { a: { type: "string", enum: [], title: "A", description: "A string with an empty enum." } } }, "enum must be a non-empty list"],
    ["an enum of the wrong type", { type: "object", properties: { a: { type: "integer", enum: ["1"], title: "A", description: "An integer enum holding a string." } } }, "enum must be a non-empty list"],
    ["an array without items", { type: "object", properties: { a: { type: "array", title: "A", description: "An array that has no items." } } }, "needs one schema in items"],
    ["a property without a title", { type: "object", properties: { a: { type: "string", description: "A string with no title at all." } } }, "no title"],
    ["a property without a description", { type: "object", properties: { a: { type: "string", title: "A" } } }, "no description"],
    ["a duplicate id", { type: "object", properties: { a: { type: "string", id: "X", title: "A", description: "A string with the id X." }, b: { type: "string", id: "X", title: "B", description: "Another string with the id X." } } }, "defined twice"],
  ];
  for (const [name, broken, expected] of brokenSchemas) {
    it(`the checker rejects ${name}`, () => {
      expect(schemaProblems(broken).join("\n")).toContain(expected);
    });
  }
});

describe("managed-schema.json cannot drift from the core", () => {
  const top = schema.properties!;

  it("has exactly the settings fields as top-level properties", () => {
    expect(Object.keys(top).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
  });

  it("gives each field the type of its default value", () => {
    for (const [key, value] of Object.entries(DEFAULT_SETTINGS)) {
      const node = resolve(top[key]!);
      const expected = Array.isArray(value) ? "array" : typeof value;
      expect(node.type === "integer" ? "number" : node.type, key).toBe(expected);
    }
  });

  it("matches the nested shapes: teaching hours, holidays, custom terms", () => {
    expect(Object.keys(propertiesOf(top.teachingHours!)).sort()).toEqual(
      Object.keys(DEFAULT_SETTINGS.teachingHours).sort(),
    );
    expect(Object.keys(propertiesOf(top.holidays!.items!)).sort()).toEqual(["end", "start"]);
    expect(Object.keys(propertiesOf(top.customTerms!.items!)).sort()).toEqual(["category", "severity", "term"]);
    expect(resolve(propertiesOf(top.teachingHours!).days!.items!)).toMatchObject({ type: "integer", enum: [1, 2, 3, 4, 5, 6, 7] });
  });

  it("uses the core's lists for every enum", () => {
    const terms = propertiesOf(top.customTerms!.items!);
    expect(resolve(top.profile!).enum).toEqual([...PROFILE_IDS]);
    expect(resolve(top.minSeverity!).enum).toEqual([...SEVERITIES]);
    expect(resolve(terms.severity!).enum).toEqual([...SEVERITIES]);
    expect(resolve(terms.category!).enum).toEqual([...CATEGORY_IDS]);
    expect(resolve(top.disabledCategories!.items!).enum).toEqual([...CATEGORY_IDS]);
  });

  it("states each field's default in its description, and states it truly", () => {
    const said: Record<string, string> = {
      profile: 'Default: "general"',
      enabled: "Default: true",
      locked: "Default: false",
      allowPostAnyway: "Default: true",
      minSeverity: 'Default: "low"',
      teachingHours: "Monday to Friday, 08:45 to 15:15",
    };
    for (const [key, fragment] of Object.entries(said)) expect(top[key]!.description, key).toContain(fragment);
    for (const key of ["schoolNames", "emailDomains", "holidays", "customTerms", "disabledCategories"]) {
      expect(top[key]!.description, key).toContain("Default: none");
    }
  });
});

/** Prefers a non-empty list among samples, so nested shapes are exercised together. */
function richest(values: unknown[]): unknown {
  return values.find((value) => !Array.isArray(value) || value.length > 0) ?? values[0];
}

/**
 * Builds sample values from the schema alone: every enum value, both booleans, and for free
 * strings the example the description gives (`e.g. "…"`), so each description must carry a
 * usable example.
 */
function samples(node: SchemaNode, at: string): unknown[] {
  const target = resolve(node);
  if (target.enum) return target.enum;
  switch (target.type) {
    case "boolean":
      return [true, false];
    case "string": {
      const example = /e\.g\. "([^"]+)"/u.exec(target.description ?? "");
      if (!example) throw new Error(`${at}: a free-text field needs an example, e.g. "…", in its description`);
      return [example[1]];
    }
    case "array":
      return [[], ...samples(target.items!, `${at}[]`).map((item) => [item])];
    case "object": {
      const value: Record<string, unknown> = {};
      for (const [name, child] of Object.entries(target.properties ?? {})) {
        value[name] = richest(samples(child, `${at}.${name}`));
      }
      return [value];
    }
    default:
      throw new Error(`${at}: no sample for type ${target.type}`);
  }
}

describe("values built from the schema are accepted by validateSettings", () => {
  for (const key of Object.keys(DEFAULT_SETTINGS)) {
    it(`${key}: every sample validates with zero errors`, () => {
      const values = samples(schema.properties![key]!, key);
      expect(values.length).toBeGreaterThan(0);
      for (const value of values) {
        const result = validateSettings({ [key]: value });
        expect(result.errors, `${key} = ${JSON.stringify(value)}`).toEqual([]);
        expect(result.settings[key as keyof typeof DEFAULT_SETTINGS]).toEqual(value);
      }
    });
  }

  it("a whole policy built from the first sample of every field validates with zero errors", () => {
    const policy = Object.fromEntries(
      Object.entries(schema.properties!).map(([key, node]) => [key, richest(samples(node, key))]),
    );
    const result = validateSettings(policy);
    expect(result.errors).toEqual([]);
    expect(result.settings).toEqual(policy);
    expect(result.settings.teachingHours.days).toEqual([1]);
    expect(result.settings.customTerms).toHaveLength(1);
  });
});
