#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates malformed/*.twproj (one problem per file) and valid/corpus-base.twproj, the file they all start from.
# The expected messages live in tests/model/io/malformedprojects_test.cpp.
import copy, json, os
here = os.path.dirname(os.path.abspath(__file__))
out = os.path.join(here, 'malformed')
valid = os.path.join(here, 'valid')
base = {
 "formatVersion": 1,
 "settings": {"target": "d1", "tracking": "d1", "migrationsFolder": "drizzle", "schemaFile": "src/db/schema.ts",
              "codeFolder": "src", "database": "", "backupsToKeep": 5},
 "schema": {"tables": [
   {"id": "t.users", "name": "users", "columns": [
       {"id": "c.users.id", "name": "id", "type": "integer", "primaryKey": True, "notNull": True},
       {"id": "c.users.email", "name": "email", "type": "text", "notNull": True, "unique": True}]},
   {"id": "t.posts", "name": "posts", "columns": [
       {"id": "c.posts.id", "name": "id", "type": "integer", "primaryKey": True},
       {"id": "c.posts.title", "name": "title", "type": "text", "length": 200,
        "default": {"kind": "string", "value": "untitled"}},
       {"id": "c.posts.author_id", "name": "author_id", "type": "integer", "notNull": True},
       {"id": "c.posts.slug", "name": "slug", "type": "text", "generated": {"expression": "lower(title)"}}],
    "uniqueConstraints": [{"id": "u.posts.title", "columns": ["c.posts.title"]}],
    "indexes": [{"id": "i.posts.author", "name": "posts_author_id_idx", "parts": [{"column": "c.posts.author_id"}]}],
    "foreignKeys": [{"id": "fk.posts.author", "columns": ["c.posts.author_id"], "targetTable": "t.users",
                     "targetColumns": ["c.users.id"], "onDelete": "cascade"}],
    "checkConstraints": [{"id": "ck.posts.title", "name": "posts_title_check", "expression": "length(title) > 0"}]}],
  "views": [{"id": "v.recent", "name": "recent_posts", "definition": "SELECT * FROM posts"}]},
 "layout": {"t.users": {"x": 0, "y": 0, "color": "#4e79a7"}, "t.posts": {"x": 300, "y": 0}},
 "baseline": {"snapshotId": "abc", "tables": {"t.users": {"name": "users", "columns": {"c.users.id": "id"}}}}
}

def text(d):
    return (json.dumps(d, indent=4, ensure_ascii=False) + '\n').encode()

base_bytes = text(base)
with open(os.path.join(valid, 'corpus-base.twproj'), 'wb') as f:
    f.write(base_bytes)

def raw(name, data):
    with open(os.path.join(out, name + '.twproj'), 'wb') as f:
        f.write(data)

def mut(name, fn):
    d = copy.deepcopy(base)
    fn(d)
    raw(name, text(d))

def posts(d): return d["schema"]["tables"][1]
def col(d, t, c): return d["schema"]["tables"][t]["columns"][c]

def replace_once(old, new):
    assert base_bytes.count(old) == 1, old
    return base_bytes.replace(old, new)

# Syntax and encoding
raw('empty', b'')
raw('syntax-missing-value', b'{\n    "formatVersion": 1,\n    "settings":\n}\n')
raw('syntax-trailing-comma', replace_once(b'"backupsToKeep": 5\n', b'"backupsToKeep": 5,\n'))
raw('syntax-garbage-after-root', base_bytes + b'}\n')
raw('syntax-unterminated-string', b'{\n    "formatVersion": 1,\n    "schema": {"tables": [{"name": "caf\xc3\xa9s\n')
raw('non-finite-number', replace_once(b'"x": 300', b'"x": 1e999'))
raw('invalid-utf8', replace_once(b'recent_posts', b'recent\xffposts'))
raw('invalid-utf8-overlong', replace_once(b'recent_posts', b'recent\xc0\xafposts'))
raw('invalid-utf8-surrogate', replace_once(b'recent_posts', b'recent\xed\xa0\x80posts'))
raw('invalid-utf8-truncated', replace_once(b'recent_posts', b'recent_posts\xe2\x82'))
raw('root-array', b'[\n    {"formatVersion": 1}\n]\n')
raw('duplicate-key', replace_once(b'"name": "posts",', b'"name": "posts",\n            "name": "articles",'))

# formatVersion and top level
mut('missing-format-version', lambda d: d.pop("formatVersion"))
mut('format-version-newer', lambda d: d.update(formatVersion=3))
mut('format-version-string', lambda d: d.update(formatVersion="1"))
mut('format-version-fraction', lambda d: d.update(formatVersion=1.5))
mut('format-version-zero', lambda d: d.update(formatVersion=0))
mut('unknown-top-level-key', lambda d: d.update(comments=[]))
mut('missing-settings', lambda d: d.pop("settings"))
mut('schema-not-object', lambda d: d.update(schema=[]))

