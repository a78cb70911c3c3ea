#!/usr/bin/env python3
"""Writes the assessment seeds: the 2023 and 2024 schemes of the Binzhou municipal organs working committee (BZ-WC)
and component inputs of ten organizations in districts D1 and D2 for both years.

The component list follows article 002 (002_3d274b2eb4d4736e.txt): routine and key work, qualitative and quantitative,
regular and bonus factors, double review counted in by a proportion, standardization, member points, one unified
ranking. Weights, caps and thresholds are the seed's own illustrative choices, not figures from the article.
Deterministic: no randomness. Run from this folder: python3 generate.py
"""
import json
from decimal import Decimal

REFERENCE = "002_3d274b2eb4d4736e.txt"


def text(zh, en):
    return {"zhCn": zh, "english": en}


COMPONENTS = [
    ("DR", text("双述双评", "Double report, double review"), "DoubleReview", "Quantitative"),
    ("STD", text("党支部标准化建设", "Branch standardization"), "Standardization", "Quantitative"),
    ("RESP", text("责任清单落实", "Responsibility lists"), "Responsibilities", "Quantitative"),
    ("RECT", text("问题整改", "Rectification"), "Rectification", "Quantitative"),
    ("PTS", text("党员积分统计", "Member-points statistics"), "MemberPoints", "Quantitative"),
    ("ROUTINE", text("日常工作", "Routine work"), "RoutineWork", "Qualitative"),
    ("KEY", text("重点工作", "Key work"), "KeyWork", "Quantitative"),
]

WEIGHTS = {
    2023: {"DR": "0.30", "STD": "0.20", "RESP": "0.15", "RECT": "0.05", "PTS": "0.10", "ROUTINE": "0.10", "KEY": "0.10"},
    2024: {"DR": "0.25", "STD": "0.20", "RESP": "0.15", "RECT": "0.10", "PTS": "0.10", "ROUTINE": "0.05", "KEY": "0.15"},
}


def scheme(year):
    start = f"{year}-01-01"
    bonus_caps = [{"effectiveFrom": start, "value": 5}]
    if year == 2024:
        # A mid-year revision: from 1 July 2024 all bonuses together count for at most 4 points.
        bonus_caps.append({"effectiveFrom": "2024-07-01", "value": 4})
    thresholds = {2023: ("90", "80", "60"), 2024: ("92", "82", "60")}[year]
    return {
        "schemaVersion": "1.0",
        "kind": "assessment-scheme",
        "content": {
            "committeeId": "BZ-WC",
            "year": year,
            "title": text(f"滨州市直机关党建年度目标考核办法（{year}年度）", f"Binzhou municipal organs party-building annual target assessment ({year})"),
            "effectiveFrom": start,
            "reference": REFERENCE,
            "components": [
                {"id": cid, "label": label, "kind": kind, "nature": nature,
                 "weights": [{"effectiveFrom": start, "value": Decimal(WEIGHTS[year][cid])}]}
                for cid, label, kind, nature in COMPONENTS
            ],
            "qualitativeScores": [
                {"grade": "Good", "score": 95}, {"grade": "FairlyGood", "score": 85},
                {"grade": "Average", "score": 75}, {"grade": "Poor", "score": 60},
            ],
            "bonuses": [
                {"id": "AWARD", "label": text("上级表彰", "Commendation by a higher level"), "cap": 3},
                {"id": "INNOV", "label": text("经验做法被推广", "Practice promoted by a higher level"), "cap": 2},
            ],
            "bonusCaps": bonus_caps,
            "deductions": [
                {"id": "LATE", "label": text("材料报送不及时", "Late submissions"), "cap": 3},
                {"id": "INSPECT", "label": text("督导检查发现问题", "Findings of supervision"), "cap": 5},
            ],
            "deductionCaps": [{"effectiveFrom": start, "value": 10}],
            "precedenceRules": [
                {"id": "VETO-DISCIPLINE", "label": text("发生严重违纪问题", "Serious discipline violation"),
                 "kind": "Veto", "precedence": 1, "maxBand": "Average"},
                {"id": "DOWN-RECT", "label": text("整改逾期未完成", "Rectification overdue"),
                 "kind": "ForcedDowngrade", "precedence": 2, "steps": 1},
            ],
            # Strategies are dated: each entry a strategy (name and parameters) and the date from which it applies.
            "banding": [{"effectiveFrom": start, "value": {"name": "thresholds", "parameters": {
                "good": thresholds[0], "fairly-good": thresholds[1], "average": thresholds[2]}}}],
            "ranking": [{"effectiveFrom": start, "value": {"name": "standard-competition", "parameters": {
                "tie-breakers": "DR"}}}],
            "publishedScale": 2,
            # The seed's own figures throughout (the article gives none): marked illustrative (示例). No precedence
            # policy is given, so the default applies: bands from the total, then the rules; ranking by band, then total.
            "illustrative": True,
            "certification": {"years": 2, "minimumBand": "FairlyGood", "topShare": Decimal("0.3"),
                              "minimumTierCoverage": Decimal("0.8"), "requireNoVeto": True},
        },
    }


ORGS = [("BZ-001", "D1"), ("BZ-002", "D1"), ("BZ-003", "D1"), ("BZ-004", "D1"), ("BZ-005", "D1"),
        ("BZ-021", "D2"), ("BZ-022", "D2"), ("BZ-023", "D2"), ("BZ-024", "D2"), ("BZ-025", "D2")]

