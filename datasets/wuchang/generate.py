#!/usr/bin/env python3
"""Generate datasets/wuchang/entries.csv: ledger postings that reproduce the published
2024 部门决算公开 of 武昌区机关事务服务中心 (department wcjgsw, unit wcjgsw-bj), plus a coarse
2023 comparative year.

python3 datasets/wuchang/generate.py            # writes entries.csv next to this script
python3 datasets/wuchang/generate.py --check    # asserts everything, writes nothing

Standard library only, deterministic (no clock, no random module: a sha256-seeded xorshift
gives the jitter). Every amount is an integer number of fen (分); 1 万元 = 1,000,000 fen.
Every figure printed in the seed is asserted against the generated rows before writing,
including a replay of the ledger's budget-control rules in file order.
"""
import csv
import datetime
import hashlib
import os
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "entries.csv")

DEPT = "wcjgsw"
UNIT = "wcjgsw-bj"
GPB = "GENERAL_PUBLIC_BUDGET"
HEADER = ["type", "department", "unit", "fiscalYear", "source", "functionalCode",
          "expenditureType", "project", "economicCode", "amount", "businessDate",
          "documentNo", "voucherNo", "payee", "memo", "reason"]

# --------------------------------------------------------------------------- money


def wan(s):
    """'1,234.56' (万元, as printed) -> integer fen."""
    s = s.replace(",", "").replace(" ", "").strip()
    neg = s.startswith("-")
    s = s.lstrip("+-")
    whole, _, frac = s.partition(".")
    assert len(frac) <= 2, s
    fen = int(whole or "0") * 1_000_000 + int(frac.ljust(2, "0")) * 10_000
    return -fen if neg else fen


