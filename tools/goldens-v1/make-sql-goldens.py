#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs the real drizzle-kit 1.0.0-rc.5 on every SQL golden case and stores its migration as
tests/data/migrations-golden-v1/<case>/expected.sql (empty when drizzle-kit sees no change).

The inputs are the cases' schema files, written from tests/migrations/diff/goldencases*.cpp: a case only the V1
set has keeps them (and its renames.txt) beside its golden, the others are the 0.31 set's
(tests/data/migrations-golden/<case>/before.schema.ts and after.schema.ts). Their `relations(...)` exports are removed:
drizzle-orm 1.0 has no `relations` function any more, and relations never reach the SQL. drizzle-kit 1.0 asks about
table and column renames only (never views), and answers them non-interactively from `--hints`: a case's
renames.txt (one `--rename` spec per line) becomes rename hints, every other question is answered "create".

usage: make-sql-goldens.py [--out DIR] [--jobs N] [CASE...]
  --out DIR   write DIR/<case>/expected.sql instead of into tests/data/migrations-golden-v1 (to compare)
  --jobs N    cases run in parallel (default 2; drizzle-kit takes about 1.4 s per run, two runs per case)
  CASE        case names; default: every case of both sets
environment:
  DRIZZLE_LAB  a folder whose node_modules holds drizzle-kit and drizzle-orm 1.0.0-rc.5 (default: tools/goldens-v1)
exit status: 0 done, 1 drizzle-kit failed on a case, 77 drizzle-kit (or node) is missing.
"""

import argparse
import concurrent.futures
import glob
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
CASES = os.path.join(ROOT, "tests", "data", "migrations-golden")
GOLDENS = os.path.join(ROOT, "tests", "data", "migrations-golden-v1")
RELATIONS_EXPORT = re.compile(r"^export const \w+ = relations\(.*?^\}\)\);\n\n?", re.MULTILINE | re.DOTALL)
SCHEMA = "public"  # drizzle-kit 1.0's placeholder schema for SQLite hints


def without_relations(text):
    """@p text (a schema.ts) without drizzle-orm 0.x `relations(...)` exports and their import."""
    text = RELATIONS_EXPORT.sub("", text)
    text = text.replace("import { relations } from 'drizzle-orm';\n", "")
    text = text.replace("import { relations, ", "import { ")
    return text.rstrip("\n") + "\n"


def rename_hint(spec):
    """A `--rename` spec (table:OLD=NEW, column:TABLE.OLD=NEW) as drizzle-kit 1.0's hint; None for views."""
    kind, _, rest = spec.partition(":")
    old, _, new = rest.rpartition("=")
    if kind == "table":
        return {"type": "rename", "kind": "table", "from": [SCHEMA, old], "to": [SCHEMA, new]}
    if kind == "column":
        table, _, column = old.partition(".")
        return {"type": "rename", "kind": "column", "from": [SCHEMA, table, column], "to": [SCHEMA, table, new]}
    return None


class Lab:
    def __init__(self, lab):
        self.kit = os.path.join(lab, "node_modules", "drizzle-kit", "bin.cjs")
        self.env = dict(os.environ, NODE_PATH=os.path.join(lab, "node_modules"), FORCE_COLOR="0")

    def generate(self, folder, name, hints):
        """drizzle-kit's JSON answer for one `generate` in @p folder (holding schema.ts)."""
        argv = ["node", self.kit, "generate", "--dialect", "sqlite", "--schema", "./schema.ts", "--out", "drizzle",
                "--name", name, "--output", "json"]
        if hints:
            argv += ["--hints", json.dumps(hints)]
        done = subprocess.run(argv, cwd=folder, env=self.env, capture_output=True, text=True, timeout=300,
                              stdin=subprocess.DEVNULL)
        for line in reversed(done.stdout.splitlines()):
            if line.startswith("{"):
                return json.loads(line)
        return {"status": "error", "error": done.stdout + done.stderr}

    def migrate(self, folder, name, hints):
        """The SQL of the migration @p name, "" when there is no change; raises on a failure."""
        answer = self.generate(folder, name, hints)
        if answer.get("status") == "missing_hints":
            creates = [{"type": "create", "kind": u["kind"], "entity": u["entity"]} for u in answer["unresolved"]]
            answer = self.generate(folder, name, hints + creates)
        if answer.get("status") == "no_changes":
            return ""
        found = glob.glob(os.path.join(folder, "drizzle", "*_" + name, "migration.sql"))
        if answer.get("status") != "ok" or len(found) != 1:
            raise RuntimeError(json.dumps(answer))
        with open(found[0], encoding="utf-8", newline="") as f:
            return f.read()


