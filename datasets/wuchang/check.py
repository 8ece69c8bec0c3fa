#!/usr/bin/env python3
"""Independent check of datasets/wuchang: recompute the 2024 disclosure tables 01-09 from
entries.csv and compare every cell with published-2024.json (published values replaced by the
listed corrections). Shares no code with generate.py.

python3 datasets/wuchang/check.py        # exit status 0 = every cell matches

Amounts are summed as integer fen per cell and rounded half-up to 万元 once per cell.
Also replays the ledger's posting rules (budget control) in file order, checks the 2023
comparatives, and checks that the published tables' own arithmetic breaks exactly where the
corrections say it does.
"""
import csv
import json
import os
import re
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
YEAR = 2024
FISCAL = ("GENERAL_PUBLIC_BUDGET", "GOVERNMENT_FUND", "STATE_CAPITAL")
INCOME_SOURCES = FISCAL + ("SUPERIOR_SUBSIDY", "BUSINESS", "OPERATING", "AFFILIATED_REMITTANCE", "OTHER")
CLASSES = ["201", "202", "203", "204", "205", "206", "207", "208", "210", "211", "212", "213", "214", "215",
           "216", "217", "219", "220", "221", "222", "223", "224", "229", "231", "232", "234"]


def fen(s):
    m = re.fullmatch(r"(-?)(\d+)\.(\d\d)", s)
    assert m, "bad amount %r" % s
    v = int(m.group(2)) * 100 + int(m.group(3))
    return -v if m.group(1) else v


