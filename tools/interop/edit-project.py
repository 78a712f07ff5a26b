#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Edits a .twproj the way a user would in the designer, for interop scripts (ids stay, names change).

usage: edit-project.py PROJECT rename-table OLD NEW | rename-column TABLE OLD NEW | add-column TABLE NAME TYPE
                               | add-table NAME PARENT | drop-column TABLE NAME | add-index TABLE COLUMN
"""
import json
import sys


def table(project, name):
    for t in project["schema"]["tables"]:
        if t["name"] == name:
            return t
    sys.exit(f"edit-project: no table {name}")


def main(path, action, *args):
    with open(path, encoding="utf-8") as f:
        project = json.load(f)
    tables = project["schema"]["tables"]
    if action == "rename-table":
        table(project, args[0])["name"] = args[1]
    elif action == "rename-column":
        for c in table(project, args[0])["columns"]:
            if c["name"] == args[1]:
                c["name"] = args[2]
    elif action == "add-column":
        t = table(project, args[0])
        # Ids are opaque: one from the names alone stays valid (at most 64 characters) whatever the table's id is.
        t["columns"].append({"id": f"c.{t['name']}.{args[1]}"[:64], "name": args[1], "type": args[2]})
    elif action == "add-table":
        name, parent = args
        p = table(project, parent)
        pk = next(c for c in p["columns"] if c.get("primaryKey"))
        tid = f"t.{name}"
        fk_col = f"{parent.rstrip('s')}_id"
        tables.append({
            "id": tid, "name": name,
            "columns": [
                {"id": f"c.{name}.id", "name": "id", "type": "integer", "primaryKey": True,
                 "autoincrement": True, "notNull": True},
                {"id": f"c.{name}.{fk_col}", "name": fk_col, "type": "integer", "notNull": True},
                {"id": f"c.{name}.rating", "name": "rating", "type": "integer"},
            ],
            "indexes": [{"id": f"i.{name}.fk", "name": f"{name}_{fk_col}_idx",
                         "parts": [{"column": f"c.{name}.{fk_col}"}]}],
            "foreignKeys": [{"id": f"fk.{name}.{fk_col}", "columns": [f"c.{name}.{fk_col}"],
                             "targetTable": p["id"], "targetColumns": [pk["id"]], "onDelete": "cascade"}],
        })
        project["layout"][tid] = {"x": 600, "y": 900}
    elif action == "drop-column":
        t = table(project, args[0])
        t["columns"] = [c for c in t["columns"] if c["name"] != args[1]]
    elif action == "add-index":
        t = table(project, args[0])
        col = next(c for c in t["columns"] if c["name"] == args[1])
        t.setdefault("indexes", []).append({"id": f"i.{t['name']}.{args[1]}", "name": f"{t['name']}_{args[1]}_idx",
                                            "parts": [{"column": col["id"]}]})
    else:
        sys.exit(f"edit-project: unknown action {action}")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(project, f, indent=4)
        f.write("\n")


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2], *sys.argv[3:])
