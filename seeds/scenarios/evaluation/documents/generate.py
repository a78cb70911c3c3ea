#!/usr/bin/env python3
"""Writes the documents of a small illustrative committee (示例) for the `evaluation` scenarios.

SC-WC (示例市直机关工委) has its own branch and two departments, SC-001 and SC-002, each with one branch of four full
members; SC-001's branch also has a probationary member (admitted 2018-06-01: no vote, 党章 第七条). Two areas feed the
assessment: double review (DR, weight 0.5) and member points (PTS, weight 0.5). Every figure here is the scenario's own
(示例): names, dates, weights, ballots, points. Run from this directory: python3 generate.py
"""
import json

YEAR = 2018
COMMITTEE = "SC-WC"


def text(zh, en):
    return {"zhCn": zh, "english": en}


def write(name, kind, content):
    with open(name, "w", encoding="utf-8", newline="\n") as f:
        json.dump({"schemaVersion": "1.0", "kind": kind, "content": content}, f, ensure_ascii=False, indent=2)
        f.write("\n")


def members(branch, count, joined="2005-07-01"):
    return [{"id": f"{branch}-M{i:03d}", "name": f"{branch}党员{i}", "branchId": branch, "status": "Full",
             "joinedOn": joined, "fullSince": "2006-07-01"} for i in range(1, count + 1)]


def snapshot():
    organizations = [
        {"id": COMMITTEE, "kind": "WorkingCommittee", "name": "示例市直机关工委", "establishedOn": "2010-01-01",
         "hasCommittee": True, "organStaffCount": 20},
        {"id": f"{COMMITTEE}-B01", "kind": "Branch", "name": "示例工委机关党支部", "parentId": COMMITTEE,
         "establishedOn": "2010-01-01", "lastElectedOn": "2017-12-15", "hasCommittee": False},
    ]
    people = members(f"{COMMITTEE}-B01", 4)
    for n in (1, 2):
        org = f"SC-00{n}"
        organizations += [
            {"id": org, "kind": "OrganPartyCommittee", "name": f"示例单位00{n}机关党委", "parentId": COMMITTEE,
             "districtId": "D1", "establishedOn": "2012-03-01", "lastElectedOn": "2016-06-20", "hasCommittee": True,
             "organStaffCount": 40},
            {"id": f"{org}-B01", "kind": "Branch", "name": f"示例单位00{n}第1党支部", "parentId": org,
             "establishedOn": "2012-03-01", "lastElectedOn": "2017-03-15", "hasCommittee": False},
        ]
        people += members(f"{org}-B01", 4)
    people.append({"id": "SC-001-B01-M005", "name": "SC-001-B01预备党员", "branchId": "SC-001-B01",
                   "status": "Probationary", "joinedOn": "2018-06-01"})
    write("snapshot.json", "organization-snapshot", {
        "asOf": "2019-01-01",
        "organizations": organizations,
        "members": people,
        "roles": [],
        "districts": [{"id": "D1", "name": "示例责任区", "committeeId": COMMITTEE, "leaderId": f"{COMMITTEE}-B01-M001",
                       "supervisionGroup": [f"{COMMITTEE}-B01-M003", f"{COMMITTEE}-B01-M004"]}],
    })


