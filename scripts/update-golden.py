#!/usr/bin/env python3
"""Writes the golden transcripts in Tests/ratecalcTests/Golden from the cases below, by running
the built binary exactly as GoldenTests does (empty HOME, NO_COLOR=1, RATECALC_TODAY=2026-04-14).

    swift build && python3 scripts/update-golden.py

Read the diff before committing: a transcript is only as right as the output it records.
"""
import os, shlex, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.path.join(ROOT, ".build", "debug", "ratecalc")
GOLDEN = os.path.join(ROOT, "Tests", "ratecalcTests", "Golden")

def run(command, stdin_lines):
    home = tempfile.mkdtemp(prefix="ratecalc-golden-")
    env = {"HOME": home, "XDG_CONFIG_HOME": home + "/config", "XDG_DATA_HOME": home + "/data",
           "NO_COLOR": "1", "TERM": "dumb", "RATECALC_TODAY": "2026-04-14", "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}
    args = shlex.split(command)[1:]
    stdin = "".join(line + "\n" for line in stdin_lines) if stdin_lines else ""
    result = subprocess.run([BINARY] + args, input=stdin.encode(), capture_output=True, env=env, cwd=ROOT)
    return result.stdout.decode(), result.stderr.decode(), result.returncode

def write(name, header, cases):
    lines = ["# " + line for line in header.strip().splitlines()] + [""]
    for case in cases:
        command, stdin_lines = (case, []) if isinstance(case, str) else case
        out, err, status = run(command, stdin_lines)
        lines.append("$ " + command)
        lines += ["< " + line for line in stdin_lines]
        lines += out.split("\n")[:-1] if out else []
        lines += ["! " + line if line else "!" for line in (err.split("\n")[:-1] if err else [])]
        lines.append("? exit %d" % status)
        lines.append("")
    with open(os.path.join(GOLDEN, name), "w") as handle:
        handle.write("\n".join(lines))

exec(open(os.path.join(GOLDEN, "cases.py")).read())

# The completion scripts, as snapshots (CommandLineTests compares them).
for shell in ["bash", "zsh", "fish"]:
    out, _, _ = run("ratecalc completions " + shell, [])
    with open(os.path.join(GOLDEN, "completions", shell + ".txt"), "w") as handle:
        handle.write(out)

# docs/json.md: one --json document per command, pretty-printed with every number as written
# (DocsTests runs each command and compares the document).
JSON_EXAMPLES = [
    ("convert", "ratecalc convert 40k-90k GBP to USD --json"),
    ("quote", "ratecalc quote 75000 GBP --country GB --round-to 50 --json"),
    ("quote band", 'ratecalc quote band "machine learning engineer" GB average --json'),
    ("salary", "ratecalc salary 450 GBP/day --country GB --json"),
    ("cost", "ratecalc cost 60000 GBP --country GB --recruiting 20% --json"),
    ("compare", "ratecalc compare 60000 GBP --vs 450 GBP/day --country GB --months 2 --start 2026-05 --json"),
    ("budget", "ratecalc budget 120000 EUR --at 600 EUR/day --country DE --salary €70000 --start 2026-07 --json"),
    ("bands", 'ratecalc bands "machine learning engineer" --country GB --in USD --json'),
    ("rates", "ratecalc rates --json"),
    ("sources", "ratecalc sources --json"),
    ("countries", "ratecalc countries --json"),
    ("currencies", "ratecalc currencies swiss --json"),
    ("--vary", "ratecalc quote 75000 GBP --country GB --vary utilisation --from 70% --to 90% --step 10% --json"),
    ("--explain", "ratecalc convert 100 EUR to GBP --on 2026-04-10 --explain --json"),
    ("set", "ratecalc set country GB --json"),
    ("help", "ratecalc help rounding --json"),
    ("an error", "ratecalc convert 55000 GPB to USD --json"),
]

class Raw:
    def __init__(self, text): self.text = text

class Obj:
    def __init__(self, pairs): self.pairs = pairs

def pretty(value, indent=0):
    pad, inner = "  " * indent, "  " * (indent + 1)
    if isinstance(value, Raw): return value.text
    if isinstance(value, str): return json.dumps(value, ensure_ascii=False)
    if value is None: return "null"
    if value is True: return "true"
    if value is False: return "false"
    if isinstance(value, list):
        if not value: return "[]"
        if all(not isinstance(v, (list, Obj)) for v in value) and len(value) <= 8:
            return "[" + ", ".join(pretty(v) for v in value) + "]"
        return "[\n" + ",\n".join(inner + pretty(v, indent + 1) for v in value) + "\n" + pad + "]"
    if not value.pairs: return "{}"
    return "{\n" + ",\n".join(inner + json.dumps(k) + ": " + pretty(v, indent + 1) for k, v in value.pairs) + "\n" + pad + "}"

import json
doc = [open(os.path.join(ROOT, "docs", "json-intro.md")).read().rstrip(), ""]
for name, command in JSON_EXAMPLES:
    out, _, status = run(command, [])
    value = json.loads(out, object_pairs_hook=Obj, parse_float=Raw, parse_int=Raw)
    doc += ["## " + name, "", "`" + command + "` (exit %d)" % status, "", "```json", pretty(value), "```", ""]
with open(os.path.join(ROOT, "docs", "json.md"), "w") as handle:
    handle.write("\n".join(doc))
