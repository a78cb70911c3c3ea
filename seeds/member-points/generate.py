#!/usr/bin/env python3
"""Generates the member-points seeds: the 50-standard scheme and a one-year data set of two BZ-001 branches.

Deterministic: the only randomness is random.Random(2018). Article 002 (002_3d274b2eb4d4736e.txt) gives the shape
(50 standards from "four speaks, four haves" and "four qualifieds"; monthly declaration, monthly audit, quarterly mass
review, annual grading into four grades) but not the standards' texts or points: those are illustrative, as are the
grade thresholds (50 / 40 / 35 points a year, calibrated to the declaration pattern of declarations.py: 2 or 3 standards
a member-month within their caps, about 4 points a month) and every declaration.
Run: python3 seeds/member-points/generate.py  (writes the JSON next to this script).
"""
import json
import random
from datetime import date, timedelta
from pathlib import Path

from declarations import Member, month_items, standards_of

HERE = Path(__file__).resolve().parent
YEAR = 2018
SOURCE = "002_3d274b2eb4d4736e.txt"

FSFH = "FourSpeaksFourHaves"
FQ = "FourQualifieds"
DIMS = {
    "politics": (FSFH, "讲政治、有信念", "Speak politics, have faith"),
    "rules": (FSFH, "讲规矩、有纪律", "Speak rules, have discipline"),
    "morals": (FSFH, "讲道德、有品行", "Speak morality, have conduct"),
    "devotion": (FSFH, "讲奉献、有作为", "Speak devotion, have achievement"),
    "q-politics": (FQ, "政治合格", "Politically qualified"),
    "q-discipline": (FQ, "执行纪律合格", "Qualified in observing discipline"),
    "q-conduct": (FQ, "品德合格", "Qualified in character"),
    "q-role": (FQ, "发挥作用合格", "Qualified in playing a role"),
}