def wan(v):
    """fen -> 万元 string, half-up once."""
    sign = "-" if v < 0 else ""
    q, r = divmod(abs(v), 10_000)
    q += 1 if 2 * r >= 10_000 else 0
    return "%s%d.%02d" % (sign, q // 100, q % 100)


def wan_fen(s):
    """published 万元 string ('4004.94') -> fen."""
    return fen(s) * 10_000


def load():
    with open(os.path.join(HERE, "entries.csv"), encoding="utf-8", newline="") as f:
        raw = f.read()
    assert not raw.startswith("\ufeff"), "BOM"
    rows = list(csv.DictReader(raw.splitlines()))
    for r in rows:
        r["fen"] = fen(r["amount"])
        r["fy"] = int(r["fiscalYear"])
    with open(os.path.join(HERE, "published-2024.json"), encoding="utf-8") as f:
        pub = json.load(f)
    return rows, pub


def replay(rows):
    budget, spent = defaultdict(int), defaultdict(int)
    problems = []
    for n, r in enumerate(rows, 2):
        if r["businessDate"][:4] != r["fiscalYear"]:
            problems.append((n, "business date outside fiscal year"))
        line = (r["department"], r["unit"], r["fy"], r["source"], r["functionalCode"], r["expenditureType"],
                r["project"], r["economicCode"])
        t = r["type"]
        if t in ("APPROPRIATION", "ADJUSTMENT", "EXPENDITURE"):
            if (r["expenditureType"] == "PROJECT") != bool(r["project"]):
                problems.append((n, "project required iff PROJECT"))
        if t == "APPROPRIATION":
            if r["fen"] <= 0:
                problems.append((n, "appropriation amount must be > 0"))
            budget[line] += r["fen"]
        elif t == "ADJUSTMENT":
            if r["fen"] == 0 or not r["reason"].strip():
                problems.append((n, "adjustment needs non-zero amount and a reason"))
            if budget.get(line, 0) + r["fen"] < spent.get(line, 0):
                problems.append((n, "adjustment takes the line below what is spent"))
            budget[line] += r["fen"]
        elif t == "EXPENDITURE":
            if not re.fullmatch(r"\d{5}", r["economicCode"]) or r["fen"] <= 0:
                problems.append((n, "expenditure needs a 5-digit economicCode and amount > 0"))
            target = line if line in budget else line[:-1] + ("",)
            if target not in budget:
                problems.append((n, "no budget line"))
            elif budget[target] - spent[target] < r["fen"]:
                problems.append((n, "over budget"))
            spent[target] += r["fen"]
        elif t == "INCOME":
            if r["fen"] <= 0 or r["expenditureType"] or r["project"] or r["economicCode"]:
                problems.append((n, "bad income row"))
        else:
            problems.append((n, "unknown type"))
    return budget, problems


def compute(rows, budget):
    """Ledger-derived 2024 tables as {table: {row key: {column: fen}}}."""
    T = defaultdict(lambda: defaultdict(lambda: defaultdict(int)))
    cur = [r for r in rows if r["fy"] == YEAR]
    prior = [r for r in rows if r["fy"] < YEAR]
    inc = [r for r in cur if r["type"] == "INCOME"]
    exp = [r for r in cur if r["type"] == "EXPENDITURE"]

    def codes(fc):
        return ["total", fc[:3], fc[:5], fc]

    # opening balance = everything received minus spent in earlier years, by source
    opening = defaultdict(int)
    for r in prior:
        if r["type"] == "INCOME":
            opening[r["source"]] += r["fen"]
        elif r["type"] == "EXPENDITURE":
            opening[r["source"]] -= r["fen"]
    # 02
    col02 = {"SUPERIOR_SUBSIDY": "superior_subsidy", "BUSINESS": "business", "OPERATING": "operating",
             "AFFILIATED_REMITTANCE": "affiliated_remittance", "OTHER": "other"}
    for r in inc:
        for k in codes(r["functionalCode"]):
            T["02"][k]["total"] += r["fen"]
            T["02"][k]["fiscal_appropriation" if r["source"] in FISCAL else col02[r["source"]]] += r["fen"]
    # 03, 05, 07, 08
    col03 = {"BASIC": "basic", "PROJECT": "project", "REMIT_TO_SUPERIOR": "remit_to_superior", "OPERATING": "operating",
             "SUBSIDY_TO_AFFILIATED": "subsidy_to_affiliated"}
    for r in exp:
        for k in codes(r["functionalCode"]):
            T["03"][k]["total"] += r["fen"]
            T["03"][k][col03[r["expenditureType"]]] += r["fen"]
            if r["source"] == "GENERAL_PUBLIC_BUDGET":
                T["05"][k]["total"] += r["fen"]
                T["05"][k][col03[r["expenditureType"]]] += r["fen"]
            if r["source"] == "GOVERNMENT_FUND":
                T["07"][k]["expenditure_total"] += r["fen"]
                T["07"][k][col03[r["expenditureType"]]] += r["fen"]
            if r["source"] == "STATE_CAPITAL":
                T["08"][k]["total"] += r["fen"]
                T["08"][k][col03[r["expenditureType"]]] += r["fen"]
    for r in inc:
        if r["source"] == "GOVERNMENT_FUND":
            for k in codes(r["functionalCode"]):
                T["07"][k]["income"] += r["fen"]
    T["07"]["total"]["opening_balance"] += opening["GOVERNMENT_FUND"]
    T["07"]["total"]["closing_balance"] += (opening["GOVERNMENT_FUND"] + T["07"]["total"]["income"]
                                            - T["07"]["total"]["expenditure_total"])
    # 01
    t01 = T["01"]
    for r in inc:
        t01[("income", r["source"])]["amount"] += r["fen"]
        t01[("income", "income_total")]["amount"] += r["fen"]
    for r in exp:
        t01[("expenditure", r["functionalCode"][:3])]["amount"] += r["fen"]
        t01[("expenditure", "expenditure_total")]["amount"] += r["fen"]
    ob = sum(opening.values())
    t01[("income", "opening_balance")]["amount"] += ob
    t01[("income", "grand_total")]["amount"] += t01[("income", "income_total")]["amount"] + ob
    cb = ob + t01[("income", "income_total")]["amount"] - t01[("expenditure", "expenditure_total")]["amount"]
    t01[("expenditure", "closing_balance")]["amount"] += cb
    t01[("expenditure", "grand_total")]["amount"] += t01[("expenditure", "expenditure_total")]["amount"] + cb
    # 04 (fiscal appropriations only)
    t04 = T["04"]
    colsrc = {"GENERAL_PUBLIC_BUDGET": "general_public_budget", "GOVERNMENT_FUND": "government_fund",
              "STATE_CAPITAL": "state_capital"}
    for r in inc:
        if r["source"] in FISCAL:
            t04[("income", r["source"])]["amount"] += r["fen"]
            t04[("income", "income_total")]["amount"] += r["fen"]
    for r in exp:
        if r["source"] in FISCAL:
            for k in (r["functionalCode"][:3], "expenditure_total"):
                t04[("expenditure", k)]["subtotal"] += r["fen"]
                t04[("expenditure", k)][colsrc[r["source"]]] += r["fen"]
    for s in FISCAL:
        t04[("income", "opening_balance." + s)]["amount"] += opening[s]
        t04[("income", "opening_balance")]["amount"] += opening[s]
        close = opening[s] + t04[("income", s)]["amount"] - t04[("expenditure", "expenditure_total")][colsrc[s]]
        for k in ("closing_balance." + s, "closing_balance"):
            t04[("expenditure", k)]["subtotal"] += close
            t04[("expenditure", k)][colsrc[s]] += close
    t04[("income", "grand_total")]["amount"] = t04[("income", "income_total")]["amount"] + t04[("income", "opening_balance")]["amount"]
    for c in ("subtotal",) + tuple(colsrc.values()):
        t04[("expenditure", "grand_total")][c] = (t04[("expenditure", "expenditure_total")][c]
                                                  + t04[("expenditure", "closing_balance")][c])
    # 06 (general public budget, basic)
    t06 = T["06"]
    for r in exp:
        if r["source"] == "GENERAL_PUBLIC_BUDGET" and r["expenditureType"] == "BASIC":
            e = r["economicCode"]
            t06[e]["amount"] += r["fen"]
            t06[e[:3]]["amount"] += r["fen"]
            t06["personnel_total" if e[:3] in ("301", "303") else "public_total"]["amount"] += r["fen"]
    # 09 (fiscal appropriations; budget = adjusted budget of lines kept per 三公 code)
    codes09 = {"30212": "overseas_travel", "31013": "vehicle_purchase", "30231": "vehicle_operation", "30217": "reception"}
    t09 = T["09"]["total"]
    for r in exp:
        if r["source"] in FISCAL and r["economicCode"] in codes09:
            t09["actual_" + codes09[r["economicCode"]]] += r["fen"]
    for line, v in budget.items():
        if line[2] == YEAR and line[3] in FISCAL and line[7] in codes09:
            t09["budget_" + codes09[line[7]]] += v
    for p in ("budget_", "actual_"):
        t09[p + "vehicles"] = t09[p + "vehicle_purchase"] + t09[p + "vehicle_operation"]
        t09[p + "total"] = t09[p + "overseas_travel"] + t09[p + "vehicles"] + t09[p + "reception"]
    return T


def main():
    rows, pub = load()
    failures = []
    budget, problems = replay(rows)
    for n, msg in problems:
        failures.append("entries.csv line %d: %s" % (n, msg))
    print("replay: %d rows, %d rule violations" % (len(rows), len(problems)))

    T = compute(rows, budget)
    corr = {(c["table"], c["key"], c["column"]): c for c in pub.get("corrections", [])}
    used = set()
    compared = 0
    for tno, prow in pub["tables"].items():
        seen = set()
        for pr in prow:
            key = (pr["side"], pr["key"]) if "side" in pr else pr["key"]
            seen.add(key)
            for col, published in pr["cells"].items():
                expected = published
                if (tno, pr["key"], col) in corr:
                    c = corr[(tno, pr["key"], col)]
                    assert c["published"] == published, c
                    expected = c["expected"]
                    used.add((tno, pr["key"], col))
                got = wan(T[tno][key][col]) if key in T[tno] else "0.00"
                compared += 1
                if got != expected:
                    failures.append("table %s row %s column %s: ledger %s, published %s%s" % (
                        tno, pr["key"], col, got, published, "" if expected == published else " (corrected %s)" % expected))
        # ledger rows with an amount that the published table does not print
        for key, cells in T[tno].items():
            if key not in seen and any(cells.values()):
                failures.append("table %s: ledger row %s %s not in the published table" % (tno, key, dict(cells)))
    for k in set(corr) - used:
        failures.append("correction %s matches no published cell" % (k,))
    print("compared %d published cells of tables %s (%d corrected)" % (compared, ", ".join(sorted(pub["tables"])), len(used)))

    # The published tables' own arithmetic: 03/05 total = sum of type columns, and 类 = sum of 款 = sum of 项.
    # Every break must be one of the listed corrections.
    breaks = set()
    for tno in ("02", "03", "05"):
        prow = {r["key"]: r["cells"] for r in pub["tables"][tno]}
        for key, cells in prow.items():
            parts = [c for c in cells if c != "total"]
            if tno != "02" and sum(wan_fen(cells[c]) for c in parts) != wan_fen(cells["total"]):
                for c in parts:
                    if (tno, key, c) in corr:
                        breaks.add((tno, key, c))
                if not any((tno, key, c) in corr for c in parts):
                    failures.append("published table %s row %s: total != sum of columns" % (tno, key))
            if key == "total":
                continue
            children = [k for k in prow if k != "total" and len(k) == {3: 5, 5: 7}.get(len(key)) and k.startswith(key)]
            for c in cells:
                if children and sum(wan_fen(prow[k][c]) for k in children) != wan_fen(cells[c]):
                    if (tno, key, c) in corr:
                        breaks.add((tno, key, c))
                    else:
                        failures.append("published table %s row %s column %s != sum of its children" % (tno, key, c))
    print("published-table arithmetic breaks, all covered by corrections: %s" % sorted(breaks))
    if breaks != set(corr):
        failures.append("corrections %s are not all detected as arithmetic breaks" % sorted(set(corr) - breaks))

    # 2023 comparatives
    cmp23 = pub.get("comparatives2023", {})
    tot23 = sum(r["fen"] for r in rows if r["fy"] == 2023 and r["type"] == "EXPENDITURE")
    inc23 = sum(r["fen"] for r in rows if r["fy"] == 2023 and r["type"] == "INCOME")
    tp23 = sum(r["fen"] for r in rows if r["fy"] == 2023 and r["type"] == "EXPENDITURE"
               and r["source"] in FISCAL and r["economicCode"] in ("30212", "30217", "30231", "31013"))
    for label, got, want in (("2023 expenditure total", wan(tot23), cmp23.get("total")),
                             ("2023 income total", wan(inc23), cmp23.get("total")),
                             ("2023 三公 actual", wan(tp23), cmp23.get("threePublic"))):
        print("%s: ledger %s, published %s" % (label, got, want))
        if got != want:
            failures.append("%s: ledger %s, published %s" % (label, got, want))

    if failures:
        print("FAILED (%d):" % len(failures))
        for f in failures:
            print("  " + f)
        sys.exit(1)
    print("OK: every published cell reproduced from the ledger postings")


if __name__ == "__main__":
    main()
