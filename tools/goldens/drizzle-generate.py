#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs the real `drizzle-kit generate` (dialect sqlite) in a folder without a person at the keyboard.

drizzle-kit asks "Is X table created or renamed from another table?" (and the same for columns and views) only on a
terminal, reading raw keys, so it runs here inside a pseudo-terminal. A prompt is answered "rename" when a --rename
spec names that rename, otherwise "create" (drizzle-kit's own default, which drops and creates).

usage: drizzle-generate.py [--name NAME] [--rename SPEC]... [--timeout SEC] [--log FILE] DIR
  DIR             holds schema.ts and, after the first run, the migrations folder drizzle/
  --name NAME     the new migration is drizzle/NNNN_NAME.sql (default: drizzle-kit's random name)
  --rename SPEC   table:OLD=NEW | view:OLD=NEW | column:TABLE.OLD=NEW (TABLE is the table's new name); repeatable
  --timeout SEC   stop drizzle-kit after SEC seconds (default 300)
  --log FILE      keep drizzle-kit's console output (colours removed) in FILE
environment:
  DRIZZLE_LAB     a folder whose node_modules holds drizzle-kit 0.31.11 and drizzle-orm (default: tools/goldens)
exit status: 0 a new migration was written (its SQL is printed on stdout, byte for byte), 2 drizzle-kit saw no
  change, 1 failure (drizzle-kit's output on stderr), 77 drizzle-kit is not installed.
"""

import argparse
import json
import os
import pty
import re
import select
import signal
import struct
import sys
import termios
import fcntl
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b[()][A-Za-z0-9]|\r")
# "Is members table created or renamed from another table?"; columns add " in <table> table".
QUESTION = re.compile(r"Is (.+?) (table|column|view)(?: in (.+?) table)? created or renamed from another \2\?")
# One option per line: "+ members  create table" or "~ users › members rename table"; "❯" marks the chosen one.
RENAME_OPTION = re.compile(r"~ (.+?) \u203a (.+?) +rename (?:table|column|view)\s*$")
CREATE_OPTION = re.compile(r"\+ (.+?) +create (?:table|column|view)\s*$")
SELECTED = "\u276f"
DOWN, ENTER = b"\x1b[B", b"\r"
SETTLE_SECONDS = 0.25


class Prompt:
    """The question drizzle-kit shows last, with its options in screen order and the one now selected."""

    def __init__(self, kind, new_name, table, options, selected):
        self.kind, self.new_name, self.table = kind, new_name, table
        self.options, self.selected = options, selected

    def spec_of(self, index):
        """The --rename spec that option @p index stands for; None for "create"."""
        old = self.options[index]
        if old is None:
            return None
        if self.kind == "column":
            return f"column:{self.table}.{old}={self.new_name}"
        return f"{self.kind}:{old}={self.new_name}"


def parse_prompt(screen):
    """The last prompt in @p screen (console text without colours), or None while it is incomplete."""
    questions = list(QUESTION.finditer(screen))
    if not questions:
        return None
    last = questions[-1]
    options, selected = [], None
    for line in screen[last.end():].split("\n")[1:]:
        is_selected = line.lstrip().startswith(SELECTED)
        body = line.strip().lstrip(SELECTED).strip()
        rename, create = RENAME_OPTION.match(body), CREATE_OPTION.match(body)
        if not rename and not create:
            break
        if is_selected:
            selected = len(options)
        options.append(rename.group(1) if rename else None)
    if not options or selected is None:
        return None
    return Prompt(last.group(2), last.group(1), last.group(3), options, selected)


def wanted_option(prompt, renames):
    """Index of the option to choose: the rename a spec names, else "create"."""
    for index in range(len(prompt.options)):
        if prompt.spec_of(index) in renames:
            return index
    return prompt.options.index(None) if None in prompt.options else 0


class Session:
    """drizzle-kit in a pseudo-terminal: reads its output, answers its prompts, stops it at the deadline."""

    def __init__(self, argv, cwd, env, deadline):
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            try:
                os.chdir(cwd)
                os.execvpe(argv[0], argv, env)
            except OSError as error:
                print(f"cannot run {argv[0]} in {cwd}: {error}")
            os._exit(127)
        fcntl.ioctl(self.fd, termios.TIOCSWINSZ, struct.pack("HHHH", 60, 1000, 0, 0))
        self.deadline = deadline
        self.transcript = ""
        self.answered = 0  # questions answered so far; the next one starts after them
        self.screen_start = 0

    def read(self, wait):
        """Reads what arrives within @p wait seconds; False once drizzle-kit has closed the terminal."""
        ready, _, _ = select.select([self.fd], [], [], wait)
        if not ready:
            return True
        try:
            data = os.read(self.fd, 65536)
        except OSError:
            return False
        if not data:
            return False
        self.transcript += ANSI.sub("", data.decode("utf-8", "replace"))
        return True

    def settle(self):
        """Reads until the output has been quiet for a moment; False once drizzle-kit is gone."""
        while time.monotonic() < self.deadline:
            before = len(self.transcript)
            if not self.read(SETTLE_SECONDS):
                return False
            if len(self.transcript) == before:
                return True
        return False

    def current_prompt(self):
        return parse_prompt(self.transcript[self.screen_start:])

    def answer(self, renames):
        """Moves the selection to the wanted option and confirms it."""
        prompt = self.current_prompt()
        target = wanted_option(prompt, renames)
        for _ in range(target - prompt.selected):
            os.write(self.fd, DOWN)
        if not self.settle():
            return False
        moved = self.current_prompt()
        if moved is None or moved.selected != target:
            self.transcript += f"\n[drizzle-generate: could not select option {target} of {len(prompt.options)}]\n"
            return False
        os.write(self.fd, ENTER)
        self.screen_start = len(self.transcript)
        return True

    def run(self, renames):
        """Answers prompts until drizzle-kit exits; False on timeout or a prompt that could not be answered."""
        alive = True
        while alive and time.monotonic() < self.deadline:
            alive = self.settle()
            if alive and self.current_prompt() is not None:
                alive = self.answer(renames)
                if not alive:
                    return False
        return not alive

    def stop(self):
        try:
            os.kill(self.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        os.waitpid(self.pid, 0)


def journal_tags(out_dir):
    try:
        with open(os.path.join(out_dir, "meta", "_journal.json"), encoding="utf-8") as f:
            return [entry["tag"] for entry in json.load(f).get("entries", [])]
    except (OSError, ValueError, KeyError):
        return []


def main():
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--name")
    parser.add_argument("--rename", action="append", default=[])
    parser.add_argument("--timeout", type=float, default=300)
    parser.add_argument("--log")
    parser.add_argument("-h", "--help", action="store_true")
    parser.add_argument("dir", nargs="?")
    args = parser.parse_args()
    if args.help:
        print(__doc__.strip())
        return 0
    if not args.dir or not os.path.isfile(os.path.join(args.dir, "schema.ts")):
        print("drizzle-generate.py: DIR must hold schema.ts (--help for the usage)", file=sys.stderr)
        return 1

    lab = os.environ.get("DRIZZLE_LAB") or HERE
    kit = os.path.join(lab, "node_modules", "drizzle-kit", "bin.cjs")
    if not os.path.isfile(kit):
        print(f"drizzle-generate.py: drizzle-kit is not installed in {lab} (npm ci there)", file=sys.stderr)
        return 77
    out_dir = os.path.join(args.dir, "drizzle")
    before = journal_tags(out_dir)
    argv = ["node", kit, "generate", "--dialect", "sqlite", "--schema", "./schema.ts", "--out", "drizzle"]
    if args.name:
        argv += ["--name", args.name]
    # schema.ts imports drizzle-orm: resolve it from the lab wherever DIR is.
    env = dict(os.environ, NODE_PATH=os.path.join(lab, "node_modules"), FORCE_COLOR="0")

    session = Session(argv, args.dir, env, time.monotonic() + args.timeout)
    finished = session.run(set(args.rename))
    session.stop()
    if args.log:
        with open(args.log, "w", encoding="utf-8") as f:
            f.write(session.transcript)

    after = journal_tags(out_dir)
    if finished and len(after) == len(before) + 1 and after[:-1] == before:
        with open(os.path.join(out_dir, after[-1] + ".sql"), "rb") as f:
            sys.stdout.buffer.write(f.read())
        return 0
    if finished and after == before and "No schema changes" in session.transcript:
        return 2
    reason = "" if finished else f"[drizzle-generate: stopped after {args.timeout:g} s or an unanswerable prompt]\n"
    sys.stderr.write(session.transcript + "\n" + reason)
    return 1


if __name__ == "__main__":
    sys.exit(main())