def assessment_scheme():
    def component(cid, zh, en, kind, weight):
        return {"id": cid, "label": text(zh, en), "kind": kind, "nature": "Quantitative",
                "weights": [{"effectiveFrom": f"{YEAR}-01-01", "value": weight}]}

    write("assessment-scheme.json", "assessment-scheme", {
        "committeeId": COMMITTEE,
        "year": YEAR,
        "title": text("示例市直机关党建年度考核办法", "Sample municipal organs party-building annual assessment"),
        "effectiveFrom": f"{YEAR}-01-01",
        "components": [component("DR", "双述双评", "Double report, double review", "DoubleReview", 0.5),
                       component("PTS", "党员积分管理", "Member points", "MemberPoints", 0.5)],
        "qualitativeScores": [{"grade": g, "score": s} for g, s in (("Good", 95), ("FairlyGood", 85), ("Average", 75), ("Poor", 60))],
        "bonuses": [], "bonusCaps": [{"effectiveFrom": f"{YEAR}-01-01", "value": 5}],
        "deductions": [], "deductionCaps": [{"effectiveFrom": f"{YEAR}-01-01", "value": 10}],
        "precedenceRules": [],
        "banding": [{"effectiveFrom": f"{YEAR}-01-01", "value": {"name": "thresholds", "parameters": {"good": "90", "fairly-good": "80", "average": "60"}}}],
        "ranking": [{"effectiveFrom": f"{YEAR}-01-01", "value": {"name": "standard-competition"}}],
        "precedence": {"order": "BandThenTotal"},
        "publishedScale": 2,
        "illustrative": True,
    })


def double_review_scheme():
    grades = [{"grade": g, "score": s} for g, s in (("Good", 100), ("FairlyGood", 85), ("Average", 70), ("Poor", 50))]
    write("double-review-scheme.json", "double-review-scheme", {
        "name": "sc-wc-2018",
        "effectiveFrom": f"{YEAR}-01-01",
        "cadence": "Annual",
        "groups": [
            {"group": "Members", "weight": 0.5, "scale": {"kind": "Grades", "gradeScores": grades},
             "aggregation": {"name": "weighted-mean"}, "quorum": 0.8},
            {"group": "CommitteeLeaders", "weight": 0.5, "scale": {"kind": "Points", "minimumPoints": 0, "maximumPoints": 100},
             "aggregation": {"name": "weighted-mean"}},
        ],
        "combination": {"name": "weighted-mean"},
        "gradeBands": [{"grade": g, "minimumScore": s} for g, s in (("Good", 90), ("FairlyGood", 80), ("Average", 60), ("Poor", 0))],
        "annualProportion": 0.5,
        "peerScope": "SameDistrict",
        "roundingScale": 2,
        "isIllustrative": True,
    })


def double_review_data():
    electorates = {org: [f"{org}-B01-M{i:03d}" for i in range(1, 5)] for org in ("SC-001", "SC-002")}
    grades = {"SC-001": ["Good", "Good", "Good", "FairlyGood"], "SC-002": ["Good", "FairlyGood", "FairlyGood", "Average"]}
    points = {"SC-001": [95, 93], "SC-002": [88, 86]}
    ballots = []
    for org, electorate in electorates.items():
        ballots += [{"group": "Members", "subject": org, "rater": m, "grade": g, "collectedBy": "D1"}
                    for m, g in zip(electorate, grades[org])]
        ballots += [{"group": "CommitteeLeaders", "subject": org, "rater": f"{COMMITTEE}-B01-M00{i}", "points": p,
                     "comment": "述职报告重点突出，整改措施具体（示例点评）"}
                    for i, p in zip((1, 2), points[org])]
    write("double-review-data.json", "double-review-data-set", {
        "committee": COMMITTEE,
        "year": YEAR,
        "organizations": [{"id": org, "electorate": e, "district": "D1"} for org, e in electorates.items()],
        "ballots": ballots,
        "committeeLeaders": [f"{COMMITTEE}-B01-M001", f"{COMMITTEE}-B01-M002"],
        "committeeMembers": [f"{COMMITTEE}-B01-M003", f"{COMMITTEE}-B01-M004"],
    })