def yuan_str(fen):
    """integer fen -> '186480.00' (yuan, two decimals)."""
    sign = "-" if fen < 0 else ""
    fen = abs(fen)
    return "%s%d.%02d" % (sign, fen // 100, fen % 100)


def wan_str(fen):
    """integer fen -> 万元 with two decimals, rounded half-up once."""
    sign = "-" if fen < 0 else ""
    q, r = divmod(abs(fen), 10_000)
    if 2 * r >= 10_000:
        q += 1
    return "%s%d.%02d" % (sign, q // 100, q % 100)


# --------------------------------------------------------------------------- determinism


class Rng:
    """xorshift64*, seeded from sha256 of a string key: same key, same sequence, any platform."""

    def __init__(self, key):
        self.s = int.from_bytes(hashlib.sha256(key.encode("utf-8")).digest()[:8], "big") or 1

    def next(self):
        s = self.s
        s ^= (s >> 12)
        s ^= (s << 25) & 0xFFFFFFFFFFFFFFFF
        s ^= (s >> 27)
        self.s = s
        return (s * 0x2545F4914F6CDD1D) & 0xFFFFFFFFFFFFFFFF

    def int(self, lo, hi):
        return lo + self.next() % (hi - lo + 1)


def spread(total, weights, key, jitter=0, unit=1):
    """Split `total` fen into len(weights) positive parts proportional to weights, each
    weight perturbed by +-jitter per mille; parts are multiples of `unit` fen except the last,
    which takes the remainder so the parts sum to total exactly."""
    rng = Rng(key)
    w = [wt * (1000 + (rng.int(-jitter, jitter) if jitter else 0)) for wt in weights]
    tw = sum(w)
    parts = [(total * x // tw) // unit * unit for x in w[:-1]]
    parts.append(total - sum(parts))
    assert sum(parts) == total and all(p > 0 for p in parts), (key, total, parts)
    return parts


def bday(y, m, d):
    """A working day: weekend dates move to Monday, or back to Friday at a month end."""
    last = (datetime.date(y + (m == 12), m % 12 + 1, 1) - datetime.timedelta(days=1)).day
    dt = datetime.date(y, m, min(d, last))
    if dt.weekday() >= 5:
        fwd = dt + datetime.timedelta(days=7 - dt.weekday())
        dt = fwd if fwd.month == m else dt - datetime.timedelta(days=dt.weekday() - 4)
    return dt


def month_end(y, m):
    return bday(y, m, 31)


# --------------------------------------------------------------------------- the seed's figures (万元)

# 公开03/05: 2024 expenditure by 项 (all 一般公共预算财政拨款), and basic/project.
EXP_2024 = {
    "2010301": ("14.05", "BASIC"), "2010302": ("1,877.49", "PROJECT"),
    "2010350": ("1,295.84", "BASIC"), "2010399": ("816.76", "PROJECT"),
    "2013699": ("0.80", "PROJECT"),
    "2080502": ("58.73", "BASIC"), "2080505": ("64.78", "BASIC"), "2080506": ("11.08", "BASIC"),
    "2080801": ("17.39", "BASIC"),
    "2101101": ("0.72", "BASIC"), "2101102": ("18.42", "BASIC"), "2101103": ("83.22", "BASIC"),
    "2101199": ("0.23", "BASIC"),
    "2210201": ("73.33", "BASIC"), "2210202": ("12.67", "BASIC"), "2210203": ("23.28", "BASIC"),
}
TOTAL_2024, BASIC_2024, PROJECT_2024 = wan("4,368.79"), wan("1,673.74"), wan("2,695.05")
# 类/款 rows of 公开02/03 (their printed sums, asserted against the 项 rows too).
ROLLUP_2024 = {"201": "4,004.94", "20103": "4,004.14", "20136": "0.80", "208": "151.98",
               "20805": "134.59", "20808": "17.39", "210": "102.59", "21011": "102.59",
               "221": "109.28", "22102": "109.28"}

# 公开06: basic expenditure by economic 款.
ECON_2024 = {
    "30101": "125.85", "30102": "54.89", "30103": "6.02", "30107": "301.03", "30108": "64.78",
    "30109": "11.08", "30110": "19.14", "30111": "44.71", "30112": "1.82", "30113": "73.33",
    "30201": "520.91", "30226": "137.98", "30228": "8.50", "30229": "0.90", "30231": "172.98",
    "30239": "0.49", "30299": "9.85",
    "30302": "54.44", "30304": "17.39", "30305": "1.58", "30307": "38.51", "30309": "2.33",
    "30399": "0.23",
    "31002": "5.00",
}
ECON_CLASS_2024 = {"301": "702.65", "302": "851.61", "303": "114.48", "310": "5.00"}
PERSONNEL_2024, PUBLIC_2024 = wan("817.13"), wan("856.61")

# Initial budget (年初预算) by 项, narrative 五(三) / domain.md.
INITIAL_2024 = {
    "2010301": "17.52", "2010302": "1,864.80", "2010350": "1,273.96", "2010399": "810.41",
    "2080502": "64.10", "2080505": "57.96", "2101102": "28.98", "2101103": "71.32",
    "2210201": "66.01", "2210202": "11.98", "2210203": "23.28",
}
INITIAL_TOTAL_2024 = wan("4,290.32")
FULL_YEAR_2024 = wan("4,610.61")           # 附件 整体绩效自评表 预算数
THREE_PUBLIC_2024 = wan("172.98")          # 公开09 budget = actual, all 公务用车运行维护费

P_RUN = "机关事务运行经费"
P_OTHER = "其他工作经费"
P_ZN = "中南法庭过渡办公点整修改造"
P_JN = "荆南街办公区房屋装修及配套设施建设"
P_WW = "重大节日慰问经费"
# project: (full-year budget, spent) in 2024 (绩效自评; 荆南街/中南法庭 budget = 2024 spending).
PROJECTS_2024 = {P_RUN: ("2,016.87", "1,888.17"), P_OTHER: ("825.41", "754.25"),
                 P_ZN: ("5.10", "5.10"), P_JN: ("46.73", "46.73"), P_WW: ("0.80", "0.80")}
BASIC_FULL_YEAR_2024 = wan("1,715.70")     # = 4,610.61 - sum of project budgets (asserted)

TOTAL_2023, THREE_PUBLIC_2023 = wan("6,391.60"), wan("181.91")

# --------------------------------------------------------------------------- 2024 design

# Basic spending of each 项 by economic 款. 2010350 事业运行 takes whatever of each 公开06 款
# the other 项 do not (computed below), so both marginals hold by construction.
BASIC_ALLOC_2024 = {
    "2010301": {"30101": "4.36", "30102": "1.12", "30107": "8.57"},
    "2080502": {"30302": "54.44", "30305": "1.58", "30309": "2.33", "30229": "0.38"},
    "2080505": {"30108": "64.78"},
    "2080506": {"30109": "11.08"},
    "2080801": {"30304": "17.39"},
    "2101101": {"30110": "0.72"},
    "2101102": {"30110": "18.42"},
    "2101103": {"30111": "44.71", "30307": "38.51"},
    "2101199": {"30399": "0.23"},
    "2210201": {"30113": "73.33"},
    "2210202": {"30102": "12.67"},
    "2210203": {"30102": "23.28"},
}

# Initial budget lines. The 项 2010350 is split into its general basic line and the separate
# "三公" line kept per economic code 30231; both together make the 项's 1,273.96.
VEHICLE_INITIAL_2024 = "165.00"
# (项, expenditureType, project) -> initial (万元); 2010350's general line is derived.
INITIAL_LINES_2024 = {
    ("2010301", "BASIC", ""): "17.52",
    ("2080502", "BASIC", ""): "64.10",
    ("2080505", "BASIC", ""): "57.96",
    ("2101102", "BASIC", ""): "28.98",
    ("2101103", "BASIC", ""): "71.32",
    ("2210201", "BASIC", ""): "66.01",
    ("2210202", "BASIC", ""): "11.98",
    ("2210203", "BASIC", ""): "23.28",
    ("2010302", "PROJECT", P_RUN): "1,864.80",
    ("2010399", "PROJECT", P_OTHER): "810.41",
}

# Adjustments: (date, 项, type, project, economicCode, 万元 signed, reason).
ADJUSTMENTS_2024 = [
    ((1, 22), "2013699", "PROJECT", P_WW, "", "0.80", "老干重大节日慰问经费不列入年初预算，追加安排春节、重阳节慰问经费"),
    ((3, 11), "2010302", "PROJECT", P_ZN, "", "5.10", "中南法庭过渡办公点整修改造项目结算尾款，追加2024年预算"),
    ((3, 11), "2010302", "PROJECT", P_JN, "", "46.73", "荆南街办公区房屋装修及配套设施建设项目支付工程进度款，追加2024年预算"),
    ((4, 15), "2101101", "BASIC", "", "", "0.72", "编制年初预算时预算系统无法设置行政单位医疗指标，年中追加"),
    ((5, 20), "2080506", "BASIC", "", "", "11.08", "人员异动，相关人员职业年金做实，追加缴费指标"),
    ((6, 17), "2010350", "BASIC", "", "", "25.00", "年中追加事业单位工作人员绩效工资增量"),
    ((6, 17), "2080801", "BASIC", "", "", "17.39", "退休人员去世，追加死亡抚恤经费"),
    ((7, 8), "2010399", "PROJECT", P_RUN, "", "80.00", "年中追加办公区房屋修缮及安防设备更新经费"),
    ((7, 8), "2010399", "PROJECT", P_OTHER, "", "40.00", "年中追加区社保局合同制人员待遇调整经费"),
    ((7, 10), "2080505", "BASIC", "", "", "6.82", "缴费基数调整，追加机关事业单位基本养老保险缴费指标"),
    ((7, 10), "2101103", "BASIC", "", "", "11.90", "年中下拨公务员医疗补助报销款，追加指标"),
    ((7, 10), "2210201", "BASIC", "", "", "7.32", "2024年住房公积金缴存基数调整，追加指标"),
    ((7, 10), "2210202", "BASIC", "", "", "0.69", "提租补贴标准调整，追加指标"),
    ((8, 12), "2010302", "PROJECT", P_RUN, "", "72.07", "年中追加机关设施设备更新及维修维护经费"),
    ((10, 15), "2010350", "BASIC", "", "30231", "7.98", "公务用车运行维护费（保险、维修）年中调整，追加"),
    ((11, 18), "2101199", "BASIC", "", "", "0.23", "其他行政事业单位医疗支出不列入年初预算，由区财政统一划拨追加"),
    ((11, 20), "2010399", "PROJECT", P_OTHER, "", "-25.00", "区税务局信息员多人离职未补充，追减其他工作经费"),
    ((11, 25), "2010350", "BASIC", "", "", "16.46", "年终追加事业单位人员经费缺口"),
    ((12, 10), "2101102", "BASIC", "", "", "-5.00", "中心1人退休、1人调出，追减事业单位医疗缴费指标"),
]

ALL = list(range(1, 13))


def sched(months, day, weights=None):
    weights = weights or [1] * len(months)
    return [(m, day, w) for m, w in zip(months, weights)]


PAY = "武昌区机关事务服务中心在职职工（工资代发）"
RETIREES = "武昌区机关事务服务中心退休人员（代发）"
SOCIAL = "武汉市社会保险中心武昌分中心"
MEDICAL = "武昌区医疗保险基金专户"
FUND = "武汉住房公积金管理中心"
ANNUITY = "湖北省机关事业单位职业年金管理中心"

# Expenditure plan. Each part: (项, type, project, economicCode, 万元 or None = remainder of the
# cell, schedule [(month, day, weight)], payees, memo template, jitter per mille).
# The cell totals come from BASIC_ALLOC_2024 / the 2010350 residual / PROJECT_CELLS_2024;
# a cell listed with several parts splits into sub-purposes (the last part takes the rest).
BASIC_PLAN_2024 = {
    ("2010301", "30101"): [(None, sched(ALL, 15), [PAY], "{m}月基本工资（行政运行）", 0)],
    ("2010301", "30102"): [(None, sched(ALL, 15), [PAY], "{m}月津贴补贴（行政运行）", 0)],
    ("2010301", "30107"): [(None, sched(ALL, 15, [1] * 11 + [2]), [PAY], "{m}月绩效工资（行政运行）", 20)],
    ("2010350", "30101"): [(None, sched(ALL, 15), [PAY], "{m}月在职人员基本工资", 15)],
    ("2010350", "30102"): [(None, sched(ALL, 15), [PAY], "{m}月在职人员津贴补贴", 15)],
    ("2010350", "30103"): [(None, [(1, 26, 1), (12, 20, 1)], [PAY], "{m}月一次性奖金", 100)],
    ("2010350", "30107"): [(None, sched(ALL, 15, [1] * 11 + [3]), [PAY], "{m}月绩效工资", 30)],
    ("2010350", "30112"): [(None, sched(ALL, 18), [SOCIAL], "{m}月失业、工伤保险缴费", 10)],
    ("2010350", "30201"): [(None, [(m, d, 1) for m in ALL for d in (6, 16, 26)],
                            ["武汉文华办公用品有限公司", "湖北省政府采购电子卖场供应商", "武汉长江印务有限公司",
                             "中国邮政集团有限公司武汉市武昌区分公司"],
                            "{m}月办公费（办公用品、耗材及资料）", 250)],
    ("2010350", "30226"): [(None, sched(ALL, 20), ["武汉楚才人力资源服务有限公司"], "{m}月编外辅助人员劳务费", 40)],
    ("2010350", "30228"): [(None, sched([3, 6, 9, 12], 12), ["武昌区机关事务服务中心工会委员会"], "{m}月拨缴工会经费", 20)],
    ("2010350", "30229"): [(None, [(6, 5, 1), (9, 10, 1)], ["武昌区机关事务服务中心在职职工"], "{m}月职工福利费（端午、中秋）", 100)],
    ("2010350", "30231"): [
        ("96.00", sched(ALL, 8), ["中国石化销售股份有限公司湖北武汉石油分公司"], "{m}月公务用车燃油费（定点加油）", 120),
        ("28.60", [(3, 14, 3), (9, 12, 2)], ["中国人民财产保险股份有限公司武汉市分公司"], "{m}月公务用车保险费", 50),
        ("6.28", sched([3, 6, 9, 12], 25), ["湖北交投智能交通服务有限公司"], "{m}月公务用车通行费", 150),
        (None, [(m, 22, 1) for m in (1, 2, 4, 5, 6, 7, 8, 10, 11, 12)], ["武汉市公务用车定点维修中心", "武汉众合汽车维修服务有限公司"],
         "{m}月公务用车维修保养费", 300),
    ],
    ("2010350", "30239"): [(None, [(4, 18, 1), (8, 20, 1), (12, 16, 1)], ["武汉公交集团有限公司"], "{m}月公务交通卡充值", 200)],
    ("2010350", "30299"): [(None, [(2, 20, 1), (4, 23, 1), (6, 25, 1), (8, 27, 1), (10, 24, 1), (12, 23, 1)],
                            ["武汉佳洁保洁用品有限公司", "武昌区机关事务服务中心（零星报销）"], "{m}月其他商品和服务支出（零星杂项）", 250)],
    ("2010350", "31002"): [(None, [(4, 25, 1), (9, 24, 1)], ["湖北省政府采购电子卖场供应商"], "{m}月办公设备购置（电脑、打印机）", 150)],
    ("2080502", "30302"): [(None, sched(ALL, 10), [RETIREES], "{m}月退休人员退休费", 10)],
    ("2080502", "30305"): [(None, sched([1, 4, 7, 10], 12), [RETIREES], "{m}月退休人员生活补助", 50)],
    ("2080502", "30309"): [(None, [(12, 18, 1)], [RETIREES], "{m}月退休人员年度奖励金", 0)],
    ("2080502", "30229"): [(None, [(9, 10, 1)], [RETIREES], "{m}月退休人员节日福利", 0)],
    ("2080505", "30108"): [(None, sched(ALL, 18), [SOCIAL], "{m}月机关事业单位基本养老保险单位缴费", 25)],
    ("2080506", "30109"): [(None, sched([6, 7, 8, 9, 10, 11, 12], 19, [5, 1, 1, 1, 1, 1, 1]), [ANNUITY],
                            "{m}月职业年金单位缴费（含做实补缴）", 15)],
    ("2080801", "30304"): [(None, [(7, 9, 1), (10, 16, 1)], ["已故退休人员家属"], "{m}月退休人员死亡抚恤金及丧葬费", 120)],
    ("2101101", "30110"): [(None, sched([5, 6, 7, 8, 9, 10, 11, 12], 18), [MEDICAL], "{m}月行政单位职工基本医疗保险缴费", 10)],
    ("2101102", "30110"): [(None, sched(ALL, 18), [MEDICAL], "{m}月事业单位职工基本医疗保险缴费", 20)],
    ("2101103", "30111"): [(None, sched(ALL, 18), [MEDICAL], "{m}月公务员医疗补助缴费", 10)],
    ("2101103", "30307"): [(None, [(3, 21, 1), (5, 23, 1), (7, 18, 1), (8, 22, 1), (10, 24, 1), (12, 19, 1)],
                            ["武昌区机关事务服务中心职工（医疗费报销）"], "{m}月医疗费补助报销", 300)],
    ("2101199", "30399"): [(None, [(12, 10, 1)], ["武昌区机关事务服务中心职工（代发）"], "{m}月其他行政事业单位医疗补助", 0)],
    ("2210201", "30113"): [(None, sched(ALL, 12), [FUND], "{m}月住房公积金单位缴存", 20)],
    ("2210202", "30102"): [(None, sched(ALL, 15), [PAY], "{m}月提租补贴", 10)],
    ("2210203", "30102"): [(None, sched(ALL, 15), [PAY], "{m}月购房补贴", 0)],
}

# Project spending cells: (项, project, economicCode) -> parts, as above but each part has a 万元
# amount (None = the remainder so the project/项 total matches).
PROJECT_PLAN_2024 = {
    ("2010302", P_RUN, "30209"): [("620.00", sched(ALL, 10), ["武汉江城物业服务有限公司"], "{m}月机关大院物业服务费（保洁、安保、绿化）", 0)],
    ("2010302", P_RUN, "30226"): [("310.00", sched(ALL, 20), ["武汉楚才人力资源服务有限公司"], "{m}月后勤服务团队劳务费", 30)],
    ("2010302", P_RUN, "30213"): [
        ("64.80", sched([3, 6, 9, 12], 14), ["武汉通达电梯工程有限公司"], "{m}月电梯维护保养费（3部）", 0),
        ("92.40", sched([4, 7, 10, 12], 16), ["武汉中联暖通空调工程有限公司"], "{m}月中央空调维护保养费", 40),
        ("38.60", sched([2, 5, 8, 11], 20), ["湖北捷停立体车库设备有限公司"], "{m}月立体车库维护保养费", 40),
        ("41.20", sched([3, 6, 9, 12], 22), ["湖北安保消防工程有限公司"], "{m}月消防报警系统维护费", 60),
        ("48.40", sched([1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], 27), ["武汉市武昌区永安水电维修部", "武汉鑫达建筑工程有限公司"],
         "{m}月日常零星维修（水电、照明、水阀滤芯）", 350),
    ],
    ("2010302", P_RUN, "30205"): [("62.35", sched(ALL, 9), ["武汉市水务集团有限公司"], "{m}月机关办公区水费", 150)],
    ("2010302", P_RUN, "30206"): [("248.60", sched(ALL, 9), ["国网湖北省电力有限公司武汉供电公司"], "{m}月机关办公区电费", 200)],
    ("2010302", P_RUN, "30207"): [("38.21", sched(ALL, 11), ["中国电信股份有限公司武汉分公司"], "{m}月机关办公区通讯费", 60)],
    ("2010302", P_RUN, "30299"): [("45.30", sched(ALL, 11), ["武汉市燃气集团有限公司"], "{m}月机关食堂燃气费", 200)],
    ("2010302", P_RUN, "30227"): [
        ("18.40", sched([3, 6, 9, 12], 15), ["武汉洁安有害生物防治有限公司"], "{m}月机关办公区灭四害消杀服务费", 0),
        ("12.60", [(4, 19, 1), (10, 18, 1)], ["武汉智膳科技有限公司"], "{m}月食堂餐卡及供应链系统维护费", 0),
        ("25.80", [(5, 17, 1), (11, 15, 1)], ["湖北安保消防工程有限公司"], "{m}月安防和消防系统升级服务费", 100),
    ],
    ("2010302", P_RUN, "31002"): [("82.50", [(5, 24, 3), (6, 21, 2), (9, 20, 2), (11, 22, 1)], ["湖北省政府采购电子卖场供应商"],
                                   "{m}月机关空调、电子设备更新购置", 200)],
    ("2010302", P_RUN, "31003"): [("36.30", [(8, 23, 2), (12, 13, 1)], ["武汉厨宝商用厨房设备有限公司"], "{m}月机关食堂厨房设备更新", 100)],
    ("2010302", P_RUN, "30201"): [(None, [(1, 10, 1), (2, 27, 2), (3, 8, 1), (11, 8, 1)], ["武汉文华办公用品有限公司"],
                                   "{m}月“大型、两会”会议保障用品采购", 200)],
    ("2010399", P_RUN, "30213"): [("40.00", [(8, 14, 2), (9, 26, 1), (11, 13, 1)], ["武汉鑫达建筑工程有限公司"], "{m}月办公区房屋修缮工程款", 150)],
    ("2010399", P_RUN, "31002"): [(None, [(9, 27, 1), (12, 17, 1)], ["湖北省政府采购电子卖场供应商"], "{m}月安防监控设备更新购置", 100)],
    ("2010302", P_ZN, "30213"): [(None, [(4, 12, 2), (6, 14, 1)], ["武汉鑫达建筑工程有限公司"], "{m}月中南法庭过渡办公点整修改造工程结算款", 0)],
    ("2010302", P_JN, "30213"): [("28.50", [(4, 26, 1), (7, 26, 1)], ["武汉华中建设工程有限公司"], "{m}月荆南街办公区6号楼、5号楼装修改造工程款", 0)],
    ("2010302", P_JN, "31003"): [(None, [(9, 13, 1)], ["湖北中科环境监测设备有限公司"], "{m}月荆南街实验室基础配套装备与系统工程进度款", 0)],
    ("2010399", P_OTHER, "30226"): [
        ("372.00", sched(ALL, 16), ["武昌区机关事务服务中心聘用人员（工资代发）"], "{m}月中心聘用人员工资（72人）", 20),
        ("148.93", sched(ALL, 17), ["国家税务总局武汉市武昌区税务局（信息员劳务费）"], "{m}月区税务局信息员劳务费", 80),
        ("150.00", sched(ALL, 17), ["武昌区社会保险管理局（合同制人员待遇）"], "{m}月区社保局合同制人员待遇", 30),
        ("6.00", sched(ALL, 17), ["武昌区城建协调办（返聘人员）"], "{m}月区协调办返聘人员劳务费", 0),
        ("45.00", sched([3, 4, 5, 6, 9, 10, 11, 12], 24), ["武昌区老年大学（教师课酬）"], "{m}月区老年大学教师课酬", 80),
    ],
    ("2010399", P_OTHER, "30201"): [(None, [(3, 7, 1), (5, 10, 1), (9, 6, 1), (11, 12, 1)], ["武昌区老年大学"], "{m}月区老年大学办学工作经费（办公费）", 150)],
    ("2013699", P_WW, "30305"): [("0.40", [(2, 5, 1)], ["离退休老干部（4人）"], "{m}月春节走访慰问离退休老干部（4人×1000元）", 0),
                                 ("0.40", [(10, 9, 1)], ["离退休老干部（4人）"], "{m}月重阳节走访慰问离退休老干部（4人×1000元）", 0)],
}
# 项 totals of the project cells, and which project gets the 项 remainder on each 项.
PROJECT_SPLIT_2024 = {  # (项, project) -> spent (万元); None = 项 total minus the others
    ("2010302", P_ZN): "5.10", ("2010302", P_JN): "46.73", ("2010302", P_RUN): None,
    ("2010399", P_OTHER): "754.25", ("2010399", P_RUN): None,
    ("2013699", P_WW): "0.80",
}

# --------------------------------------------------------------------------- 2023 design (coarse)

Y23_PROJ_OFFICE = "办公用房维修"
Y23_PROJ_JW = "纪委会议室改造"
# line (项, type, project, economicCode) -> {economicCode: 万元 or None (remainder)}; budget = spending.
LINES_2023 = [
    (("2010350", "BASIC", "", "30231"), {"30231": "181.91"}),
    (("2010350", "BASIC", "", ""), {"30101": "128.30", "30102": "20.15", "30107": "310.42", "30226": "223.00", "30201": "580.60"}),
    (("2010301", "BASIC", "", ""), {"30101": "4.90", "30107": "10.90"}),
    (("2080502", "BASIC", "", ""), {"30302": "60.12"}),
    (("2080505", "BASIC", "", ""), {"30108": "61.20"}),
    (("2101103", "BASIC", "", ""), {"30111": "42.10", "30307": "36.30"}),
    (("2210201", "BASIC", "", ""), {"30113": "69.85"}),
    (("2010302", "PROJECT", P_RUN, ""), {"30209": "650.00", "30206": "260.00", "30213": "300.00", "30226": "330.00",
                                         "30205": "60.00", "30201": "320.55"}),
    (("2010302", "PROJECT", P_JN, ""), {"30213": "780.27", "31003": "350.00"}),
    (("2010302", "PROJECT", P_ZN, ""), {"30214": "180.00", "30213": "194.80"}),
    (("2010302", "PROJECT", Y23_PROJ_JW, ""), {"30213": "45.00", "31002": "12.25"}),
    (("2010399", "PROJECT", P_OTHER, ""), {"30226": "780.36"}),
    (("2010302", "PROJECT", Y23_PROJ_OFFICE, ""), {"30213": None}),   # takes the rest of 6,391.60
]
# The two renovations were budgeted for their whole cost in 2023 and paid over 2023-2024 (十三 and 附件: "从 2023 年
# 截止目前" 荆南街 1,223 budgeted, 1,177 paid, 46 retained as 质保金; 中南法庭 510.18 budgeted, 379.9 paid). The part
# not paid in 2023 is a 2023 adjustment, so that the 2023 and 2024 budgets of each add up to the printed whole.
ADJUSTMENTS_2023 = [
    ((6, 20), "2010302", "PROJECT", P_JN, "", "46.00", "荆南街办公区装修、电梯及实验室项目按合同总额1,223万元核定预算，追加质保金部分"),
    ((6, 20), "2010302", "PROJECT", P_ZN, "", "130.28", "中南法庭过渡办公点整修改造项目按批复总额510.18万元核定预算，追加房屋租赁等后续部分"),
]
PROJECT_WHOLE_LIFE = {P_JN: ("1,223.00", "1,177.00"), P_ZN: ("510.18", "379.90")}
ECON_NAME = {
    "30101": "基本工资", "30102": "津贴补贴", "30107": "绩效工资", "30108": "基本养老保险缴费", "30111": "公务员医疗补助缴费",
    "30113": "住房公积金", "30201": "办公费", "30205": "水费", "30206": "电费", "30209": "物业管理费", "30213": "维修（护）费",
    "30214": "租赁费", "30226": "劳务费", "30231": "公务用车运行维护费", "30302": "退休费", "30307": "医疗费补助",
    "31002": "办公设备购置", "31003": "专用设备购置",
}
XIANG_NAME = {
    "2010301": "行政运行", "2010302": "一般行政管理事务", "2010350": "事业运行", "2010399": "其他政府办公厅（室）及相关机构事务支出",
    "2013699": "其他共产党事务支出", "2080502": "事业单位离退休", "2080505": "机关事业单位基本养老保险缴费支出",
    "2080506": "机关事业单位职业年金缴费支出", "2080801": "死亡抚恤", "2101101": "行政单位医疗", "2101102": "事业单位医疗",
    "2101103": "公务员医疗补助", "2101199": "其他行政事业单位医疗支出", "2210201": "住房公积金", "2210202": "提租补贴",
    "2210203": "购房补贴",
}

# --------------------------------------------------------------------------- row building


def row(**kw):
    r = {h: "" for h in HEADER}
    r.update({"department": DEPT, "unit": UNIT, "source": GPB})
    r.update({k: str(v) for k, v in kw.items()})
    return r


def expand_parts(year, xiang, etype, project, econ, cell_total, parts, key):
    """Expand a cell (total fen) into expenditure rows according to its parts."""
    fixed = sum(wan(p[0]) for p in parts if p[0] is not None)
    rest = cell_total - fixed
    assert rest >= 0 and (rest > 0) == any(p[0] is None for p in parts), (key, cell_total, fixed)
    out = []
    for i, (amt, sch, payees, memo, jit) in enumerate(parts):
        part_total = rest if amt is None else wan(amt)
        amounts = spread(part_total, [w for (_, _, w) in sch], "%s|%d" % (key, i), jitter=jit)
        for j, ((m, d, _), a) in enumerate(zip(sch, amounts)):
            out.append(row(type="EXPENDITURE", fiscalYear=year, functionalCode=xiang, expenditureType=etype,
                           project=project, economicCode=econ, amount=a, businessDate=bday(year, m, d),
                           payee=payees[j % len(payees)], memo=memo.format(m=m)))
    return out


def build_2024():
    rows = []
    # --- basic cells: allocation of 公开06 across 项, 2010350 takes the residual
    cells = {}
    for x, alloc in BASIC_ALLOC_2024.items():
        for e, a in alloc.items():
            cells[(x, e)] = wan(a)
    for e, a in ECON_2024.items():
        resid = wan(a) - sum(v for (x, ee), v in cells.items() if ee == e)
        assert resid >= 0, e
        if resid:
            cells[("2010350", e)] = resid
    assert set(cells) == set(BASIC_PLAN_2024), set(cells) ^ set(BASIC_PLAN_2024)
    for (x, e), total in sorted(cells.items()):
        rows += expand_parts(2024, x, "BASIC", "", e, total, BASIC_PLAN_2024[(x, e)], "2024|B|%s|%s" % (x, e))
    # --- project cells
    spent = {}
    for (x, p), a in PROJECT_SPLIT_2024.items():
        if a is not None:
            spent[(x, p)] = wan(a)
    for (x, p), a in PROJECT_SPLIT_2024.items():
        if a is None:
            spent[(x, p)] = wan(EXP_2024[x][0]) - sum(v for (xx, pp), v in spent.items() if xx == x)
    for (x, p), total in spent.items():
        keys = [k for k in PROJECT_PLAN_2024 if k[0] == x and k[1] == p]
        fixed = {k: sum(wan(pt[0]) for pt in PROJECT_PLAN_2024[k] if pt[0] is not None) for k in keys}
        open_keys = [k for k in keys if any(pt[0] is None for pt in PROJECT_PLAN_2024[k])]
        assert len(open_keys) <= 1, (x, p)
        rest = total - sum(fixed.values())
        for k in keys:
            cell_total = fixed[k] + (rest if k in open_keys else 0)
            rows += expand_parts(2024, x, "PROJECT", p, k[2], cell_total, PROJECT_PLAN_2024[k], "2024|P|%s|%s|%s" % k)
        if not open_keys:
            assert rest == 0, (x, p, rest)
    # --- initial budget (appropriations, 2024-01-02)
    appr = []
    lines = dict(INITIAL_LINES_2024)
    veh = wan(VEHICLE_INITIAL_2024)
    gen_2010350 = wan(INITIAL_2024["2010350"]) - veh
    ordered = [("2010301", "BASIC", "", "", wan(lines[("2010301", "BASIC", "")])),
               ("2010350", "BASIC", "", "", gen_2010350),
               ("2010350", "BASIC", "", "30231", veh)]
    for (x, t, p), a in lines.items():
        if x != "2010301":
            ordered.append((x, t, p, "", wan(a)))
    for i, (x, t, p, e, a) in enumerate(ordered, 1):
        what = p or ("公务用车运行维护费（“三公”经费）" if e else XIANG_NAME[x])
        appr.append(row(type="APPROPRIATION", fiscalYear=2024, functionalCode=x, expenditureType=t, project=p,
                        economicCode=e, amount=a, businessDate=datetime.date(2024, 1, 2),
                        documentNo="WC-2024-APP-%03d" % i,
                        memo="2024年部门预算年初批复—%s（%s）" % (what, "基本支出" if t == "BASIC" else "项目支出")))
    # --- adjustments
    adj = []
    for i, ((m, d), x, t, p, e, a, reason) in enumerate(ADJUSTMENTS_2024, 1):
        adj.append(row(type="ADJUSTMENT", fiscalYear=2024, functionalCode=x, expenditureType=t, project=p,
                       economicCode=e, amount=wan(a), businessDate=bday(2024, m, d),
                       documentNo="WC-2024-ADJ-%03d" % i, reason=reason))
    return appr, adj, rows


def build_2023():
    appr, exps = [], []
    grand = TOTAL_2023
    fixed_total = sum(wan(a) for _, cs in LINES_2023 for a in cs.values() if a is not None)
    for i, ((x, t, p, le), cs) in enumerate(LINES_2023, 1):
        line_cells = {e: (wan(a) if a is not None else grand - fixed_total) for e, a in cs.items()}
        assert all(v > 0 for v in line_cells.values())
        what = p or ("公务用车运行维护费（“三公”经费）" if le else XIANG_NAME[x])
        appr.append(row(type="APPROPRIATION", fiscalYear=2023, functionalCode=x, expenditureType=t, project=p,
                        economicCode=le, amount=sum(line_cells.values()), businessDate=datetime.date(2023, 1, 3),
                        documentNo="WC-2023-APP-%03d" % i,
                        memo="2023年部门预算批复—%s（%s）" % (what, "基本支出" if t == "BASIC" else "项目支出")))
        for e, total in line_cells.items():
            quarters = [(3, 24), (6, 21), (9, 22), (12, 20)]
            parts = spread(total, [1, 1, 1, 1], "2023|%s|%s|%s|%s" % (x, p, le, e), jitter=150)
            for (m, d), a in zip(quarters, parts):
                exps.append(row(type="EXPENDITURE", fiscalYear=2023, functionalCode=x, expenditureType=t, project=p,
                                economicCode=e, amount=a, businessDate=bday(2023, m, d),
                                payee="武昌区机关事务服务中心（2023年度汇总支付）",
                                memo="2023年第%d季度%s—%s（汇总）" % ((m + 2) // 3, p or XIANG_NAME[x], ECON_NAME[e])))
    for i, ((m, d), x, t, p, e, a, reason) in enumerate(ADJUSTMENTS_2023, 1):
        appr.append(row(type="ADJUSTMENT", fiscalYear=2023, functionalCode=x, expenditureType=t, project=p,
                        economicCode=e, amount=wan(a), businessDate=bday(2023, m, d),
                        documentNo="WC-2023-ADJ-%03d" % i, reason=reason))
    return appr, exps


def income_rows(year, exps, prefix):
    """One INCOME row per month and 项, equal to that month's expenditure on the 项, dated the
    month's last working day (国库集中支付: fiscal income recognised as paid)."""
    by = defaultdict(int)
    for r in exps:
        by[(r["businessDate"][:7], r["functionalCode"])] += int(r["amount"])
    out = []
    for n, ((ym, x), a) in enumerate(sorted(by.items()), 1):
        m = int(ym[5:7])
        out.append(row(type="INCOME", fiscalYear=year, functionalCode=x, amount=a,
                       businessDate=month_end(year, m), documentNo="%s-%04d" % (prefix, n),
                       memo="%d年%d月一般公共预算财政拨款收入（国库集中支付）—%s" % (year, m, XIANG_NAME[x])))
    return out


TYPE_RANK = {"APPROPRIATION": 0, "ADJUSTMENT": 1, "EXPENDITURE": 2, "INCOME": 3}


def order(rows):
    """File order: by business date; on one date appropriations, adjustments, expenditures, income.
    Python's sort is stable, so rows keep their generation order within a (date, type)."""
    rows.sort(key=lambda r: (str(r["businessDate"]), TYPE_RANK[r["type"]]))
    counters = defaultdict(int)
    for r in rows:
        if r["type"] == "EXPENDITURE":
            ym = str(r["businessDate"])[:7]
            counters[ym] += 1
            r["voucherNo"] = "记-%s-%s-%04d" % (ym[:4], ym[5:7], counters[ym])
    return rows


# --------------------------------------------------------------------------- verification


def replay(rows):
    """Replay the ledger's posting rules in file order; raise on the first violation."""
    budget, spent = defaultdict(int), defaultdict(int)
    for n, r in enumerate(rows, 2):
        t, fy, d = r["type"], int(r["fiscalYear"]), r["businessDate"]
        assert d[:4] == str(fy), (n, "date outside fiscal year")
        assert r["department"] == DEPT and r["unit"] == UNIT and r["source"] == GPB, n
        assert len(r["functionalCode"]) == 7 and r["functionalCode"].isdigit(), n
        amt = int(r["amount"])
        line = (fy, r["functionalCode"], r["source"], r["expenditureType"], r["project"], r["economicCode"])
        if t in ("APPROPRIATION", "ADJUSTMENT", "EXPENDITURE"):
            assert r["expenditureType"] in ("BASIC", "PROJECT"), n
            assert bool(r["project"]) == (r["expenditureType"] == "PROJECT"), (n, "project iff PROJECT")
            assert r["economicCode"] == "" or (len(r["economicCode"]) == 5 and r["economicCode"].isdigit()), n
        if t == "APPROPRIATION":
            assert amt > 0 and r["documentNo"] and r["memo"] and not r["reason"] and not r["voucherNo"], n
            budget[line] += amt
        elif t == "ADJUSTMENT":
            assert amt != 0 and r["reason"] and r["documentNo"] and not r["voucherNo"], n
            assert budget[line] + amt >= spent[line], (n, "adjustment below spent", line)
            budget[line] += amt
        elif t == "INCOME":
            assert amt > 0 and r["documentNo"] and r["memo"], n
            assert not (r["expenditureType"] or r["project"] or r["economicCode"] or r["voucherNo"]), n
        elif t == "EXPENDITURE":
            assert amt > 0 and r["voucherNo"] and r["payee"] and r["memo"] and not r["documentNo"], n
            assert len(r["economicCode"]) == 5, n
            own = line
            plain = line[:5] + ("",)
            target = own if own in budget else plain
            assert target in budget, (n, "no budget line", line)
            assert budget[target] - spent[target] >= amt, (n, "over budget", target, budget[target], spent[target], amt)
            spent[target] += amt
        else:
            raise AssertionError((n, t))
    return budget, spent


def check(rows):
    ok = []

    def eq(label, got, want):
        assert got == want, "%s: got %s want %s" % (label, wan_str(got), wan_str(want))
        ok.append("%-62s %12s" % (label, wan_str(got)))

    budget, spent = replay(rows)
    ok.append("ledger replay: %d rows, budget control and adjustment rules hold in file order" % len(rows))

    def s(year, typ, pred=lambda r: True):
        return sum(int(r["amount"]) for r in rows if r["fiscalYear"] == str(year) and r["type"] == typ and pred(r))

    # ---- 2024 expenditure by 项 and type (公开03/05), income by 项 (公开02)
    for x, (a, t) in sorted(EXP_2024.items()):
        eq("2024 expenditure %s %s" % (x, t), s(2024, "EXPENDITURE", lambda r: r["functionalCode"] == x), wan(a))
        eq("2024 expenditure %s not %s" % (x, t),
           s(2024, "EXPENDITURE", lambda r: r["functionalCode"] == x and r["expenditureType"] != t), 0)
        eq("2024 income %s" % x, s(2024, "INCOME", lambda r: r["functionalCode"] == x), wan(a))
    for code, a in ROLLUP_2024.items():
        eq("2024 expenditure rollup %s" % code, s(2024, "EXPENDITURE", lambda r: r["functionalCode"].startswith(code)), wan(a))
    eq("2024 expenditure total", s(2024, "EXPENDITURE"), TOTAL_2024)
    eq("2024 basic expenditure", s(2024, "EXPENDITURE", lambda r: r["expenditureType"] == "BASIC"), BASIC_2024)
    eq("2024 project expenditure", s(2024, "EXPENDITURE", lambda r: r["expenditureType"] == "PROJECT"), PROJECT_2024)
    eq("2024 income total", s(2024, "INCOME"), TOTAL_2024)
    # ---- 公开06
    basic = lambda r: r["expenditureType"] == "BASIC"
    for e, a in sorted(ECON_2024.items()):
        eq("2024 basic economic %s" % e, s(2024, "EXPENDITURE", lambda r: basic(r) and r["economicCode"] == e), wan(a))
    for c, a in sorted(ECON_CLASS_2024.items()):
        eq("2024 basic economic class %s" % c, s(2024, "EXPENDITURE", lambda r: basic(r) and r["economicCode"][:3] == c), wan(a))
    eq("2024 basic personnel (301+303)",
       s(2024, "EXPENDITURE", lambda r: basic(r) and r["economicCode"][:3] in ("301", "303")), PERSONNEL_2024)
    eq("2024 basic public (302+310)",
       s(2024, "EXPENDITURE", lambda r: basic(r) and r["economicCode"][:3] in ("302", "310")), PUBLIC_2024)
    eq("2024 basic economic codes outside 公开06", s(2024, "EXPENDITURE", lambda r: basic(r) and r["economicCode"] not in ECON_2024), 0)
    # ---- budgets
    eq("2024 initial budget total", s(2024, "APPROPRIATION"), INITIAL_TOTAL_2024)
    for x in sorted(XIANG_NAME):
        eq("2024 initial budget %s" % x, s(2024, "APPROPRIATION", lambda r: r["functionalCode"] == x),
           wan(INITIAL_2024.get(x, "0")))
    full = s(2024, "APPROPRIATION") + s(2024, "ADJUSTMENT")
    eq("2024 adjustments net", s(2024, "ADJUSTMENT"), FULL_YEAR_2024 - INITIAL_TOTAL_2024)
    eq("2024 full-year budget", full, FULL_YEAR_2024)
    proj_budget_total = 0
    for p, (b, sp) in PROJECTS_2024.items():
        pb = sum(v for k, v in budget.items() if k[0] == 2024 and k[4] == p)
        proj_budget_total += pb
        eq("2024 project budget %s" % p, pb, wan(b))
        eq("2024 project spent %s" % p, s(2024, "EXPENDITURE", lambda r: r["project"] == p), wan(sp))
    eq("2024 basic full-year budget (= 4,610.61 - projects)", FULL_YEAR_2024 - proj_budget_total, BASIC_FULL_YEAR_2024)
    eq("2024 basic full-year budget (ledger lines)", sum(v for k, v in budget.items() if k[0] == 2024 and k[3] == "BASIC"),
       BASIC_FULL_YEAR_2024)
    vline = (2024, "2010350", GPB, "BASIC", "", "30231")
    eq("2024 三公 budget (line 2010350/30231)", budget[vline], THREE_PUBLIC_2024)
    eq("2024 三公 actual (30231)", s(2024, "EXPENDITURE", lambda r: r["economicCode"] == "30231"), THREE_PUBLIC_2024)
    eq("2024 三公 other codes (30212/30217/31013)",
       s(2024, "EXPENDITURE", lambda r: r["economicCode"] in ("30212", "30217", "31013")), 0)
    eq("2024 三公 budget on other codes",
       sum(v for k, v in budget.items() if k[0] == 2024 and k[5] in ("30212", "30217", "31013")), 0)
    eq("2024 项 2010350 budget incl. its 30231 line",
       sum(v for k, v in budget.items() if k[0] == 2024 and k[1] == "2010350"), wan("1,273.96") + wan("25.00") + wan("16.46") + wan("7.98"))
    # ---- 2023
    for typ in ("APPROPRIATION", "INCOME", "EXPENDITURE"):
        eq("2023 %s total" % typ.lower(), s(2023, typ), TOTAL_2023)
    eq("2023 adjustments (whole-life project budgets)", s(2023, "ADJUSTMENT"), sum(wan(a[5]) for a in ADJUSTMENTS_2023))
    for p, (b, sp) in PROJECT_WHOLE_LIFE.items():
        eq("2023-2024 budget %s (附件/十三)" % p, sum(v for k, v in budget.items() if k[4] == p), wan(b))
        eq("2023-2024 paid %s (附件/十三)" % p, sum(int(r["amount"]) for r in rows
                                                  if r["type"] == "EXPENDITURE" and r["project"] == p), wan(sp))
    eq("2023 三公 actual (30231, basic)",
       s(2023, "EXPENDITURE", lambda r: r["economicCode"] == "30231" and basic(r)), THREE_PUBLIC_2023)
    eq("2023 三公 budget (line 2010350/30231)", budget[(2023, "2010350", GPB, "BASIC", "", "30231")], THREE_PUBLIC_2023)
    for x in sorted({r["functionalCode"] for r in rows if r["fiscalYear"] == "2023"}):
        eq("2023 income = expenditure %s" % x, s(2023, "INCOME", lambda r: r["functionalCode"] == x),
           s(2023, "EXPENDITURE", lambda r: r["functionalCode"] == x))
    for p in (Y23_PROJ_OFFICE, Y23_PROJ_JW):
        assert s(2023, "EXPENDITURE", lambda r: r["project"] == p) > 0, p
    eq("2024 decrease vs 2023 (narrative: 2,022.81)", TOTAL_2023 - TOTAL_2024, wan("2,022.81"))
    eq("三公 decrease vs 2023 (narrative: 8.93)", THREE_PUBLIC_2023 - THREE_PUBLIC_2024, wan("8.93"))
    return ok


def main():
    appr24, adj24, exp24 = build_2024()
    appr23, exp23 = build_2023()
    rows23 = order(appr23 + exp23 + income_rows(2023, exp23, "WC-2023-INC"))
    rows24 = order(appr24 + adj24 + exp24 + income_rows(2024, exp24, "WC-2024-INC"))
    rows = rows23 + rows24
    for r in rows:
        r["amount"] = str(r["amount"])
        r["businessDate"] = str(r["businessDate"])
    # checks operate on integer fen in the amount field; format afterwards
    for line in check(rows):
        print(line)
    counts = defaultdict(int)
    for r in rows:
        counts[(r["fiscalYear"], r["type"])] += 1
    for k in sorted(counts):
        print("rows %s %-13s %5d" % (k[0], k[1], counts[k]))
    print("rows total %d" % len(rows))
    if "--check" in sys.argv:
        return
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=HEADER, lineterminator="\n")
        w.writeheader()
        for r in rows:
            out = dict(r)
            out["amount"] = yuan_str(int(r["amount"]))
            w.writerow(out)
    print("wrote %s" % os.path.relpath(OUT))


if __name__ == "__main__":
    main()
