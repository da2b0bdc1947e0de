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
           "NO_COLOR": "1", "TERM": "dumb", "RATECALC_TODAY": "2026-04-14", "PATH": "/usr/bin:/bin"}
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