# (dimension, kind, points, monthlyCap, yearlyCap, zh, en, evidence zh, evidence en)
STANDARDS = [
    ("politics", "Base", 2, 2, None, "参加支部党员大会或主题党日", "Attends the branch members' meeting or theme party day", "签到记录", "Attendance sheet"),
    ("politics", "Base", 2, 2, None, "参加党课学习", "Attends the party lesson", "签到记录", "Attendance sheet"),
    ("politics", "Base", 1, 1, None, "完成当月理论自学并记学习笔记", "Completes the month's theory self-study with notes", "学习笔记", "Study notes"),
    ("politics", "Bonus", 2, 2, 8, "在支部交流学习心得", "Shares study insights at the branch", "发言材料", "Speech text"),
    ("politics", "Bonus", 3, 3, 6, "理论文章在市级以上报刊发表", "Publishes a theory article in a municipal or higher outlet", "刊发版面", "Published page"),
    ("politics", "Deduction", 3, 6, None, "无故缺席党员大会或主题党日", "Misses the members' meeting or theme day without reason", "考勤记录", "Attendance record"),
    ("rules", "Base", 1, 1, None, "按时足额交纳党费", "Pays party dues on time and in full", "党费交纳记录", "Dues ledger"),
    ("rules", "Base", 1, 1, None, "按要求参加党小组会", "Attends the party-group meeting as required", "会议记录", "Meeting minutes"),
    ("rules", "Bonus", 2, 2, 4, "如实报告个人有关事项受到肯定", "Reports personal matters truthfully and is commended", "组织认定", "Organization's finding"),
    ("rules", "Deduction", 5, 5, 10, "无正当理由连续3个月不参加组织生活", "Misses organizational life for 3 months running without good reason", "考勤记录", "Attendance record"),
    ("rules", "Deduction", 2, 4, None, "迟交党费", "Pays party dues late", "党费交纳记录", "Dues ledger"),
    ("rules", "Deduction", 10, 10, 10, "受到党纪处分", "Receives a party disciplinary sanction", "处分决定", "Sanction decision"),
    ("morals", "Base", 1, 1, None, "遵守社会公德和家庭美德", "Observes public and family virtues", "支部评议", "Branch's assessment"),
    ("morals", "Bonus", 2, 2, 6, "参加志愿服务活动", "Takes part in volunteer service", "活动记录及照片", "Activity record and photos"),
    ("morals", "Bonus", 3, 3, 6, "见义勇为或助人为乐事迹受到表扬", "Praised for a brave or helpful deed", "表扬材料", "Letter of praise"),
    ("morals", "Bonus", 2, 2, 4, "参加扶贫帮困捐款捐物", "Donates to poverty relief", "捐赠凭证", "Donation receipt"),
    ("morals", "Deduction", 3, 3, 6, "被群众有效投诉", "Receives a substantiated complaint from the public", "投诉核实记录", "Verified complaint"),
    ("morals", "Deduction", 5, 5, 10, "违反社会公德造成不良影响", "Breaches public morality with bad effect", "核实记录", "Verification record"),
    ("devotion", "Base", 2, 2, None, "按时完成本职工作任务", "Completes assigned work on time", "科室负责人确认", "Head of section's confirmation"),
    ("devotion", "Bonus", 2, 4, 8, "承担急难险重任务", "Takes on urgent, difficult or dangerous tasks", "任务证明", "Task certificate"),
    ("devotion", "Bonus", 3, 3, 9, "工作受到市级以上表彰", "Work commended at municipal level or above", "表彰文件", "Commendation document"),
    ("devotion", "Bonus", 2, 2, 6, "提出合理化建议被采纳", "Makes a suggestion that is adopted", "采纳证明", "Adoption certificate"),
    ("devotion", "Bonus", 1, 2, 6, "参加单位组织的文体或公益活动", "Joins the unit's cultural or public-interest activities", "活动记录", "Activity record"),
    ("devotion", "Deduction", 3, 3, 9, "工作失误造成不良影响", "Work error with bad effect", "核实记录", "Verification record"),
    ("devotion", "Deduction", 2, 2, 6, "推诿扯皮被通报", "Notified for shirking responsibility", "通报文件", "Notice"),
    ("q-politics", "Base", 1, 1, None, "参加“两学一做”专题学习", "Takes part in the 'two studies, one action' sessions", "签到记录", "Attendance sheet"),
    ("q-politics", "Base", 1, 1, None, "落实党员承诺事项", "Carries out the member's public pledge", "承诺践诺台账", "Pledge ledger"),
    ("q-politics", "Bonus", 2, 2, 4, "在知识竞赛中获奖", "Wins a prize in a knowledge contest", "获奖证书", "Certificate"),
    ("q-politics", "Bonus", 2, 2, 4, "讲授支部党课", "Teaches a branch party lesson", "课件与记录", "Slides and record"),
    ("q-politics", "Deduction", 5, 5, 10, "发表不当言论", "Makes improper remarks", "核实记录", "Verification record"),
    ("q-politics", "Deduction", 10, 10, 10, "政治立场出现偏差", "Deviates in political stance", "组织认定", "Organization's finding"),
    ("q-discipline", "Base", 1, 1, None, "遵守廉洁自律规定", "Observes integrity and self-discipline rules", "支部评议", "Branch's assessment"),
    ("q-discipline", "Base", 1, 1, None, "遵守工作纪律和考勤制度", "Observes work discipline and attendance rules", "考勤记录", "Attendance record"),
    ("q-discipline", "Bonus", 2, 2, 4, "拒收礼品礼金并报告", "Refuses gifts and reports them", "登记记录", "Register entry"),
    ("q-discipline", "Deduction", 3, 3, 6, "违反考勤纪律被通报", "Notified for breaching attendance rules", "通报文件", "Notice"),
    ("q-discipline", "Deduction", 5, 5, 10, "违反中央八项规定精神", "Breaches the central eight-point rules", "处理决定", "Decision"),
    ("q-discipline", "Deduction", 2, 2, 6, "未按规定请销假", "Fails to request or close leave properly", "考勤记录", "Attendance record"),
    ("q-conduct", "Base", 1, 1, None, "团结同志、作风正派", "Works in unity with colleagues and upright style", "支部评议", "Branch's assessment"),
    ("q-conduct", "Bonus", 2, 2, 4, "在精神文明创建中表现突出", "Stands out in civility creation", "创建材料", "Creation file"),
    ("q-conduct", "Bonus", 1, 1, 4, "参加无偿献血", "Donates blood", "献血证", "Donation certificate"),
    ("q-conduct", "Deduction", 3, 3, 6, "家风不正受到批评", "Criticised for an improper family style", "核实记录", "Verification record"),
    ("q-conduct", "Deduction", 2, 2, 4, "参与不健康娱乐活动", "Takes part in unhealthy entertainment", "核实记录", "Verification record"),
    ("q-role", "Base", 1, 1, None, "联系服务群众", "Keeps in touch with and serves the public", "服务记录", "Service record"),
    ("q-role", "Base", 1, 1, None, "参加党员先锋岗或责任区活动", "Serves at the vanguard post or responsibility zone", "活动记录", "Activity record"),
    ("q-role", "Bonus", 2, 2, 6, "帮助后进同志转化", "Helps a lagging colleague improve", "帮扶记录", "Assistance record"),
    ("q-role", "Bonus", 3, 3, 6, "创新工作方法被推广", "Devises a work method that is adopted more widely", "推广文件", "Adoption notice"),
    ("q-role", "Bonus", 2, 2, 4, "在突发事件中发挥骨干作用", "Plays a leading role in an emergency", "事件记录", "Incident record"),
    ("q-role", "Bonus", 1, 1, 4, "参加社区报到服务", "Reports to the community and serves there", "社区证明", "Community certificate"),
    ("q-role", "Deduction", 3, 3, 6, "关键时刻不能挺身而出", "Fails to step forward at a critical moment", "组织认定", "Organization's finding"),
    ("q-role", "Deduction", 2, 2, 4, "不按要求参加社区服务", "Fails to serve in the community as required", "社区证明", "Community certificate"),
]
assert len(STANDARDS) == 50


