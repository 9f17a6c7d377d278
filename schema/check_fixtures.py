#!/usr/bin/env python3
"""Check the package fixtures against schema/package.schema.json.

- the schema is a valid draft 2020-12 schema;
- every valid-*.json fixture validates, and valid-small.json uses every property the
  schema defines at least once with a non-null value;
- every invalid-*.json fixture is listed in invalid.tsv (file, path, code) and vice versa;
- fixtures whose errors are structural (codes in SCHEMA_CODES) fail schema validation with
  exactly the listed paths and codes; fixtures whose errors are semantic (checked by the Rust
  import) pass schema validation.

Usage: python3 schema/check_fixtures.py   (needs `pip install jsonschema`, >= 4.18)
Exit status 0 when everything holds, 1 otherwise.
"""
import csv
import json
import sys
from collections import defaultdict
from pathlib import Path

from jsonschema import Draft202012Validator

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = ROOT / "schema" / "package.schema.json"
FIXTURES = ROOT / "crates" / "core" / "tests" / "fixtures"

# Error codes the schema itself produces, by JSON Schema keyword (the Rust import maps
# jsonschema errors the same way).
KEYWORD_CODE = {
    "required": "missing-field",
    "additionalProperties": "unknown-field",
    "type": "wrong-type",
    "enum": "invalid-value",
    "const": "invalid-value",
    "pattern": "invalid-format",
    "minLength": "invalid-format",
    "minimum": "out-of-range",
    "maximum": "out-of-range",
}
SCHEMA_CODES = set(KEYWORD_CODE.values())

# Fixtures whose code is a schema code but whose error only the Rust import can see:
# "birth_year is at most the current year" depends on today's date, so the schema has no maximum.
CHECKED_IN_RUST_ONLY = {"invalid-birth-year-future.json"}


def json_path(parts):
    out = ""
    for p in parts:
        if isinstance(p, int):
            out += f"[{p}]"
        else:
            out += f".{p}" if out else p
    return out


def schema_errors(validator, doc):
    """Every schema error as (path, code); required/additionalProperties name the field itself."""
    found = set()
    for err in validator.iter_errors(doc):
        base = list(err.absolute_path)
        code = KEYWORD_CODE.get(err.validator, f"unmapped:{err.validator}")
        if err.validator == "required":
            for name in err.validator_value:
                if isinstance(err.instance, dict) and name not in err.instance:
                    found.add((json_path(base + [name]), code))
        elif err.validator == "additionalProperties":
            known = set(err.schema.get("properties", {}))
            for name in err.instance:
                if name not in known:
                    found.add((json_path(base + [name]), code))
        else:
            found.add((json_path(base), code))
    return found


def coverage(schema, doc):
    """(def, property) pairs of the schema never given a non-null value in doc."""
    defs = schema["$defs"]
    declared, used = set(), set()
    for name, sub in [("package", schema)] + list(defs.items()):
        for prop in sub.get("properties", {}):
            declared.add((name, prop))

    def walk(sch, name, inst):
        while "$ref" in sch:
            name = sch["$ref"].rsplit("/", 1)[-1]
            sch = defs[name]
        if isinstance(inst, dict) and "properties" in sch:
            for key, value in inst.items():
                if value is not None and key in sch["properties"]:
                    used.add((name, key))
                    walk(sch["properties"][key], name, value)
        elif isinstance(inst, list) and "items" in sch:
            for item in inst:
                walk(sch["items"], name, item)

    walk(schema, "package", doc)
    return sorted(declared - used)


def main():
    problems = []
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    validator = Draft202012Validator(schema)

    valid = sorted(FIXTURES.glob("valid-*.json"))
    if not valid:
        problems.append("no valid-*.json fixture")
    for path in valid:
        doc = json.loads(path.read_text(encoding="utf-8"))
        errs = schema_errors(validator, doc)
        if errs:
            problems.append(f"{path.name}: expected valid, got {sorted(errs)}")
        else:
            print(f"ok   {path.name}: valid")
        if path.name == "valid-small.json":
            unused = coverage(schema, doc)
            if unused:
                problems.append(f"{path.name}: never uses {', '.join(f'{d}.{p}' for d, p in unused)}")

    expected = defaultdict(set)
    with open(FIXTURES / "invalid.tsv", encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter="\t"))
    if rows[0] != ["file", "path", "code"]:
        problems.append("invalid.tsv: header must be file, path, code")
    for n, row in enumerate(rows[1:], start=2):
        if len(row) != 3:
            problems.append(f"invalid.tsv line {n}: expected 3 columns, got {row}")
            continue
        expected[row[0]].add((row[1], row[2]))

    on_disk = {p.name for p in FIXTURES.glob("invalid-*.json")}
    for name in sorted(on_disk - set(expected)):
        problems.append(f"{name}: not listed in invalid.tsv")
    for name in sorted(set(expected) - on_disk):
        problems.append(f"invalid.tsv lists {name}, which does not exist")

    for name in sorted(set(expected) & on_disk):
        doc = json.loads((FIXTURES / name).read_text(encoding="utf-8"))
        got = schema_errors(validator, doc)
        want = {(p, c) for p, c in expected[name] if c in SCHEMA_CODES and name not in CHECKED_IN_RUST_ONLY}
        if got == want:
            kind = "schema rejects" if want else "schema accepts (checked in Rust)"
            print(f"ok   {name}: {kind} {', '.join(f'{p} {c}' for p, c in sorted(expected[name]))}")
        else:
            problems.append(f"{name}: schema errors {sorted(got)}, expected {sorted(want)}")

    for p in problems:
        print(f"FAIL {p}")
    print(f"{len(valid)} valid and {len(on_disk)} invalid fixtures, {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
