#!/usr/bin/env python3
"""Generates the Binzhou-shaped organization seed (article 002: one municipal working committee, 5 responsibility
districts, 97 party organizations) and a 2019 reform event log (article 003's five kinds, article 000's change of
affiliation). People and organization names are synthetic (市直单位NNN: no real bureau carries the seeds' invented
results); the structure follows the article. Deterministic: no randomness.

Usage: python3 seeds/organizations/generate.py  (writes binzhou-snapshot.json and binzhou-reform-2019.json next to it)
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SNAPSHOT_DATE = "2019-01-01"
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉建国志文斌宁凯丹健"
def name(index):
    return SURNAMES[index % len(SURNAMES)] + GIVEN[(index * 7) % len(GIVEN)] + (GIVEN[(index * 13) % len(GIVEN)] if index % 3 else "")


def department(n):
    """A neutral name (市直单位NNN): the seeds give every organization invented results (scores, downgrades, vetoes), and
    a real bureau's name would make a reader take an invented veto for a real one. The article names a few bureaus; the
    seed names none."""
    return f"市直单位{n:03d}"


def district(n):
    return "D1" if n <= 20 else "D2" if n <= 40 else "D3" if n <= 59 else "D4" if n <= 78 else "D5"


organizations, members, roles = [], [], []
person = 0


def add_members(branch_id, count, probationary_last=False, group_ids=None):
    global person
    ids = []
    for m in range(1, count + 1):
        person += 1
        mid = f"{branch_id}-M{m:03d}"
        joined_year = 1985 + (person * 7) % 32
        place = branch_id if not group_ids else group_ids[(m - 1) % len(group_ids)]
        if probationary_last and m == count:
            members.append({"id": mid, "name": name(person), "branchId": place, "status": "Probationary", "joinedOn": "2018-06-30"})
        else:
            members.append({"id": mid, "name": name(person), "branchId": place, "status": "Full",
                            "joinedOn": f"{joined_year}-07-01", "fullSince": f"{joined_year + 1}-07-01"})
        ids.append(mid)
    return ids


def role(org, member, kind, since="2018-01-01"):
    roles.append({"organizationId": org, "memberId": member, "role": kind, "since": since})


def committee_roles(org, ids, size):
    for member, kind in zip(ids[:size], ["Secretary", "OrganizationCommitteeMember", "PropagandaCommitteeMember", "DisciplineCommitteeMember", "DeputySecretary"]):
        role(org, member, kind)


# The working committee and its own organ branch: committee members lead the five districts.
organizations.append({"id": "BZ-WC", "kind": "WorkingCommittee", "name": "滨州市委市直机关工委", "establishedOn": "2010-01-01", "hasCommittee": True, "organStaffCount": 20})
organizations.append({"id": "BZ-WC-B01", "kind": "Branch", "name": "市直机关工委机关党支部", "parentId": "BZ-WC", "establishedOn": "2010-01-01", "lastElectedOn": "2017-12-15", "hasCommittee": True})
wc = add_members("BZ-WC-B01", 9)
committee_roles("BZ-WC-B01", wc, 4)
role("BZ-WC", wc[0], "Secretary")
role("BZ-WC", wc[1], "DeputySecretary")
for m in wc[2:5]:
    role("BZ-WC", m, "LeadingGroupMember")
districts = []
for d in range(1, 6):
    districts.append({"id": f"D{d}", "name": f"第{'一二三四五'[d - 1]}责任区", "committeeId": "BZ-WC", "leaderId": wc[d - 1],
                      "supervisionGroup": [wc[5 + (d - 1) % 4], wc[5 + d % 4]]})

LARGE = {10: 55, 30: 105}  # exercise the 50 and 100 thresholds (article 003 flags branches of over a hundred)
for n in range(1, 98):
    oid = f"BZ-{n:03d}"
    committee = n <= 40
    kind = "OrganPartyCommittee" if committee else "GeneralBranch"
    suffix = "机关党委" if committee else "机关党总支"
    staff = 50 + (n * 7) % 50
    if n in (5, 63):
        staff = 130  # one cadre for 130 staff: below 1%
    organizations.append({"id": oid, "kind": kind, "name": department(n) + suffix, "parentId": "BZ-WC", "districtId": district(n),
                          "establishedOn": "2012-03-01", "lastElectedOn": "2016-06-20" if committee else f"2016-{9 + n % 4:02d}-20",
                          "hasCommittee": True, "organStaffCount": staff})
    branch_count = 2 + n % 3
    first_ids = None
    for b in range(1, branch_count + 1):
        bid = f"{oid}-B{b:02d}"
        count = LARGE.get(n, 0) if b == 1 and n in LARGE else 3 + (n * 5 + b * 3) % 6
        retiree = b == branch_count and n % 10 == 0
        groups = None
        if count >= 50:
            groups = [f"{bid}-G{g:02d}" for g in range(1, 4)]
        organizations.append({"id": bid, "kind": "RetireeBranch" if retiree else "Branch",
                              "name": department(n) + ("离退休干部党支部" if retiree else f"第{b}党支部"), "parentId": oid,
                              "establishedOn": "2012-03-01", "lastElectedOn": f"2017-{1 + (n + b) % 12:02d}-15", "hasCommittee": count >= 7})
        if groups:
            for g, gid in enumerate(groups + [f"{bid}-G04"] if n == 30 else groups, start=1):
                organizations.append({"id": gid, "kind": "PartyGroup", "name": f"{department(n)}第{b}党支部第{g}党小组", "parentId": bid})
        ids = add_members(bid, count, probationary_last=count >= 5 and (n + b) % 4 == 0, group_ids=groups)
        if count >= 7:
            committee_roles(bid, ids, 5 if count >= 50 else 3 + (n % 2))
        else:
            role(bid, ids[0], "Secretary")
        if b == 1:
            first_ids = ids
    role(oid, first_ids[0], "Secretary")
    role(oid, first_ids[1], "DeputySecretary")
    role(oid, f"{oid}-B02-M002", "FullTimePartyAffairsCadre")
    role(oid, f"{oid}-B02-M001", "LeadingGroupMember")
    if n <= 3:
        dc = f"{oid}-DC"
        organizations.append({"id": dc, "kind": "OrganDisciplineCommittee", "name": department(n) + "机关纪委", "parentId": oid,
                              "establishedOn": "2012-03-01", "lastElectedOn": "2016-06-20", "hasCommittee": True})
        role(dc, f"{oid}-B01-M003", "Secretary")

snapshot = {"asOf": SNAPSHOT_DATE, "organizations": organizations, "members": members, "roles": roles, "districts": districts}

# The 2019 institutional reform, mid-year.
member_ids = {m["id"]: m for m in members}
events = []


def ev(date, kind, **fields):
    events.append({"date": date, "kind": kind, **fields})


for m in members:
    if m["status"] == "Probationary" and m["id"] < "BZ-040":
        ev("2019-03-15", "MemberConfirmed", memberId=m["id"], note="预备期满转正")
for n in (1, 2, 3, 20, 21):
    ev("2019-05-31", "Unchanged", organizationId=f"BZ-{n:03d}", note="机构改革：党组织不变")
# BZ-045 (物价) merges into BZ-046, which becomes market regulation: change of affiliation, dissolution, rename, supplement.
ev("2019-05-31", "Reparented", organizationId="BZ-045-B01", parentId="BZ-046", note="变更隶属关系")
ev("2019-05-31", "Dissolved", organizationId="BZ-045-B02", successorId="BZ-046-B01", note="撤销，党员转入市场监管局第1党支部")
ev("2019-05-31", "Dissolved", organizationId="BZ-045", note="撤销")
ev("2019-05-31", "Renamed", organizationId="BZ-046", name="市市场监督管理局机关党总支")
ev("2019-05-31", "Added", organizationId="BZ-046", memberId="BZ-045-B01-M001", role="CommitteeMember", note="增补委员")
ev("2019-05-31", "StaffCountChanged", organizationId="BZ-046", staffCount=120)
# A new bureau: created with its branch; three members transfer in, one new probationary member joins.
ev("2019-06-15", "Created", organizationId="BZ-098", parentId="BZ-WC", organizationKind="OrganPartyCommittee", name="市大数据局机关党委",
   districtId="D5", staffCount=60, hasCommittee=True)
ev("2019-06-15", "Created", organizationId="BZ-098-B01", parentId="BZ-098", organizationKind="Branch", name="市大数据局第1党支部")
source = max((o["id"] for o in organizations if o["id"].startswith("BZ-012-B")),
             key=lambda b: (sum(1 for m in members if m["branchId"] == b), b))
movers = [m["id"] for m in members if m["branchId"] == source and m["status"] == "Full"][-3:]
for mid in movers:
    ev("2019-06-15", "MemberTransferred", memberId=mid, organizationId="BZ-098-B01", note="组织关系转接")
ev("2019-06-15", "MemberJoined", memberId="BZ-098-B01-M001", organizationId="BZ-098-B01", name=name(9001), status="Probationary")
ev("2019-06-15", "RoleAssigned", organizationId="BZ-098-B01", memberId=movers[0], role="Secretary")
ev("2019-06-15", "RoleAssigned", organizationId="BZ-098", memberId=movers[0], role="Secretary")
ev("2019-06-15", "RoleAssigned", organizationId="BZ-098", memberId=movers[1], role="FullTimePartyAffairsCadre")
# A temporary branch for a task (article 000: a work group during major events), dissolved when the task ends.
ev("2019-07-01", "Created", organizationId="BZ-050-T01", parentId="BZ-050", organizationKind="TemporaryBranch", name="重大活动保障工作组临时党支部")
temp = [m["id"] for m in members if m["branchId"].startswith("BZ-050-B") and m["status"] == "Full"][:3]
for mid in temp:
    ev("2019-07-01", "MemberTransferred", memberId=mid, organizationId="BZ-050-T01")
ev("2019-07-01", "RoleAssigned", organizationId="BZ-050-T01", memberId=temp[0], role="Secretary")
ev("2019-09-20", "Elected", organizationId="BZ-041", hasCommittee=True, note="换届选举")
ev("2019-09-20", "Elected", organizationId="BZ-042", hasCommittee=True, note="换届选举")
ev("2019-11-30", "RoleEnded", organizationId="BZ-050-T01", memberId=temp[0], role="Secretary")
ev("2019-11-30", "Dissolved", organizationId="BZ-050-T01", successorId=f"{temp[0].rsplit('-', 1)[0]}", note="任务结束，党员回原支部")
ev("2019-12-20", "MemberLeft", memberId="BZ-090-B01-M003", note="调出市直机关")


def write(path, kind, content):
    """Writes the envelope with one array item a line: compact, and diffs stay readable."""
    def dump(value):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))

    parts = []
    for key, value in content.items():
        if isinstance(value, list):
            parts.append(f'    "{key}": [\n' + ",\n".join("      " + dump(item) for item in value) + "\n    ]")
        else:
            parts.append(f'    "{key}": {dump(value)}')
    text = '{\n  "schemaVersion": "1.0",\n  "kind": "' + kind + '",\n  "content": {\n' + ",\n".join(parts) + "\n  }\n}\n"
    json.loads(text)
    with open(os.path.join(HERE, path), "w", encoding="utf-8") as f:
        f.write(text)


write("binzhou-snapshot.json", "organization-snapshot", snapshot)
write("binzhou-reform-2019.json", "organization-event-log", {"events": events})
print(len(organizations), "organizations,", len(members), "members,", len(roles), "roles,", len(events), "events")