def sid(i):
    return f"S{i + 1:02d}"


def standard_doc(i, s):
    dim, kind, pts, mcap, ycap, zh, en, ezh, een = s
    group, dzh, den = DIMS[dim]
    doc = {
        "id": sid(i), "group": group, "dimension": {"zhCn": dzh, "english": den},
        "text": {"zhCn": zh + "（示例）", "english": en + " (illustrative)"}, "kind": kind, "points": pts,
        "evidence": {"zhCn": ezh, "english": een},
    }
    if mcap is not None:
        doc["monthlyCap"] = mcap
    if ycap is not None:
        doc["yearlyCap"] = ycap
    doc["illustrative"] = True
    return doc


scheme = {
    "schemaVersion": "1.0", "kind": "member-points-scheme",
    "content": {
        "name": {"zhCn": f"滨州市直机关党员积分制管理方案（{YEAR}年，示例）", "english": f"Binzhou municipal organs member-points scheme {YEAR} (illustrative; source {SOURCE})"},
        "year": YEAR,
        "standards": [standard_doc(i, s) for i, s in enumerate(STANDARDS)],
        "massReview": {"name": "rating-table", "parameters": {"average": "0", "fairly-good": "0.5", "good": "1", "poor": "-1"}},
        "grading": {"name": "branch-quota", "parameters": {
            "basically-qualified": "35", "excellent": "50", "excellent-quota": "0.3", "prorate": "true", "qualified": "40", "tie-rule": "exclude-tied"}},
        "participationWeight": 0.5,
        "hardConditions": [{"standardId": "S10", "maxGrade": "BasicallyQualified"}, {"standardId": "S12", "maxGrade": "Unqualified"}],
        "declarationDeadlineDay": 5,
        "latePolicy": "Refuse",
        "gradeProbationaryMembers": False,
        "minimumMonthsForGrading": 3,
        # Article 002 gives no points, ratings or thresholds: every figure is the seed's own (示例).
        "isIllustrative": True,
    },
}

CAPS = standards_of(scheme["content"])

rng = random.Random(2018)
branches = [{"branchId": "BZ-001-B01", "parentId": "BZ-001"}, {"branchId": "BZ-001-B02", "parentId": "BZ-001"}]
roster, declarations, audits, reviews = [], [], [], []


def member_id(branch, n):
    return f"{branch}-M{n:03d}"


def add_member(mid, joined, assignments, probation_end=None):
    entry = {"memberId": mid, "joinedOn": joined, "assignments": assignments}
    if probation_end:
        entry["probationEndsOn"] = probation_end
    roster.append(entry)


for b, size in (("BZ-001-B01", 8), ("BZ-001-B02", 7)):
    for n in range(1, size + 1):
        add_member(member_id(b, n), f"{2000 + n}-07-01", [{"branchId": b, "from": "2010-01-01"}])

# A mid-year transfer: B02-M007 moves to B01 on 1 July (points follow the member; graded in B01).
roster[-1]["assignments"] = [{"branchId": "BZ-001-B02", "from": "2010-01-01", "to": "2018-06-30"}, {"branchId": "BZ-001-B01", "from": "2018-07-01"}]
# A probationary member admitted in March 2018 (not graded at year end) and a member who joined in October
# (3 months in the party: graded, with prorated thresholds).
add_member("BZ-001-B01-M009", "2018-03-15", [{"branchId": "BZ-001-B01", "from": "2018-03-15"}], "2019-03-15")
add_member("BZ-001-B02-M008", "2018-10-20", [{"branchId": "BZ-001-B02", "from": "2018-10-20"}])
# A member with no declarations at all.
add_member("BZ-001-B02-M009", "1998-07-01", [{"branchId": "BZ-001-B02", "from": "2010-01-01"}])

