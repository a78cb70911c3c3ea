#!/usr/bin/env python3
"""Generates the supervision seeds: a catalogue in the shape of article 004 and a year (2018) of supervision of the
Binzhou working committee (BZ-WC).

Illustrative (示例). Article 004 (004_a4571a0bcca6dd98.txt) gives the shape of the catalogue — 14 aspects with 53 key
supervision points (确定14个方面53项重点监督内容) — not the texts: every aspect title and point text below is the seed's
own. 53 = 11 aspects of 4 points and 3 aspects of 3 points.
The records are invented: two supervision groups (article 000 had six, article 002 five; the people's names are made up),
five visits to BZ-001, BZ-002 and BZ-003 (organizations of seeds/organizations/binzhou-snapshot.json), seven findings
against key points, a standardization indicator of seeds/standardization/catalogue-binzhou-002.json (BZ-A2-02) and two
rules of organizational life matching the gaps of seeds/organizational-life/records-bz-001-2018.json, one circular
(article 000) and three rectification notices (article 003) with due dates as the ledger's deadline classes or explicit
dates and the responsible person of each item (the secretary of the organization concerned, in the registry); F01 is
restated on the second notice to BZ-001 (repeats N01); F07 is on no notice. The notices carried into a rectification
ledger of 2018 (ledger-bz-2018.json, problems SUP-F01…SUP-F06 with the finding as origin) with invented outcomes: F01,
F02, F03 rectified (F02 and F03 confirmed by a look-back naming the finding), F05 overdue, F04 long term, F06 open.
Run: python3 seeds/supervision/generate.py  (writes the JSON next to this script).
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ASPECTS = [
    ("政治建设", "Political building"),
    ("理论武装", "Theoretical study"),
    ("意识形态工作", "Ideological work"),
    ("主体责任落实", "Principal responsibility"),
    ("基层组织建设", "Grassroots organizations"),
    ("党支部标准化建设", "Branch standardization"),
    ("组织生活", "Organizational life"),
    ("党员教育管理", "Education and management of members"),
    ("作风建设", "Work style"),
    ("纪律建设", "Discipline"),
    ("党风廉政建设", "Integrity"),
    ("群团工作", "Mass organizations"),
    ("精神文明建设", "Cultural and ethical progress"),
    ("问题整改", "Rectification"),
]
ITEMS = [
    ("工作部署情况", "how the work is planned"),
    ("制度执行情况", "how the rules are carried out"),
    ("台账记录情况", "how the ledgers are kept"),
    ("成效与问题", "results and problems"),
]


def catalogue():
    aspects, points = [], []
    for a, (zh, en) in enumerate(ASPECTS, start=1):
        aid = f"A{a:02d}"
        aspects.append({"id": aid, "title": {"zhCn": f"{zh}（示例）", "english": f"{en} (illustrative)"}})
        count = 4 if a <= 11 else 3
        for p in range(1, count + 1):
            izh, ien = ITEMS[p - 1]
            points.append({
                "id": f"{aid}-{p:02d}",
                "aspect": aid,
                "text": {"zhCn": f"{zh}：{izh}（示例）", "english": f"{en}: {ien} (illustrative)"},
            })
    assert len(aspects) == 14 and len(points) == 53
    return {
        "title": {"zhCn": "重点督导内容清单（示例，按文章004“14个方面53项”的结构）", "english": "Key supervision points (illustrative, in the shape of article 004: 14 aspects, 53 points)"},
        "aspects": aspects,
        "points": points,
        "isIllustrative": True,
    }


def text(zh, en):
    return {"zhCn": zh, "english": en}


def evidence(kind, reference, note=None):
    e = {"kind": kind, "reference": reference}
    if note:
        e["note"] = {"zhCn": note[0], "english": note[1]}
    return e


def finding(fid, org, zh, en, evidences, **target):
    f = {"id": fid, "organization": org, "description": text(zh, en), "evidence": evidences}
    f.update(target)
    return f


def records():
    groups = [
        {"id": "G1", "name": text("第一督导组（示例）", "Supervision group 1 (illustrative)"), "members": [
            {"name": "赵明远", "role": "Leader"}, {"name": "钱立新", "role": "DeputyLeader"}, {"name": "孙晓", "role": "Member"}]},
        {"id": "G2", "name": text("第二督导组（示例）", "Supervision group 2 (illustrative)"), "members": [
            {"name": "李卫东", "role": "Leader"}, {"name": "周婷", "role": "Member"}]},
    ]
    visits = [
        {"id": "V01", "group": "G1", "organization": "BZ-001", "date": "2018-04-12", "methods": ["HearReport", "CheckFiles", "ReviewMaterials"], "findings": [
            finding("F01", "BZ-001", "党委专题研究机关党建工作记录不全", "Committee's study of party-building work not fully recorded",
                    [evidence("Minutes", "BZ-001-MIN-2018-1", ("一季度未见专题研究记录", "no dedicated study recorded in the first quarter"))], point="A04-01"),
            finding("F02", "BZ-001-B01", "支部工作台账未按月更新", "Branch ledger not updated monthly",
                    [evidence("Document", "BZ-001-B01-LEDGER-2018")], point="A05-03"),
        ]},
        {"id": "V02", "group": "G2", "organization": "BZ-002", "date": "2018-05-16", "methods": ["IndividualInterview", "SitInOnMeeting"], "findings": [
            finding("F03", "BZ-002", "理论学习中心组学习计划未按期执行", "Study plan of the theory group not kept",
                    [evidence("InterviewNote", "V02-INT-03"), evidence("Minutes", "BZ-002-STUDY-2018-05")], point="A02-02"),
            finding("F04", "BZ-002-B01", "党员大会召开次数不足", "Too few members' meetings",
                    [evidence("Minutes", "BZ-002-B01-MM-2018")], indicator="BZ-A2-02"),
        ]},
        {"id": "V03", "group": "G1", "organization": "BZ-001", "date": "2018-09-20", "methods": ["CheckFiles", "LedgerReview", "RandomCheck"], "findings": [
            finding("F05", "BZ-001-B01", "8月未开展主题党日", "No theme party day in August",
                    [evidence("Minutes", "BZ-001-B01-MIN-2018", ("8月无主题党日记录", "no theme party day recorded in August"))], lifeRule="MissedMeeting"),
            finding("F06", "BZ-001-B02", "党员领导干部三季度未参加所在支部组织生活", "Leading cadre absent from the branch's life in the third quarter",
                    [evidence("LifeRecord", "BZ-001-B02-CM-07"), evidence("LifeRecord", "BZ-001-B02-TD-07")], lifeRule="LeadingCadreAbsent"),
        ]},
        {"id": "V04", "group": "G2", "organization": "BZ-003", "date": "2018-11-08", "methods": ["HearReport", "SupervisionOrder"], "findings": [
            finding("F07", "BZ-003", "意识形态工作责任制落实不到位", "Responsibility for ideological work not carried out",
                    [evidence("SiteInspection", "V04-SITE-01")], point="A03-01"),
        ]},
        {"id": "V05", "group": "G1", "organization": "BZ-002", "date": "2018-12-10", "methods": ["HearReport"]},
    ]
    circulars = [
        {"id": "C01", "issuedOn": "2018-06-01", "title": text("关于2018年上半年机关党建督导情况的通报（示例）", "Circular on the supervision of the first half of 2018 (illustrative)"), "findings": ["F01", "F03"]},
    ]
    return {
        "year": 2018, "committeeId": "BZ-WC", "groups": groups, "visits": visits,
        "circulars": circulars, "notices": NOTICES, "isIllustrative": True,
    }, visits


# The responsible person of every item (整改责任人) is the secretary of the organization the finding concerns in
# organizations/binzhou-snapshot.json (BZ-001-B01-M001 is secretary of BZ-001 and of BZ-001-B01, BZ-002-B01-M001 of BZ-002 and
# of BZ-002-B01, BZ-001-B02-M001 of BZ-001-B02); a finding at a branch names the branch as the responsible department.
NOTICES = [
    {"id": "N01", "organization": "BZ-001", "issuedOn": "2018-04-25", "items": [
        {"finding": "F01", "deadline": "EndOfNovember", "responsible": "BZ-001-B01-M001"},
        {"finding": "F02", "deadline": "YearEnd", "responsible": "BZ-001-B01-M001", "responsibleDepartment": "BZ-001-B01"}]},
    {"id": "N02", "organization": "BZ-002", "issuedOn": "2018-05-30", "items": [
        {"finding": "F03", "dueOn": "2018-08-31", "responsible": "BZ-002-B01-M001"},
        {"finding": "F04", "deadline": "LongTerm", "responsible": "BZ-002-B01-M001", "responsibleDepartment": "BZ-002-B01"}]},
    {"id": "N03", "organization": "BZ-001", "issuedOn": "2018-10-08", "items": [
        {"finding": "F01", "dueOn": "2018-12-20", "repeats": "N01", "responsible": "BZ-001-B01-M001"},
        {"finding": "F05", "dueOn": "2018-11-30", "responsible": "BZ-001-B01-M001", "responsibleDepartment": "BZ-001-B01"},
        {"finding": "F06", "deadline": "YearEnd", "responsible": "BZ-001-B02-M001", "responsibleDepartment": "BZ-001-B02"}]},
]

# What became of each measure (illustrative): completion date and evidence, and look-back re-checks naming the finding.
# F05 stays open past its date (overdue at the end of 2018), F04 is a long-term task, F06 is open until the year end.
OUTCOMES = {
    "F01": {"completion": {"date": "2018-12-18", "evidence": "BZ-001-MIN-2018-12（示例）"}},
    "F02": {"completion": {"date": "2018-11-20", "evidence": "BZ-001-B01-LEDGER-2018-11（示例）"},
            "rechecks": [{"date": "2018-12-20", "outcome": "Confirmed", "note": "回头看：台账按月更新（示例）"}]},
    "F03": {"completion": {"date": "2018-08-28", "evidence": "BZ-002-STUDY-2018-08（示例）"},
            "rechecks": [{"date": "2018-11-15", "outcome": "Confirmed", "note": "回头看：学习计划执行到位（示例）"}]},
}


def ledger_class(due):
    """The narrowest deadline class whose date in 2018 is on or after an explicit date (SupervisionEngine.ToLedgerProblems)."""
    return "EndOfNovember" if due <= "2018-11-30" else "YearEnd" if due <= "2018-12-31" else "LongTerm"


def ledger(visits):
    """The notices carried into the rectification ledger as SupervisionEngine.ToLedgerProblems does: one problem per item, the
    finding as origin; a restated finding (F01 on N03) replaces the earlier item's problem, the later notice governing."""
    findings = {f["id"]: f for v in visits for f in v.get("findings", [])}
    problems = {}
    for notice in NOTICES:
        for item in notice["items"]:
            f = findings[item["finding"]]
            pid = "SUP-" + f["id"]
            measure = {
                "id": pid + "-M1",
                "description": text(f"按整改通知书{notice['id']}整改：{f['description']['zhCn']}",
                                    f"Rectify as notice {notice['id']} requires: {f['description']['english']}"),
                "firstResponsible": item["responsible"],
                "deadline": item.get("deadline") or ledger_class(item["dueOn"]),
            }
            outcome = OUTCOMES.get(f["id"], {})
            if "completion" in outcome:
                measure["completion"] = outcome["completion"]
            if "rechecks" in outcome:
                measure["rechecks"] = [dict(r, origin={"kind": "SupervisionFinding", "key": f["id"]}) for r in outcome["rechecks"]]
            if "dueOn" in item:
                measure["dueOn"] = item["dueOn"]
            measure["responsibleDepartment"] = item.get("responsibleDepartment", notice["organization"])
            problems[pid] = {
                "id": pid, "organization": f["organization"], "area": "SUP", "description": f["description"],
                "measures": [measure], "origin": {"kind": "SupervisionFinding", "key": f["id"]},
            }
    return {
        "id": "BZ-WC-SUP-2018",
        "title": text("督导发现问题整改台账（示例）", "Ledger of the rectification of supervision findings (illustrative)"),
        "year": 2018,
        "establishedOn": "2018-04-25",
        "areas": [{"id": "SUP", "title": text("督导发现问题（示例）", "Supervision findings (illustrative)")}],
        "problems": [problems[k] for k in sorted(problems)],
    }


def write(name, kind, content):
    document = {"schemaVersion": "1.0", "kind": kind, "content": content}
    (HERE / name).write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    write("catalogue-004-shape.json", "supervision-catalogue", catalogue())
    content, visits = records()
    write("records-bz-2018.json", "supervision-records", content)
    write("ledger-bz-2018.json", "rectification-ledger", ledger(visits))