def member_points_scheme():
    write("member-points-scheme.json", "member-points-scheme", {
        "name": text("示例党员积分制管理方案（示例）", "Sample member-points scheme (illustrative)"),
        "year": YEAR,
        "standards": [{"id": "P01", "group": "FourSpeaksFourHaves", "dimension": text("讲政治、有信念", "Speak politics, have faith"),
                       "text": text("参加组织生活，每次（示例）", "Attends organizational life, per occasion (illustrative)"),
                       "kind": "Base", "points": 5, "evidence": text("签到记录", "Attendance sheet"), "monthlyCap": 20,
                       "illustrative": True}],
        "massReview": {"name": "rating-table", "parameters": {"average": "0", "fairly-good": "3", "good": "5", "poor": "-5"}},
        "grading": {"name": "absolute-thresholds", "parameters": {"excellent": "200", "qualified": "150", "basically-qualified": "100"}},
        "participationWeight": 0.5,
        "hardConditions": [],
        "declarationDeadlineDay": 5,
        "latePolicy": "Refuse",
        "gradeProbationaryMembers": False,
        "minimumMonthsForGrading": 3,
        "isIllustrative": True,
    })


def member_points_data():
    branches = [{"branchId": f"{org}-B01", "parentId": org} for org in ("SC-001", "SC-002")]
    roster, declarations, audits = [], [], []
    quantity = {"SC-001": 4, "SC-002": 3}
    for org in ("SC-001", "SC-002"):
        for i in range(1, 5):
            mid = f"{org}-B01-M{i:03d}"
            roster.append({"memberId": mid, "joinedOn": "2005-07-01", "assignments": [{"branchId": f"{org}-B01", "from": "2017-01-01"}]})
            for month in range(1, 13):
                did = f"D{len(declarations) + 1:04d}"
                submitted = f"{YEAR}-{month + 1:02d}-01" if month < 12 else f"{YEAR + 1}-01-01"
                declarations.append({"id": did, "memberId": mid, "standardId": "P01", "month": f"{YEAR}-{month:02d}",
                                     "occurredOn": f"{YEAR}-{month:02d}-15", "submittedOn": submitted, "quantity": quantity[org]})
                audits.append({"declarationId": did, "auditedOn": submitted[:8] + "03", "decision": "Approve"})
    roster.append({"memberId": "SC-001-B01-M005", "joinedOn": "2018-06-01", "probationEndsOn": "2019-06-01",
                   "assignments": [{"branchId": "SC-001-B01", "from": "2018-06-01"}]})
    write("member-points-data.json", "member-points-data-set", {
        "year": YEAR, "committeeId": COMMITTEE, "branches": branches, "roster": roster,
        "declarations": declarations, "audits": audits, "massReviews": [],
    })


def manifest(name="manifest.json", events=None):
    documents = {"organizationSnapshot": "snapshot.json"}
    if events:
        documents["organizationEvents"] = events
    documents.update({
        "assessmentScheme": "assessment-scheme.json",
        "doubleReviewScheme": "double-review-scheme.json",
        "doubleReviewData": "double-review-data.json",
        "memberPointsScheme": "member-points-scheme.json",
        "memberPointsData": "member-points-data.json",
    })
    write(name, "evaluation-manifest", {
        "committee": COMMITTEE,
        "year": YEAR,
        "asOf": f"{YEAR + 1}-01-15",
        "incomplete": "Fail",
        "documents": documents,
        "components": {"doubleReview": "DR", "memberPoints": "PTS"},
    })


def standing_log():
    # SC-001-B01-M004 is placed on probation within the party (留党察看) for a year from 2019-01-10: on the evaluation
    # date (2019-01-15) the member has no right to vote, elect or be elected (党章 第七章; the article number is not
    # verified). The date and the period are the scenario's own (示例). manifest-standing.json is manifest.json with it.
    write("standing-log.json", "organization-event-log", {
        "events": [{"date": f"{YEAR + 1}-01-10", "kind": "PartyProbationImposed", "memberId": "SC-001-B01-M004", "months": 12,
                    "note": "留党察看一年（示例）"}],
    })


if __name__ == "__main__":
    snapshot()
    assessment_scheme()
    double_review_scheme()
    double_review_data()
    member_points_scheme()
    member_points_data()
    manifest()
    standing_log()
    manifest("manifest-standing.json", "standing-log.json")
