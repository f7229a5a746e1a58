#!/usr/bin/env python3
"""
Assess households from Python through the `dibao` CLI (JSON Lines in, JSON Lines out), after checking each
household against the published JSON Schema. Standard library + `jsonschema` (pip install jsonschema).

    python3 examples/integration/assess_cli.py examples/households.jsonl examples/policy-changchun.json

Environment: DIBAO (the command, default "npx dibao"), DIBAO_SCHEMAS (default: dist/schemas or
node_modules/dibao-rules/dist/schemas).
"""
import json
import os
import shlex
import subprocess
import sys

from jsonschema import Draft202012Validator, FormatChecker


def schema_dir():
    for d in (os.environ.get("DIBAO_SCHEMAS"), "dist/schemas", "node_modules/dibao-rules/dist/schemas"):
        if d and os.path.isfile(os.path.join(d, "household.json")):
            return d
    sys.exit("no dibao-rules JSON Schemas found (set DIBAO_SCHEMAS)")


def main(households_path, policy_path):
    with open(os.path.join(schema_dir(), "household.json"), encoding="utf-8") as f:
        validator = Draft202012Validator(json.load(f), format_checker=FormatChecker())

    with open(households_path, encoding="utf-8") as f:
        households = [json.loads(line) for line in f if line.strip()]

    # 1. Schema check before sending (the library checks again, with cross-field rules the schema cannot state).
    valid = []
    for h in households:
        problems = sorted(validator.iter_errors(h), key=lambda e: list(e.path))
        if problems:
            for p in problems:
                path = ".".join(str(x) for x in p.path) or "(household)"
                print(f"schema: {h.get('id')}: {path}: {p.message}", file=sys.stderr)
        else:
            valid.append(h)

    # 2. One CLI run for the whole batch: one output line per input line, in input order.
    cmd = shlex.split(os.environ.get("DIBAO", "npx dibao")) + ["assess", "-", "--policy", policy_path, "--quiet"]
    proc = subprocess.run(
        cmd,
        input="".join(json.dumps(h, ensure_ascii=False) + "\n" for h in valid),
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    if proc.returncode not in (0, 1):  # 1 = some record failed (reported per line); 2 = usage error
        sys.exit(f"dibao failed ({proc.returncode}): {proc.stderr}")

    for line in proc.stdout.splitlines():
        rec = json.loads(line)
        if "error" in rec:
            issues = "; ".join(f"{i['path']}: {i['message']}" for i in rec["error"]["issues"])
            print(f"{rec['line']}\t{rec.get('id')}\tERROR\t{issues}")
            continue
        r = rec["result"]
        benefit = r["benefit"]["totalPerMonth"] if r["benefit"] else "-"
        print(f"{rec['line']}\t{rec.get('id')}\t{r['class']}\t{benefit}")
    return proc.returncode


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2]))