def case_inputs(case):
    """The folder holding @p case's schema.ts files: its own in the V1 set, else the 0.31 set's."""
    own = os.path.join(GOLDENS, case)
    return own if os.path.isfile(os.path.join(own, "after.schema.ts")) else os.path.join(CASES, case)


def read_schema(case, step):
    with open(os.path.join(case_inputs(case), step + ".schema.ts"), encoding="utf-8") as f:
        return without_relations(f.read())


def schema_key(schema):
    """Cases whose `before` differs only in comments share one first `generate` (it is the slow part)."""
    return hashlib.sha256("".join(l for l in schema.splitlines(True) if not l.startswith("//")).encode()).hexdigest()


def prepare_before(lab, schema, folder):
    """@p folder with schema.ts and the migrations folder after the first `generate` of @p schema."""
    os.makedirs(folder)
    with open(os.path.join(folder, "schema.ts"), "w", encoding="utf-8") as f:
        f.write(schema)
    lab.migrate(folder, "before", [])


def run_case(lab, case, prepared, out):
    hints = []
    renames = os.path.join(case_inputs(case), "renames.txt")
    if os.path.exists(renames):
        with open(renames, encoding="utf-8") as f:
            hints = [h for h in (rename_hint(line.rstrip("\n")) for line in f if line.strip()) if h]
    with tempfile.TemporaryDirectory() as work:
        if os.path.isdir(os.path.join(prepared, "drizzle")):  # not when `before` is empty
            shutil.copytree(os.path.join(prepared, "drizzle"), os.path.join(work, "drizzle"))
        with open(os.path.join(work, "schema.ts"), "w", encoding="utf-8") as f:
            f.write(read_schema(case, "after"))
        sql = lab.migrate(work, "after", hints)
    destination = os.path.join(out, case)
    os.makedirs(destination, exist_ok=True)
    with open(os.path.join(destination, "expected.sql"), "w", encoding="utf-8", newline="") as f:
        f.write(sql)
    return case


def run_all(lab, cases, out, jobs):
    """Runs every case; returns the cases that failed."""
    failed = []
    with tempfile.TemporaryDirectory() as cache, concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        befores = {}
        for case in cases:
            schema = read_schema(case, "before")
            befores.setdefault(schema_key(schema), (schema, []))[1].append(case)
        prepared = {key: pool.submit(prepare_before, lab, schema, os.path.join(cache, key))
                    for key, (schema, _) in befores.items()}
        runs = {}
        for key, (_, group) in befores.items():
            try:
                prepared[key].result()
            except Exception as error:  # one failing case must not hide the others
                print(f"drizzle-kit failed on {', '.join(group)} (before): {error}", file=sys.stderr)
                failed += group
                continue
            for case in group:
                runs[pool.submit(run_case, lab, case, os.path.join(cache, key), out)] = case
        for future in concurrent.futures.as_completed(runs):
            try:
                print(future.result())
            except Exception as error:
                print(f"drizzle-kit failed on {runs[future]}: {error}", file=sys.stderr)
                failed.append(runs[future])
    return failed


def main():
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--out", default=GOLDENS)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("-h", "--help", action="store_true")
    parser.add_argument("cases", nargs="*")
    args = parser.parse_args()
    if args.help:
        print(__doc__.strip())
        return 0
    lab = Lab(os.environ.get("DRIZZLE_LAB") or HERE)
    if not os.path.isfile(lab.kit) or not shutil.which("node"):
        print(f"make-sql-goldens.py: need node and drizzle-kit in {os.path.dirname(lab.kit)} (npm ci there)",
              file=sys.stderr)
        return 77
    found = glob.glob(CASES + "/*/after.schema.ts") + glob.glob(GOLDENS + "/*/after.schema.ts")
    cases = args.cases or sorted({os.path.basename(os.path.dirname(p)) for p in found})
    return 1 if run_all(lab, cases, args.out, max(1, args.jobs)) else 0


if __name__ == "__main__":
    sys.exit(main())