# Types, keys, enums
mut('unknown-column-key', lambda d: col(d, 1, 2).update(nullable=True))
mut('missing-column-name', lambda d: col(d, 0, 1).pop("name"))
mut('missing-table-columns', lambda d: d["schema"]["tables"][0].pop("columns"))
mut('table-name-not-string', lambda d: d["schema"]["tables"][0].update(name=42))
mut('columns-not-array', lambda d: d["schema"]["tables"][0].update(columns={}))
mut('not-null-not-boolean', lambda d: col(d, 0, 1).update(notNull="yes"))
mut('comment-null', lambda d: posts(d).update(comment=None))
mut('invalid-column-type', lambda d: col(d, 1, 1).update(type="varchar"))
mut('invalid-mode', lambda d: col(d, 1, 2).update(mode="date"))
mut('invalid-on-delete', lambda d: posts(d)["foreignKeys"][0].update(onDelete="CASCADE"))
mut('invalid-target', lambda d: d["settings"].update(target="postgres"))
mut('invalid-tracking', lambda d: d["settings"].update(tracking="wrangler"))
mut('invalid-default-kind', lambda d: col(d, 1, 1)["default"].update(kind="literal"))
mut('default-boolean-as-string', lambda d: col(d, 1, 1).update(default={"kind": "boolean", "value": "true"}))
mut('default-missing-value', lambda d: col(d, 1, 1)["default"].pop("value"))
mut('invalid-generated-storage', lambda d: col(d, 1, 3)["generated"].update(storage="persisted"))
mut('enum-values-not-strings', lambda d: col(d, 1, 1).update(enumValues=["draft", 2]))
mut('index-part-both-keys', lambda d: posts(d)["indexes"][0]["parts"][0].update(expression="lower(title)"))
mut('index-part-no-keys', lambda d: posts(d)["indexes"][0].update(parts=[{}]))
mut('view-missing-definition', lambda d: d["schema"]["views"][0].pop("definition"))

# Numbers
mut('length-zero', lambda d: col(d, 1, 1).update(length=0))
mut('length-negative', lambda d: col(d, 1, 1).update(length=-5))
mut('length-fraction', lambda d: col(d, 1, 1).update(length=2.5))
mut('length-huge', lambda d: col(d, 1, 1).update(length=10000000000))
mut('backups-negative', lambda d: d["settings"].update(backupsToKeep=-1))

# Ids
mut('invalid-id', lambda d: d["schema"]["tables"][0].update(id="t users"))
mut('empty-id', lambda d: col(d, 1, 0).update(id=""))
mut('id-too-long', lambda d: posts(d)["checkConstraints"][0].update(id="ck." + "x" * 62))
mut('duplicate-table-id', lambda d: posts(d).update(id="t.users"))
mut('duplicate-column-id', lambda d: col(d, 1, 0).update(id="c.users.id"))
mut('duplicate-id-index-and-column', lambda d: posts(d)["indexes"][0].update(id="c.posts.title"))
mut('duplicate-id-view-and-table', lambda d: d["schema"]["views"][0].update(id="t.posts"))
mut('duplicate-id-foreign-key-and-check', lambda d: posts(d)["checkConstraints"][0].update(id="fk.posts.author"))

# Dangling references
mut('dangling-primary-key-column', lambda d: d["schema"]["tables"][0].update(primaryKey={"id": "pk.users", "columns": ["c.users.id", "c.users.nope"]}))
mut('dangling-unique-column', lambda d: posts(d)["uniqueConstraints"][0].update(columns=["c.posts.gone"]))
mut('dangling-index-column', lambda d: posts(d)["indexes"][0]["parts"][0].update(column="c.users.email"))
mut('dangling-foreign-key-column', lambda d: posts(d)["foreignKeys"][0].update(columns=["c.users.id"]))
mut('dangling-foreign-key-target-table', lambda d: posts(d)["foreignKeys"][0].update(targetTable="t.authors"))
mut('dangling-foreign-key-target-column', lambda d: posts(d)["foreignKeys"][0].update(targetColumns=["c.posts.id"]))

# Layout and baseline
mut('layout-unknown-id', lambda d: d["layout"].update({"t.gone": {"x": 1, "y": 2}}))
mut('layout-invalid-id-key', lambda d: d["layout"].update({"t gone": {"x": 1, "y": 2}}))
mut('layout-bad-color', lambda d: d["layout"]["t.users"].update(color="red"))
mut('layout-negative-width', lambda d: d["layout"]["t.posts"].update(width=-220))
mut('layout-x-string', lambda d: d["layout"]["t.posts"].update(x="300"))
mut('layout-unknown-key', lambda d: d["layout"]["t.posts"].update(height=90))
mut('layout-missing-y', lambda d: d["layout"]["t.posts"].pop("y"))
mut('baseline-invalid-id-key', lambda d: d["baseline"]["tables"].update({"t/old": {"name": "old"}}))
mut('baseline-table-missing-name', lambda d: d["baseline"]["tables"]["t.users"].pop("name"))
mut('baseline-column-name-not-string', lambda d: d["baseline"]["tables"]["t.users"]["columns"].update({"c.users.email": False}))
print(len(os.listdir(out)), "files in", out)
