#!/usr/bin/env python3
"""Generates the organizational-life seeds: a year (2018) of records of the three branches of BZ-001 and the scheme.

Illustrative (示例): the branches, members, committee members and the leading cadre come from
seeds/organizations/binzhou-snapshot.json (as of 2019-01-01); every meeting, attendance, talk and payment is invented,
with a spread of gaps a supervision group would find:
  - BZ-001-B01: no theme party day in August.
  - BZ-001-B02: the November committee meeting had 2 of its 4 committee members (exactly half: not valid), so November
    has no valid committee meeting; member M008 had no heart-to-heart talk; the leading cadre M001 (a leading-group
    member of BZ-001) attended nothing in the third quarter.
  - BZ-001-B03: the secretary gave no party lesson; member M004 was absent without a reason from March to August and paid
    no dues for those months (the constitution's six-month rule, article 9: a finding for the branch to decide on).
The scheme sets the committee's own frequencies for the whole year (the branch work regulation applies from 2018-10-28),
equal to the regulation's figures; it is illustrative.
Run: python3 seeds/organizational-life/generate.py  (writes the JSON next to this script).
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
SNAPSHOT = HERE.parent / "organizations" / "binzhou-snapshot.json"
YEAR = 2018
COMMITTEE = "BZ-WC"
BRANCHES = ["BZ-001-B01", "BZ-001-B02", "BZ-001-B03"]
COMMITTEE_ROLES = {"Secretary", "DeputySecretary", "OrganizationCommitteeMember", "PropagandaCommitteeMember", "DisciplineCommitteeMember", "CommitteeMember"}


def branches(snapshot):
    leading = {r["memberId"] for r in snapshot["roles"] if r["role"] == "LeadingGroupMember"}
    result = []
    for b in BRANCHES:
        organization = next(o for o in snapshot["organizations"] if o["id"] == b)
        committee = {r["memberId"] for r in snapshot["roles"] if r["organizationId"] == b and r["role"] in COMMITTEE_ROLES} if organization["hasCommittee"] else set()
        members = []
        for m in snapshot["members"]:
            if m["branchId"] != b:
                continue
            entry = {"id": m["id"]}
            if m["status"] != "Full":
                entry["status"] = m["status"]
            if m["id"] in committee:
                entry["committeeMember"] = True
            if m["id"] in leading:
                entry["leadingCadre"] = True
            members.append(entry)
        result.append({"id": b, "members": members})
    return result


def meeting(rid, kind, org, day, present, absent=(), chair=None, topics=(), first=None, giver=None):
    record = {"id": rid, "kind": kind, "organizationId": org, "date": day}
    if chair:
        record["chair"] = chair
    if topics:
        record["topics"] = list(topics)
    if first:
        record["firstTopic"] = first
    record["attendees"] = list(present)
    if absent:
        record["absentees"] = [{"memberId": m, "reason": r} for m, r in absent]
    record["minutes"] = f"{org} 会议记录本 {rid}"
    if giver:
        record["giver"] = giver
    return record


def year_of(branch, gaps):
    b = branch["id"]
    ids = [m["id"] for m in branch["members"]]
    committee = [m["id"] for m in branch["members"] if m.get("committeeMember")]
    secretary = ids[0]
    records = []

    def present(month, exclude=()):
        absent = [m for m in ids if m in exclude or (month, m) in gaps.get("absent", set())]
        return [m for m in ids if m not in absent], [(m, "None") for m in absent]

    for month in range(1, 13):
        if month not in gaps.get("no_theme_day", ()):
            p, a = present(month)
            records.append(meeting(f"{b}-TD-{month:02}", "ThemePartyDay", b, f"{YEAR}-{month:02}-10", p, a, secretary, ["集中学习", "志愿服务"], "学习习近平新时代中国特色社会主义思想"))
        if committee:
            attending = committee[:2] if month in gaps.get("committee_without_quorum", ()) else [m for m in committee if (month, m) not in gaps.get("absent", set())]
            records.append(meeting(f"{b}-CM-{month:02}", "BranchCommitteeMeeting", b, f"{YEAR}-{month:02}-05", attending, [(m, "OfficialDuty") for m in committee if m not in attending], secretary, ["研究支部工作"], "传达学习上级党组织决定"))
    for quarter in range(1, 5):
        month = quarter * 3
        p, a = present(month)
        records.append(meeting(f"{b}-MM-Q{quarter}", "MembersMeeting", b, f"{YEAR}-{month:02}-20", p, a, secretary, ["听取支部委员会工作报告"], "学习贯彻党的十九大精神"))
        giver = "Other" if gaps.get("no_secretary_lesson") or quarter != 2 else "Secretary"
        records.append(meeting(f"{b}-PL-Q{quarter}", "PartyLesson", b, f"{YEAR}-{month:02}-21", p, a, secretary, ["党课"], giver=giver))
    p, a = present(12)
    records.append(meeting(f"{b}-OL-01", "OrganizationalLifeMeeting", b, f"{YEAR}-12-26", p, a, secretary, ["对照检查", "批评和自我批评"]))
    records.append(meeting(f"{b}-DA-01", "DemocraticAppraisal", b, f"{YEAR}-12-27", p, a, secretary, ["民主评议党员"]))
    for i, m in enumerate(ids[1:], start=1):
        if m not in gaps.get("no_talk", ()):
            records.append(meeting(f"{b}-TK-{i:02}", "HeartToHeartTalk", b, f"{YEAR}-11-{i:02}", [m], chair=secretary))
    return records


def main():
    snapshot = json.loads(SNAPSHOT.read_text(encoding="utf-8"))["content"]
    listed = branches(snapshot)
    third_quarter = {7, 8, 9}
    gaps = {
        "BZ-001-B01": {"no_theme_day": {8}},
        "BZ-001-B02": {"committee_without_quorum": {11}, "no_talk": {"BZ-001-B02-M008"}, "absent": {(m, "BZ-001-B02-M001") for m in third_quarter}},
        "BZ-001-B03": {"no_secretary_lesson": True, "absent": {(m, "BZ-001-B03-M004") for m in range(3, 9)}},
    }
    meetings = [r for b in listed for r in year_of(b, gaps[b["id"]])]
    unpaid = {("BZ-001-B03-M004", m) for m in range(3, 9)}
    dues = [
        {"memberId": m["id"], "month": f"{YEAR}-{month:02}", "paidOn": f"{YEAR}-{month:02}-15"}
        for b in listed for m in b["members"] for month in range(1, 13) if (m["id"], month) not in unpaid
    ]
    records = {"schemaVersion": "1.0", "kind": "organizational-life-records", "content": {
        "year": YEAR, "committeeId": COMMITTEE, "branches": listed, "meetings": meetings, "dues": dues, "isIllustrative": True}}
    scheme = {"schemaVersion": "1.0", "kind": "organizational-life-scheme", "content": {
        "year": YEAR, "committeeId": COMMITTEE, "isIllustrative": True, "requirements": [
            {"kind": "MembersMeeting", "period": "Quarter", "minimum": 1},
            {"kind": "BranchCommitteeMeeting", "period": "Month", "minimum": 1},
            {"kind": "PartyGroupMeeting", "period": "Month", "minimum": 1},
            {"kind": "PartyLesson", "period": "Quarter", "minimum": 1},
            {"kind": "ThemePartyDay", "period": "Month", "minimum": 1},
            {"kind": "OrganizationalLifeMeeting", "period": "Year", "minimum": 1},
            {"kind": "DemocraticAppraisal", "period": "Year", "minimum": 1},
        ], "leadingCadreMeetingsPerQuarter": 1}}
    for name, doc in (("records-bz-001-2018.json", records), ("scheme-bz-001-2018.json", scheme)):
        (HERE / name).write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
