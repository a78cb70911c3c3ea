#!/usr/bin/env python3
"""Generates the evaluation seed documents (one coherent year for the annual evaluation) in this folder.

Shape of article 002 (002_3d274b2eb4d4736e.txt): the Binzhou municipal organs working committee (BZ-WC) assesses
97 department-level party organizations (BZ-001..BZ-097) in 5 responsibility districts (D1..D5) for 2018, evaluated
on 2019-01-15 against the organization snapshot of 2019-01-01 (seeds/organizations).

- double-review-data-set-2018.json: the 2018 double review under the existing scheme
  ../double-review/scheme-bz-wc-2017.json (same logic as ../double-review/generate.py, year 2018, its own random
  seed); BZ-097's members' round misses the 80% quorum, so BZ-097 has no double-review score.
- scheme-2018.json: the 2018 assessment scheme whose components are what the data of 2018 provide for every
  organization: double review (DR), routine work (ROUTINE, qualitative) and key work (KEY).
- given-inputs-2018.json: routine-work grades and key-work scores with bonus, deduction and veto entries, as the
  committee records them directly.
- binzhou-2018.json: the evaluation manifest.

All figures are the seed's own choice: the article gives none. Deterministic (fixed random seed):
`python3 generate.py` rewrites the JSON files identically.
"""
import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
YEAR = 2018
rng = random.Random(20181228)


def district(n):
    if n <= 20:
        return "D1"
    if n <= 40:
        return "D2"
    if n <= 59:
        return "D3"
    if n <= 78:
        return "D4"
    return "D5"


def envelope(kind, content):
    return {"schemaVersion": "1.0", "kind": kind, "content": content}


def write(name, document, indent=None):
    text = json.dumps(document, ensure_ascii=False, indent=indent, separators=None if indent else (",", ":")) + "\n"
    (HERE / name).write_text(text, encoding="utf-8")


COMMENTS = [
    "书记抓党建责任落实到位，组织生活规范",
    "党建与业务融合较好，需加强理论学习的针对性",
    "基层组织建设扎实，台账资料还需进一步规范",
    "作风建设成效明显，党员教育管理有新举措",
    "标准化建设推进有力，特色品牌尚需提炼",
    "积分制管理落实较好，群众评议环节要更充分",
]


def pick_grade(quality):
    r = rng.random()
    if r < 0.35 + 0.55 * quality:
        return "Good"
    if r < 0.80 + 0.15 * quality:
        return "FairlyGood"
    if r < 0.97:
        return "Average"
    return "Poor"


def points(quality, spread=6):
    return max(60, min(100, round(78 + 18 * quality + rng.uniform(-spread, spread))))


def double_review(quality):
    leaders = [f"BZ-WC-L{i:02d}" for i in range(1, 4)]
    committee = [f"BZ-WC-M{i:02d}" for i in range(1, 8)]
    organizations, ballots = [], []
    for n in range(1, 98):
        org = f"BZ-{n:03d}"
        branches = rng.randint(1, 3)
        size = rng.randint(12, 32)
        electorate = [f"{org}-B{1 + (i % branches):02d}-M{i + 1:03d}" for i in range(size)]
        organizations.append({"id": org, "electorate": electorate, "district": district(n)})
        if n == 97:
            cast = int(size * 0.7)            # below the 80% quorum: round one invalid
        else:
            cast = max(10, min(30, rng.randint(int(size * 0.85) + 1, size)))
        cast = min(cast, size)
        for member in sorted(rng.sample(electorate, cast)):
            ballots.append({"group": "Members", "subject": org, "rater": member,
                            "grade": pick_grade(quality[n]), "collectedBy": district(n)})
        for leader in leaders:
            ballots.append({"group": "CommitteeLeaders", "subject": org, "rater": leader,
                            "points": points(quality[n], 4), "comment": rng.choice(COMMENTS)})
        for peer in range(1, 98):
            if peer != n and district(peer) == district(n):
                ballots.append({"group": "PeerOrganizations", "subject": org, "raterOrganization": f"BZ-{peer:03d}",
                                "points": points(quality[n], 8)})
        for member in committee:
            ballots.append({"group": "CommitteeMembers", "subject": org, "rater": member,
                            "points": points(quality[n], 5)})
    data = {"committee": "BZ-WC", "year": YEAR, "organizations": organizations, "ballots": ballots,
            "committeeLeaders": leaders, "committeeMembers": committee}
    write("double-review-data-set-2018.json", envelope("double-review-data-set", data))


def text(zh, en):
    return {"zhCn": zh, "english": en}


