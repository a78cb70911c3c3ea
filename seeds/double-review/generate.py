#!/usr/bin/env python3
"""Generates the double-review seed documents (双述双评) in this folder.

Shape of article 002 (002_3d274b2eb4d4736e.txt): the Binzhou municipal organs working committee (BZ-WC) reviews
97 party organizations (BZ-001..BZ-097) in 5 responsibility districts (D1..D5). Round one: every organization reports
to its members, who grade it; the district's supervision group collects the ballots. Round two: committee leaders
comment and rate, organizations of the same district rate each other, committee members rate.
The branch variant: organ committee BZ-001 reviews its branches in the second half of 2017 with report, review,
inspection and visits (述、评、查、访).

All figures (weights, quorum, proportion, ratings) are the seed's own choice: the article gives none, so both schemes are
marked illustrative (示例, "isIllustrative": true) and every explanation node that uses one of their figures shows the mark.
The annual data set's electorates are the registry's (../organizations/binzhou-snapshot.json): the full members of each
organization on the review date who joined at least a year before it (a probationary member has no vote, 党章 第七条);
committee leaders and members are the working committee's people in the registry. The branch variant's branches and
electorates are the seed's own (BZ-001 has three branches in the registry, the variant four).
Deterministic: a fixed random seed; run `python3 generate.py` to rewrite the JSON files identically.
"""
import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
AS_OF = "2017-12-29"
rng = random.Random(20171228)

GRADES = ["Good", "FairlyGood", "Average", "Poor"]
COMMENTS = [
    "书记抓党建责任落实到位，组织生活规范",
    "党建与业务融合较好，需加强理论学习的针对性",
    "基层组织建设扎实，台账资料还需进一步规范",
    "作风建设成效明显，党员教育管理有新举措",
    "标准化建设推进有力，特色品牌尚需提炼",
    "积分制管理落实较好，群众评议环节要更充分",
]


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


def write(name, document):
    text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    (HERE / name).write_text(text, encoding="utf-8")


def grade_scale():
    return {"kind": "Grades", "gradeScores": [
        {"grade": "Good", "score": 100}, {"grade": "FairlyGood", "score": 85},
        {"grade": "Average", "score": 70}, {"grade": "Poor", "score": 50}]}


def points_scale():
    return {"kind": "Points", "minimumPoints": 0, "maximumPoints": 100}


BANDS = [
    {"grade": "Good", "minimumScore": 90}, {"grade": "FairlyGood", "minimumScore": 80},
    {"grade": "Average", "minimumScore": 60}, {"grade": "Poor", "minimumScore": 0}]


def pick_grade(quality):
    # quality in [0, 1]: the higher, the more 好.
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


def registry_view(as_of=AS_OF):
    """The registry as the review of as_of sees it: voters by organization (full members of the organization's branches and
    party group who joined at least a year before as_of, 党章 第七条), and the working committee's leaders and members."""
    snapshot = json.loads((HERE / "../organizations/binzhou-snapshot.json").read_text(encoding="utf-8"))["content"]
    kinds = {o["id"]: o["kind"] for o in snapshot["organizations"]}
    parents = {o["id"]: o.get("parentId") for o in snapshot["organizations"]}
    cutoff = f"{int(as_of[:4]) - 1}{as_of[4:]}"
    voters = {}
    for m in snapshot["members"]:
        branch = parents[m["branchId"]] if kinds[m["branchId"]] == "PartyGroup" else m["branchId"]
        if m["status"] == "Full" and m["joinedOn"] <= cutoff and m["fullSince"] <= as_of:
            voters.setdefault(parents[branch], []).append(m["id"])
    roles = [r for r in snapshot["roles"] if r["organizationId"] == "BZ-WC"]
    leaders = sorted(r["memberId"] for r in roles if r["role"] in ("Secretary", "DeputySecretary", "LeadingGroupMember"))
    committee = sorted(m["id"] for m in snapshot["members"]
                       if m["branchId"] == "BZ-WC-B01" and m["id"] not in leaders and m["status"] == "Full")
    secretaries = {r["organizationId"]: r["memberId"] for r in snapshot["roles"]
                   if r["role"] == "Secretary" and r["since"] <= as_of}
    names = {m["id"]: m["name"] for m in snapshot["members"]}
    return {"voters": {k: sorted(v) for k, v in voters.items()}, "leaders": leaders, "committee": committee,
            "secretaries": secretaries, "names": names}