seq = 0


def declare(mid, s, month, day, submitted, quantity=1):
    global seq
    seq += 1
    did = f"D{YEAR}-{seq:05d}"
    doc = {"id": did, "memberId": mid, "standardId": sid(s), "month": f"{YEAR}-{month:02d}",
           "occurredOn": f"{YEAR}-{month:02d}-{day:02d}", "submittedOn": submitted.isoformat()}
    if quantity != 1:
        doc["quantity"] = quantity
    declarations.append(doc)
    return did


def audit(did, on, decision, points=None, reason=None):
    doc = {"declarationId": did, "auditedOn": on.isoformat(), "decision": decision}
    if points is not None:
        doc["points"] = points
    if reason is not None:
        doc["reason"] = reason
    audits.append(doc)


for entry in roster:
    mid = entry["memberId"]
    if mid == "BZ-001-B02-M009":
        continue
    joined = date.fromisoformat(entry["joinedOn"])
    diligence = rng.random()
    member = Member(CAPS)
    for month in range(1, 13):
        if date(YEAR, month, 1) < date(joined.year, joined.month, 1):
            continue
        next_month = date(YEAR + (month == 12), month % 12 + 1, 1)
        audited_on = next_month + timedelta(days=14)
        # 2 or 3 standards a month within their caps (declarations.py, shared with the evaluation's data set).
        for s, quantity in month_items(rng, member, diligence):
            kind = CAPS[s][0]
            late = kind == "Base" and rng.random() < 0.03
            submitted = next_month + timedelta(days=rng.randint(8, 12) if late else rng.randint(0, 3))
            did = declare(mid, int(s[1:]) - 1, month, rng.randint(1, 25), submitted, quantity)
            if kind == "Base" and rng.random() < 0.05:
                audit(did, audited_on, "Reject", reason="佐证材料不足（示例）")
            elif kind == "Bonus" and rng.random() < 0.15:
                audit(did, audited_on, "Adjust", points=1, reason="按实际贡献核减（示例）")
            else:
                audit(did, audited_on, "Approve")

# A duplicate: the first base item declared twice.
first = declarations[0]
dup = dict(first)
dup["id"] = "D2018-DUP01"
dup["submittedOn"] = (date.fromisoformat(first["submittedOn"]) + timedelta(days=1)).isoformat()
declarations.append(dup)
audit("D2018-DUP01", date.fromisoformat(dup["submittedOn"]) + timedelta(days=3), "Approve")

for entry in roster:
    mid = entry["memberId"]
    joined = date.fromisoformat(entry["joinedOn"])
    for q in range(1, 5):
        if date(YEAR, 3 * q, 28) < joined:
            continue
        raters = 10
        good = rng.randint(4, 9)
        fairly = rng.randint(0, raters - good)
        average = rng.randint(0, raters - good - fairly)
        poor = raters - good - fairly - average
        reviews.append({"memberId": mid, "quarter": q, "good": good, "fairlyGood": fairly, "average": average, "poor": poor})

data = {
    "schemaVersion": "1.0", "kind": "member-points-data-set",
    "content": {"year": YEAR, "committeeId": "BZ-WC", "branches": branches, "roster": roster,
                "declarations": declarations, "audits": audits, "massReviews": reviews},
}

(HERE / f"binzhou-{YEAR}-scheme.json").write_text(json.dumps(scheme, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def compact(document):
    """Writes the envelope indented and each item of the content's arrays on one line (diff-friendly, small)."""
    lines = ["{", f'  "schemaVersion": "{document["schemaVersion"]}",', f'  "kind": "{document["kind"]}",', '  "content": {']
    content = document["content"]
    for n, (key, value) in enumerate(content.items()):
        comma = "," if n < len(content) - 1 else ""
        if isinstance(value, list):
            items = [json.dumps(v, ensure_ascii=False, separators=(", ", ": ")) for v in value]
            lines.append(f'    "{key}": [')
            lines.extend(f"      {item}{',' if i < len(items) - 1 else ''}" for i, item in enumerate(items))
            lines.append(f"    ]{comma}")
        else:
            lines.append(f'    "{key}": {json.dumps(value, ensure_ascii=False)}{comma}')
    lines += ["  }", "}"]
    return "\n".join(lines) + "\n"


(HERE / f"bz-001-{YEAR}-data.json").write_text(compact(data), encoding="utf-8")
print(len(declarations), "declarations,", len(audits), "audits,", len(reviews), "reviews")