def scheme():
    start = f"{YEAR}-01-01"
    content = {
        "committeeId": "BZ-WC", "year": YEAR,
        "title": text("滨州市直机关党建年度目标考核办法（2018年度）", "Binzhou municipal organs party-building annual target assessment (2018)"),
        "effectiveFrom": start, "reference": "002_3d274b2eb4d4736e.txt",
        "components": [
            {"id": "DR", "label": text("双述双评", "Double report, double review"), "kind": "DoubleReview",
             "nature": "Quantitative", "weights": [{"effectiveFrom": start, "value": 0.5}]},
            {"id": "ROUTINE", "label": text("日常工作", "Routine work"), "kind": "RoutineWork",
             "nature": "Qualitative", "weights": [{"effectiveFrom": start, "value": 0.2}]},
            {"id": "KEY", "label": text("重点工作", "Key work"), "kind": "KeyWork",
             "nature": "Quantitative", "weights": [{"effectiveFrom": start, "value": 0.3}]},
        ],
        "qualitativeScores": [{"grade": "Good", "score": 95}, {"grade": "FairlyGood", "score": 85},
                              {"grade": "Average", "score": 75}, {"grade": "Poor", "score": 60}],
        "bonuses": [{"id": "AWARD", "label": text("上级表彰", "Commendation by a higher level"), "cap": 3},
                    {"id": "INNOV", "label": text("经验做法被推广", "Practice promoted by a higher level"), "cap": 2}],
        "bonusCaps": [{"effectiveFrom": start, "value": 5}],
        "deductions": [{"id": "LATE", "label": text("材料报送不及时", "Late submissions"), "cap": 3},
                       {"id": "INSPECT", "label": text("督导检查发现问题", "Findings of supervision"), "cap": 5}],
        "deductionCaps": [{"effectiveFrom": start, "value": 10}],
        "precedenceRules": [
            {"id": "VETO-DISCIPLINE", "label": text("发生严重违纪问题", "Serious discipline violation"), "kind": "Veto",
             "precedence": 1, "maxBand": "Average"}],
        "banding": {"name": "quota", "parameters": [
            {"name": "good-share", "value": "0.2", "effectiveFrom": start},
            {"name": "fairly-good-share", "value": "0.5", "effectiveFrom": start},
            {"name": "poor-below", "value": "60", "effectiveFrom": start}]},
        "ranking": {"name": "standard-competition", "parameters": [
            {"name": "tie-breakers", "value": "DR,KEY", "effectiveFrom": start},
            {"name": "vetoed-last", "value": "true", "effectiveFrom": start}]},
        "publishedScale": 2,
    }
    write("scheme-2018.json", envelope("assessment-scheme", content), indent=2)


def given(quality):
    organizations, inputs = [], []
    for n in range(1, 98):
        org = f"BZ-{n:03d}"
        organizations.append({"id": org, "district": district(n)})
        q = quality[n]
        r = rng.random()
        grade = "Good" if r < 0.3 + 0.5 * q else "FairlyGood" if r < 0.85 else "Average" if r < 0.98 else "Poor"
        inputs.append({"organization": org, "component": "ROUTINE", "grade": grade})
        key = {"organization": org, "component": "KEY", "score": round(70 + 25 * q + rng.uniform(-3, 3), 1)}
        if n % 11 == 0:
            key["bonuses"] = [{"factor": "AWARD", "points": 2, "reason": "市级党建品牌"}]
        if n % 17 == 0:
            key["bonuses"] = key.get("bonuses", []) + [{"factor": "INNOV", "points": 1.5, "reason": "经验做法在全市推广"}]
        if n % 13 == 0:
            key["deductions"] = [{"factor": "LATE", "points": 1, "reason": "年度总结报送逾期"}]
        if n == 44:
            key["vetoes"] = [{"rule": "VETO-DISCIPLINE", "reason": "班子成员严重违纪"}]
        inputs.append(key)
    write("given-inputs-2018.json", envelope("assessment-data-set",
          {"committeeId": "BZ-WC", "year": YEAR, "organizations": organizations, "inputs": inputs}), indent=1)


def manifest():
    content = {
        "committee": "BZ-WC", "year": YEAR, "asOf": "2019-01-15",
        "incomplete": "Exclude",
        "documents": {
            "organizationSnapshot": "../organizations/binzhou-snapshot.json",
            "organizationEvents": "../organizations/binzhou-reform-2019.json",
            "assessmentScheme": "scheme-2018.json",
            "givenInputs": "given-inputs-2018.json",
            "doubleReviewScheme": "../double-review/scheme-bz-wc-2017.json",
            "doubleReviewData": "double-review-data-set-2018.json",
        },
        "components": {"doubleReview": "DR"},
    }
    write("binzhou-2018.json", envelope("evaluation-manifest", content), indent=2)


if __name__ == "__main__":
    quality = {n: rng.random() for n in range(1, 98)}
    double_review(quality)
    scheme()
    given(quality)
    manifest()