def annual():
    scheme = {
        "name": "bz-wc-2017",
        "effectiveFrom": "2017-01-01",
        "cadence": "Annual",
        "groups": [
            {"group": "Members", "weight": 0.4, "scale": grade_scale(),
             "aggregation": {"name": "trimmed-mean", "parameters": {"share": "0.1"}}, "quorum": 0.8},
            {"group": "CommitteeLeaders", "weight": 0.2, "scale": points_scale(),
             "aggregation": {"name": "weighted-mean"}},
            {"group": "PeerOrganizations", "weight": 0.2, "scale": points_scale(),
             "aggregation": {"name": "trimmed-mean", "parameters": {"count": "1"}}, "quorum": 0.5},
            {"group": "CommitteeMembers", "weight": 0.2, "scale": points_scale(),
             "aggregation": {"name": "median"}},
        ],
        "combination": {"name": "weighted-mean"},
        "gradeBands": BANDS,
        "annualProportion": 0.2,
        "peerScope": "SameDistrict",
        "roundingScale": 2,
        "isIllustrative": True,
    }
    write("scheme-bz-wc-2017.json", envelope("double-review-scheme", scheme))

    registry = registry_view()
    leaders, committee = registry["leaders"], registry["committee"]
    organizations, ballots = [], []
    quality = {n: rng.random() for n in range(1, 98)}
    for n in range(1, 98):
        org = f"BZ-{n:03d}"
        electorate = registry["voters"][org]
        size = len(electorate)
        organizations.append({"id": org, "electorate": electorate, "district": district(n)})
        if n == 97:
            cast = int(size * 0.7)            # below the 80% quorum: round one invalid
        elif n == 50:
            cast = size - size // 5            # at or just above the quorum
        else:
            cast = rng.randint(-(-size * 85 // 100), size)   # at least 85% of the electorate: above the quorum
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
    data = {"committee": "BZ-WC", "year": 2017, "organizations": organizations, "ballots": ballots,
            "committeeLeaders": leaders, "committeeMembers": committee}
    write("data-set-bz-wc-2017.json", envelope("double-review-data-set", data))


def branch_variant():
    global rng
    rng = random.Random(20171230)  # its own stream, so that the annual data set does not move it
    scheme = {
        "name": "bz-001-branches-2017",
        "effectiveFrom": "2017-01-01",
        "cadence": "HalfYearly",
        "groups": [
            {"group": "Members", "weight": 0.5, "scale": grade_scale(),
             "aggregation": {"name": "trimmed-mean", "parameters": {"count": "1"}}, "quorum": 0.8},
        ],
        "components": [{"component": "Inspection", "weight": 0.3}, {"component": "Visit", "weight": 0.2}],
        "combination": {"name": "weighted-mean"},
        "gradeBands": BANDS,
        "annualProportion": 0.1,
        "isIllustrative": True,
    }
    write("scheme-bz-001-branches-2017.json", envelope("double-review-scheme", scheme))
    organizations, ballots, components = [], [], []
    for b in range(1, 5):
        branch = f"BZ-001-B{b:02d}"
        electorate = [f"{branch}-M{i:03d}" for i in range(1, rng.randint(8, 14))]
        organizations.append({"id": branch, "electorate": electorate})
        q = rng.random()
        for member in electorate[: len(electorate) - rng.randint(0, 1)]:
            ballots.append({"group": "Members", "subject": branch, "rater": member, "grade": pick_grade(q)})
        components.append({"organization": branch, "component": "Inspection", "score": points(q, 5),
                           "note": "查阅三会一课记录和党费收缴台账"})
        components.append({"organization": branch, "component": "Visit", "score": points(q, 5),
                           "note": "走访党员和服务对象"})
    data = {"committee": "BZ-001", "year": 2017, "half": "Second", "organizations": organizations,
            "ballots": ballots, "componentScores": components}
    write("data-set-bz-001-branches-2017-h2.json", envelope("double-review-data-set", data))


SECRETARY_COMMENTS = [
    "履行第一责任人职责到位，带头讲党课，示范作用明显",
    "重视机关党建，研究部署及时，督促检查还需加强",
    "党建与业务一起谋划一起部署，考核结果运用不够",
    "抓班子带队伍有力，对支部工作指导需更具体",
]


SECRETARY_QUALITY = [0.8, 0.2, 0.0, 0.6, 0.1, 0.5]  # the seed's own: how well each secretary is rated, 0 to 1


def secretaries():
    """The secretaries' report-and-review (书记述职评议) of 2018, article 001's shape: at year end the secretaries report on
    how they performed the principal responsibility for organ party building and are reviewed. The registry has no
    departments' party groups (党组), so the secretaries are those of the organ party committees BZ-001..BZ-006 (roles
    since 2018-01-01). Who rates and how is the seed's own choice (示例): members grade their secretary (the secretary
    does not rate herself), committee leaders comment and rate, committee members rate. BZ-006's members fall below the
    quorum."""
    global rng
    rng = random.Random(20181228)  # its own stream, so that the other data sets do not move it
    as_of = "2019-01-15"
    scheme = {
        "name": "bz-wc-secretaries-2018",
        "effectiveFrom": "2018-01-01",
        "cadence": "Annual",
        "groups": [
            {"group": "Members", "weight": 0.5, "scale": grade_scale(),
             "aggregation": {"name": "trimmed-mean", "parameters": {"count": "1"}}, "quorum": 0.8},
            {"group": "CommitteeLeaders", "weight": 0.3, "scale": points_scale(),
             "aggregation": {"name": "weighted-mean"}},
            {"group": "CommitteeMembers", "weight": 0.2, "scale": points_scale(),
             "aggregation": {"name": "median"}},
        ],
        "combination": {"name": "weighted-mean"},
        "gradeBands": BANDS,
        "annualProportion": 0.1,
        "isIllustrative": True,
    }
    write("scheme-bz-wc-secretaries-2018.json", envelope("double-review-scheme", scheme))
    registry = registry_view(as_of)
    leaders, committee = registry["leaders"], registry["committee"]
    organizations, ballots = [], []
    for n in range(1, 7):
        org = f"BZ-{n:03d}"
        secretary = registry["secretaries"][org]
        electorate = registry["voters"][org]
        raters = [m for m in electorate if m != secretary]
        organizations.append({"id": org, "electorate": electorate,
                              "person": {"member": secretary, "name": registry["names"][secretary]}})
        q = SECRETARY_QUALITY[n - 1]
        cast = int(len(raters) * 0.7) if n == 6 else rng.randint(-(-len(raters) * 85 // 100), len(raters))
        for member in sorted(rng.sample(raters, cast)):
            ballots.append({"group": "Members", "subject": org, "rater": member, "grade": pick_grade(q)})
        for leader in leaders:
            ballots.append({"group": "CommitteeLeaders", "subject": org, "rater": leader,
                            "points": points(q, 4), "comment": rng.choice(SECRETARY_COMMENTS)})
        for member in committee:
            ballots.append({"group": "CommitteeMembers", "subject": org, "rater": member, "points": points(q, 5)})
    data = {"committee": "BZ-WC", "year": 2018, "organizations": organizations, "ballots": ballots,
            "committeeLeaders": leaders, "committeeMembers": committee}
    write("data-set-bz-wc-secretaries-2018.json", envelope("double-review-data-set", data))


if __name__ == "__main__":
    annual()
    branch_variant()
    secretaries()
