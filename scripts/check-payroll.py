#!/usr/bin/env python3
"""Independent full-year employer contributions from the official rules (shared/research/
employer-rules-by-period.md), written without ratecalc's engine, for the figures its tests assert.
Steady monthly pay, a small employer (3 staff: FNAL 0.10% on T1, training 0.55%).

    python3 scripts/check-payroll.py
"""
from decimal import Decimal as D, getcontext, ROUND_HALF_UP
getcontext().prec = 60

def cents(x): return x.quantize(D("0.01"), ROUND_HALF_UP)

def france(salary, year):
    pass_ = {2025: D(47100), 2026: D(48060)}[year]
    smic = {2025: D("11.88") * 1820, 2026: D("12.02") * 1820}[year]
    total_rate = D("0.30") + D("0.016") + D("0.55") + D("0.59") + D("0.09")      # CSA, dialogue, training, TA, TA balance
    if year == 2025:
        total_rate += (D(7) if salary <= D("48648.60") else D(13)) + (D("3.45") if salary <= D("71351.28") else D("5.25")) + D("2.02")
    else:
        total_rate += D(13) + D("5.25") + D("2.11")
    t1 = min(salary, pass_); t2 = min(max(salary - pass_, 0), 7 * pass_); b4 = min(salary, 4 * pass_)
    c = salary * total_rate / 100 + t1 * (D("8.55") + D("0.10") + D("4.72") + D("1.29")) / 100 + t2 * (D("12.95") + D("1.62")) / 100
    if salary > pass_: c += (t1 + t2) * D("0.21") / 100
    if year == 2025:   # unemployment 4.05% Jan-Apr, 4.00% May-Dec; AGS 0.25%
        c += b4 * (D("4.05") * 4 + D(4) * 8) / 12 / 100 + b4 * D("0.25") / 100
    else:
        c += b4 * (D(4) + D("0.25")) / 100
    # Reductions.
    if year == 2025:   # réduction générale, coefficient rounded to 4 decimals; T 0.3194 Jan-Apr, 0.3193 May-Dec
        red = D(0)
        for t, months in ((D("0.3194"), 4), (D("0.3193"), 8)):
            coef = t / D("0.6") * (D("1.6") * smic / salary - 1)
            coef = min(max(coef, D(0)), t).quantize(D("0.0001"), ROUND_HALF_UP)
            red += coef * salary * months / 12
    else:              # RGDU
        if salary < 3 * smic:
            x = (3 * smic / salary - 1) / 2
            coef = D("0.02") + D("0.3781") * (min(x, D(1)) ** D("1.75"))
            red = coef * salary
        else:
            red = D(0)
    return c - red, red

def spain2025(salary):
    m = salary / 12; top = D("4909.50")
    c = min(m, top) * (D("23.6") + D("5.5") + D("0.2") + D("0.6") + D("0.67")) / 100
    for lo, hi, rate in ((top, D("5400.45"), D("0.77")), (D("5400.45"), D("7364.25"), D("0.83")), (D("7364.25"), None, D("0.98"))):
        part = max(min(m, hi) if hi else m, lo) - lo
        c += part * rate / 100
    return c * 12

if __name__ == "__main__":
    for year, smic in ((2025, D("11.88") * 1820), (2026, D("12.02") * 1820)):
        pass_ = {2025: D(47100), 2026: D(48060)}[year]
        for label, s in (("SMIC", smic), ("42000", D(42000)), ("4 PASS", 4 * pass_)):
            c, red = france(s, year)
            print(f"FR {year} {label:7} salary {s}: contributions {cents(c)} (reduction {cents(red)})")
    print("ES 2025 100000:", cents(spain2025(D(100000))))