# Per organization: DR, STD, RESP, RECT, PTS, ROUTINE grade, KEY.
SCORES = {
    2023: {
        "BZ-001": ("94", "96", "92", "95", "93", "Good", "95"),
        "BZ-002": ("88", "90", "87", "90", "86", "FairlyGood", "89"),
        "BZ-003": ("93", "94", "95", "96", "92", "Good", "94"),
        "BZ-004": ("80", "82", "79", "85", "81", "Average", "80"),
        "BZ-005": ("85", "84", "86", "88", "83", "FairlyGood", "85"),
        "BZ-021": ("90", "88", "91", "92", "89", "Good", "90"),
        "BZ-022": ("76", "78", "75", "80", "77", "Average", "74"),
        "BZ-023": ("86", "87", "85", "86", "85", "FairlyGood", "86"),
        "BZ-024": ("82", "80", "83", "84", "82", "FairlyGood", "81"),
        "BZ-025": ("70", "72", "68", "75", "71", "Poor", "69"),
    },
    2024: {
        "BZ-001": ("95.2", "96", "93", "94", "92", "Good", "96"),
        "BZ-002": ("89", "91", "88", "90", "87", "FairlyGood", "90"),
        "BZ-003": ("93", "95", "94", "95", "93", "Good", "95"),
        "BZ-004": ("81", "83", "80", "84", "82", "Average", "81"),
        "BZ-005": ("91", "88.5", "88", "90", "87", "FairlyGood", "90"),
        "BZ-021": ("91", "89", "92", "93", "90", "Good", "91"),
        "BZ-022": ("77", "79", "76", "70", "78", "Average", "75"),
        "BZ-023": ("87", "88", "86", "87", "86", "FairlyGood", "87"),
        "BZ-024": ("84", "82", "85", "86", "84", "FairlyGood", "83"),
        "BZ-025": ("72", "74", "70", "76", "73", "Poor", "71"),
    },
}

# (organization, component) -> extra fields of the input.
EXTRAS = {
    2023: {
        ("BZ-001", "KEY"): {"bonuses": [{"factor": "AWARD", "points": 2, "reason": "省级先进基层党组织"}]},
        ("BZ-003", "KEY"): {"bonuses": [{"factor": "INNOV", "points": 1, "reason": "标准化经验在全市推广"}]},
        ("BZ-025", "RESP"): {"deductions": [{"factor": "LATE", "points": 1, "reason": "述职材料逾期报送"}]},
    },
    2024: {
        ("BZ-001", "DR"): {"explanation": {
            "label": text("双述双评得分", "Double review score"), "value": Decimal("95.2"), "combination": "Sum", "strategy": "sum",
            "key": "DR/BZ-001", "children": [
                {"label": text("党员民主测评（40%）", "Members' democratic evaluation (40%)"), "value": Decimal("38.4"), "combination": "Given"},
                {"label": text("党组织定量互评（30%）", "Mutual rating of organizations (30%)"), "value": Decimal("28.2"), "combination": "Given"},
                {"label": text("工委成员量化测评（30%）", "Committee members' rating (30%)"), "value": Decimal("28.6"), "combination": "Given"},
            ]}},
        ("BZ-001", "KEY"): {"bonuses": [
            {"factor": "AWARD", "points": 2, "reason": "省级先进基层党组织"},
            {"factor": "AWARD", "points": 2, "reason": "市级党建品牌"},
            {"factor": "INNOV", "points": 2, "reason": "积分制经验在全省推广"}]},
        ("BZ-003", "RESP"): {"vetoes": [{"rule": "VETO-DISCIPLINE", "reason": "机关干部严重违纪被立案审查"}]},
        ("BZ-021", "STD"): {"deductions": [{"factor": "INSPECT", "points": 1.5, "reason": "支部档案不规范"}]},
        ("BZ-022", "RECT"): {"vetoes": [{"rule": "DOWN-RECT", "reason": "巡察反馈问题整改逾期"}]},
        ("BZ-025", "RESP"): {"deductions": [
            {"factor": "LATE", "points": 2, "reason": "述职材料逾期报送"},
            {"factor": "LATE", "points": 2, "reason": "半年总结逾期报送"}]},
    },
}


def data(year):
    inputs = []
    for org, _ in ORGS:
        for index, (cid, _, _, nature) in enumerate(COMPONENTS):
            value = SCORES[year][org][index]
            item = {"organization": org, "component": cid}
            if nature == "Qualitative":
                item["grade"] = value
            else:
                item["score"] = Decimal(value)
            item.update(EXTRAS[year].get((org, cid), {}))
            inputs.append(item)
    return {
        "schemaVersion": "1.0",
        "kind": "assessment-data-set",
        "content": {
            "committeeId": "BZ-WC",
            "year": year,
            "organizations": [{"id": org, "district": district} for org, district in ORGS],
            "inputs": inputs,
        },
    }


class DecimalEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Decimal):
            return int(o) if o == o.to_integral_value() else float(o)
        return super().default(o)


def write(name, document):
    with open(name, "w", encoding="utf-8") as f:
        json.dump(document, f, ensure_ascii=False, indent=2, cls=DecimalEncoder)
        f.write("\n")


for y in (2023, 2024):
    write(f"scheme-{y}.json", scheme(y))
    write(f"committee-{y}.json", data(y))
