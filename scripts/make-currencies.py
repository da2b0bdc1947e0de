#!/usr/bin/env python3
"""Builds Rates/currencies.csv from the ISO 4217 list and RubyMoney's symbols.

Usage: python3 scripts/make-currencies.py ../shared/data/iso4217 > Rates/currencies.csv

ISO 4217 (datasets/currency-codes, SIX lists) decides codes, numeric codes, minor units and
withdrawal dates; RubyMoney (config/currency_iso.json) only adds symbols. Where the two disagree
on minor units, ISO wins. Run by hand when a new ISO list is published; the CSV is what ships.
"""
import csv, json, sys, os

folder = sys.argv[1]
rows = list(csv.DictReader(open(os.path.join(folder, "codes-all.csv"), encoding="utf-8")))
ruby = json.load(open(os.path.join(folder, "rubymoney-currency_iso.json"), encoding="utf-8"))
ruby = {v["iso_code"]: v for v in ruby.values()}

active, withdrawn = {}, {}
for r in rows:
    code = r["AlphabeticCode"].strip()
    if not code:
        continue
    if r["WithdrawalDate"]:
        prev = withdrawn.get(code)
        if prev is None or r["WithdrawalDate"] > prev["WithdrawalDate"]:
            withdrawn[code] = r
    else:
        active.setdefault(code, r)

def withdrawal(text):
    """ISO writes most dates YYYY-MM and a few as ranges ("1989 to 1990", "1990-07 to 1990-09",
    "1989-1990"): keep the end of the range, as YYYY-MM or, where ISO gives no month, YYYY."""
    import re
    months = re.findall(r"(?<!\d)\d{4}-\d{2}(?!\d)", text)
    if months:
        return months[-1]
    years = re.findall(r"\d{4}", text)
    return years[-1] if years else ""

def entities_of(code):
    return {r["Entity"] for r in rows if r["AlphabeticCode"] == code}

def successor(code, when):
    # The currency still active in every entity that last used `code`.
    last = {r["Entity"] for r in rows if r["AlphabeticCode"] == code and r["WithdrawalDate"] == when}
    candidates = None
    for entity in last:
        now = {r["AlphabeticCode"] for r in rows if r["Entity"] == entity and not r["WithdrawalDate"]}
        candidates = now if candidates is None else candidates & now
    candidates = sorted(c for c in (candidates or set()) if c and c != code)
    return candidates[0] if len(candidates) == 1 else ""

# Symbols people type that RubyMoney does not list (CLDR's en symbols for these dollars).
EXTRA_SYMBOLS = {"CAD": ["CA$"], "AUD": ["AU$"]}

out = csv.writer(sys.stdout, lineterminator="\n")
print("# ISO 4217 currencies (active and withdrawn) with symbols. Columns: see Rates/README.md.")
print("# Codes, numeric codes, minor units, withdrawal dates: source iso4217. Symbols: source rubymoney, plus CA$ and AU$.")
out.writerow(["code", "numeric", "minor_units", "name", "symbol", "display_symbol",
              "alternate_symbols", "withdrawn", "successor", "source"])
for code in sorted(set(active) | set(withdrawn)):
    r = active.get(code) or withdrawn[code]
    m = ruby.get(code, {})
    symbol = m.get("symbol", "") or ""
    display = m.get("disambiguate_symbol", "") or ""
    alts = [a for a in m.get("alternate_symbols", []) if a and " " not in a]
    alts += [a for a in EXTRA_SYMBOLS.get(code, []) if a not in alts]
    alts = " ".join(alts)
    iso_when = "" if code in active else withdrawn[code]["WithdrawalDate"]
    when = withdrawal(iso_when)
    succ = successor(code, iso_when) if iso_when else ""
    minor = r["MinorUnit"] if r["MinorUnit"] not in ("-", "N.A.") else ""
    source = "iso4217+rubymoney" if m else "iso4217"
    out.writerow([code, r["NumericCode"], minor, r["Currency"], symbol, display, alts, when, succ, source])
