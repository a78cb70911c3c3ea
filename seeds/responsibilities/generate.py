#!/usr/bin/env python3
"""Writes the Responsibilities seed documents. Deterministic: no randomness, no clock.

What comes from the articles: the 12/8/7 split of principal, assisting and guiding-and-supervising responsibilities
of the Shandong provincial working committee's opinion (000_e16ecb55d1064983.txt); the 17-item target agreement
signed in January and inspected quarterly (000, provincial petition bureau); the ledger's 12 problems in 5 areas, 21
measures and three deadline classes (000, provincial people's congress organ); the recurring ideology duties
(001_3fa94c5f775c9ea2.txt); four-level lists (004_a4571a0bcca6dd98.txt); the leading-group members' contact branches
with research, a heart-to-heart talk and a party lesson among the "六个一" tasks (000, Shandong Yellow River bureau).
The people are the registry's (seeds/organizations/binzhou-snapshot.json): the agreement's holder is BZ-002-B01's
secretary, each contact branch's member holds a leading-group role of the organization, the branch lies under it.
What is the seed's own (illustrative): every item text; the scheme's level weights; each department's annual list;
the contact branches chosen, the tasks' dates, and the names of the "other" tasks (marked 示例).
A department list here is a Binzhou (municipal) organ's list of 25 items made of the 12 principal and the 8 assisting
responsibilities of the provincial shape plus 5 items of the seed's own. It is NOT the province's 2019 list of 25
principal responsibilities that article 000 names, and does not cite it: the list cites the 12/8/7 split, marked
illustrative, and the 5 extra items cite nothing. Organization IDs follow the shared BZ-* scheme.
Run: python3 seeds/responsibilities/generate.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
YEAR = 2019

A000 = {"code": "article-000", "title": {"zhCn": "《走在前 作表率 切实提高省直机关党的建设质量》",
        "english": "Shandong provincial organs: leading by example in party-building quality"},
        "kind": "Article", "reference": "000_e16ecb55d1064983.txt"}
A001 = {"code": "article-001", "title": {"zhCn": "《强化党建引领 聚力改革攻坚》",
        "english": "Shandong working committee interview: party building leading reform"},
        "kind": "Article", "reference": "001_3fa94c5f775c9ea2.txt"}
A004 = {"code": "article-004", "title": {"zhCn": "《坚决走好践行“两个维护”第一方阵 奋力谱写新时代机关党建高质量发展甘肃篇章》",
        "english": "Gansu provincial organs: five years of high-quality organ party building"},
        "kind": "Article", "reference": "004_a4571a0bcca6dd98.txt"}


def cite(source, clause):
    return {"source": source, "clause": clause}


SPLIT = cite(A000, "12项机关党建主体责任，机关党委8项协助责任和工委7项指导督促责任")
# The same passage, cited by a document of the seed's own whose figures the article does not give.
SPLIT_ILLUSTRATIVE = cite(dict(A000, isIllustrative=True), "12项机关党建主体责任，机关党委8项协助责任和工委7项指导督促责任")
IDEOLOGY = cite(A001, "每年至少两次专题研究意识形态工作,每季一提示,每年向工委汇报一次")
AGREEMENT = cite(A000, "年初签订责任书、季度督导检查、年终述职评议")
LEDGER = cite(A000, "5大方面12项突出问题，针对性制定21条整改措施，明确11月底、年底和长期任务三个整改期限")


def text(zh, en):
    return {"zhCn": zh, "english": en}


# The 27 responsibilities of the Shandong shape: 12 principal, 8 assisting, 7 guiding-and-supervising (000).
# The article names the counts only; every text below is illustrative.
PRINCIPAL = [
    ("把机关党建纳入本单位发展总体布局", "Make organ party building part of the department's overall plan"),
    ("党组书记履行机关党建第一责任人职责", "The party-group secretary acts as first responsible person for organ party building"),
    ("专题研究意识形态工作", "Study ideology work in dedicated meetings"),
    ("每季度提示意识形态工作", "Issue an ideology-work reminder every quarter"),
    ("向工委报告意识形态工作情况", "Report on ideology work to the working committee"),
    ("听取机关党委工作汇报", "Hear the organ party committee's work report"),
    ("班子成员落实一岗双责", "Leading-group members carry one post, two duties"),
    ("配齐配强专职党务干部", "Staff full-time party-affairs cadres fully"),
    ("保障党建工作经费和场所", "Provide funds and rooms for party work"),
    ("开展理论学习中心组学习", "Run the theory study group of the leadership"),
    ("落实党风廉政建设责任", "Carry the duty for clean conduct"),
    ("年终述职评议机关党建工作", "Report on and have organ party building reviewed at year end"),
]
ASSISTING = [
    ("协助党组制定年度党建工作要点", "Help the party group draft the year's key points of party work"),
    ("督促指导党支部落实三会一课", "Urge and guide branches to hold three meetings and one lesson"),
    ("组织党支部标准化建设", "Organise branch standardization"),
    ("开展党员积分管理", "Run member points"),
    ("组织党支部书记培训", "Organise training of branch secretaries"),
    ("抓好党员发展和教育管理", "Recruit, educate and manage members"),
    ("组织双述双评", "Organise double report, double review"),
    ("建立党建工作台账", "Keep the ledger of party work"),
]
SUPERVISING = [
    ("制定年度机关党建责任清单", "Issue the year's organ party-building responsibility lists"),
    ("督导部门党组落实主体责任", "Supervise department party groups in their principal responsibility"),
    ("每季度开展督导检查", "Inspect every quarter"),
    ("组织机关党建述职评议考核", "Run the report, review and assessment of organ party building"),
    ("通报责任落实情况", "Publish how responsibilities were carried out"),
    ("培训机关党务干部", "Train organ party-affairs cadres"),
    ("对落实不力的追责问责", "Hold to account those who fall short"),
]


def definitions():
    rows = []
    for prefix, level, items in (("P", "Principal", PRINCIPAL), ("A", "Assisting", ASSISTING), ("S", "GuidingAndSupervising", SUPERVISING)):
        for n, (zh, en) in enumerate(items, 1):
            rows.append({"id": f"{prefix}{n:02d}", "level": level, "content": text(zh, en), "citation": SPLIT, "illustrative": True})
    return rows


def once(date):
    return {"kind": "Once", "dueOn": date}


def recurring(period, times=1):
    return {"kind": "Recurring", "period": period, "timesPerPeriod": times}


# Due rules of the department lists, by definition id. P03-P05 are article 001's recurring ideology duties.
DUE = {
    "P01": once("2019-03-31"), "P02": recurring("Year", 1), "P03": recurring("Year", 2), "P04": recurring("Quarter", 1),
    "P05": recurring("Year", 1), "P06": recurring("HalfYear", 1), "P07": once("2019-06-30"), "P08": once("2019-09-30"),
    "P09": once("2019-03-31"), "P10": recurring("Quarter", 1), "P11": once("2019-11-30"), "P12": once("2019-12-31"),
    "A01": once("2019-02-28"), "A02": recurring("Quarter", 1), "A03": once("2019-11-30"), "A04": recurring("Month", 1),
    "A05": once("2019-06-30"), "A06": recurring("HalfYear", 1), "A07": once("2019-12-31"), "A08": recurring("Quarter", 1),
    "S01": once("2019-02-28"), "S02": recurring("HalfYear", 1), "S03": recurring("Quarter", 1), "S04": once("2019-12-31"),
    "S05": recurring("HalfYear", 1), "S06": once("2019-10-31"), "S07": once("2019-12-31"),
}

# Items of the 2019 list that the scheme does not define (illustrative).
ANNUAL_EXTRAS = [
    ("开展主题教育专题学习", "Hold the theme-education study sessions", once("2019-09-30")),
    ("完成机构改革后党组织调整", "Adjust party organizations after the institutional reform", once("2019-06-30")),
    ("召开机关党建工作会议", "Hold the organ party-building work conference", once("2019-03-31")),
    ("检视整改突出问题", "Examine and rectify prominent problems", once("2019-11-30")),
    ("开展党支部书记述职", "Have branch secretaries report on their work", once("2019-12-31")),
]

# Five departments of the BZ-* scheme and how many of their items they miss: a simple, deterministic spread.
DEPARTMENTS = [("BZ-001", 0), ("BZ-002", 1), ("BZ-003", 2), ("BZ-004", 3), ("BZ-005", 5)]


def window_dates(rule):
    """One evidence date per required record of each occurrence: mid-window, or shortly before a once deadline."""
    if rule["kind"] == "Once":
        y, m, d = map(int, rule["dueOn"].split("-"))
        return [f"{y:04d}-{m:02d}-{max(1, d - 5):02d}"]
    months = {"Month": 1, "Quarter": 3, "HalfYear": 6, "Year": 12}[rule["period"]]
    dates = []
    for first in range(1, 13, months):
        for k in range(rule["timesPerPeriod"]):
            month = first + min(k * (months // max(1, rule["timesPerPeriod"])), months - 1)
            dates.append(f"{YEAR:04d}-{month:02d}-{10 + k:02d}")
    return dates


def department_list(org, misses):
    items = []
    ids = [d["id"] for d in definitions() if d["level"] in ("Principal", "Assisting")]
    for def_id in ids:
        d = next(x for x in definitions() if x["id"] == def_id)
        items.append({"id": f"R-{def_id}", "level": d["level"], "content": d["content"], "due": DUE[def_id],
                      "citation": IDEOLOGY if def_id in ("P03", "P04", "P05") else SPLIT,
                      "illustrative": True, "definitionId": def_id})
    # Five items of the seed's own (no scheme responsibility and no article behind them): they cite nothing.
    for n, (zh, en, due) in enumerate(ANNUAL_EXTRAS, 1):
        items.append({"id": f"R-Y{n:02d}", "level": "Principal", "content": text(zh, en), "due": due, "illustrative": True})
    evidence = []
    for index, item in enumerate(items):
        dates = window_dates(item["due"])
        # A department that misses k items drops the last occurrence of k items spread over its list.
        if misses and index % (len(items) // misses) == 0 and index // (len(items) // misses) < misses:
            dates = dates[:-1]
        for n, date in enumerate(dates, 1):
            evidence.append({"listId": f"{org}-2019", "itemId": item["id"], "date": date,
                             "description": f"{item['id']} record {n}"})
    lst = {"id": f"{org}-2019", "owner": org, "year": YEAR, "kind": "Annual",
           "title": text(f"{org} 2019年度机关党建责任清单", f"{org} organ party-building responsibility list 2019"),
           "items": items, "citation": SPLIT_ILLUSTRATIVE}
    return lst, evidence


def committee_list():
    items = []
    evidence = []
    for d in definitions():
        if d["level"] != "GuidingAndSupervising":
            continue
        item = {"id": f"R-{d['id']}", "level": d["level"], "content": d["content"], "due": DUE[d["id"]],
                "citation": SPLIT, "illustrative": True, "definitionId": d["id"]}
        items.append(item)
        for n, date in enumerate(window_dates(item["due"]), 1):
            evidence.append({"listId": "BZ-WC-2019", "itemId": item["id"], "date": date, "description": f"{item['id']} record {n}"})
    lst = {"id": "BZ-WC-2019", "owner": "BZ-WC", "year": YEAR, "kind": "Annual",
           "title": text("市直机关工委 2019年度指导督促责任清单", "Working committee guiding and supervising list 2019"),
           "items": items, "citation": SPLIT}
    return lst, evidence


def agreement():
    """A 17-item target-responsibility agreement for a branch secretary: signed in January, inspected quarterly (000)."""
    texts = [
        ("按期召开支部党员大会", "Hold the members' meeting on time", recurring("Quarter")),
        ("按月召开支委会", "Hold the branch committee meeting every month", recurring("Month")),
        ("按月开展主题党日", "Hold the theme party day every month", recurring("Month")),
        ("讲好专题党课", "Give party lessons", recurring("HalfYear")),
        ("召开组织生活会", "Hold the organizational-life meeting", once("2019-12-31")),
        ("开展民主评议党员", "Run the democratic appraisal of members", once("2019-12-31")),
        ("按时收缴党费", "Collect dues on time", recurring("Quarter")),
        ("落实党员积分申报审核", "Audit member points declarations", recurring("Month")),
        ("开展谈心谈话", "Hold heart-to-heart talks", recurring("HalfYear")),
        ("完成支部标准化建设任务", "Complete the branch standardization tasks", once("2019-11-30")),
        ("接受季度督导检查", "Undergo the quarterly inspection", recurring("Quarter")),
        ("年初签订目标责任书", "Sign the target-responsibility agreement", once("2019-01-31")),
        ("年终述职评议", "Report and be reviewed at year end", once("2019-12-31")),
        ("维护党建工作台账", "Keep the branch's party-work ledger", recurring("Quarter")),
        ("组织党员志愿服务", "Organise members' volunteer service", recurring("HalfYear")),
        ("加强信访业务学习", "Study the petition work", recurring("Quarter")),
        ("落实党风廉政教育", "Hold clean-conduct education", recurring("HalfYear")),
    ]
    items = []
    evidence = []
    for n, (zh, en, due) in enumerate(texts, 1):
        item = {"id": f"T{n:02d}", "level": "Implementing", "content": text(zh, en), "due": due,
                "citation": AGREEMENT, "illustrative": True}
        items.append(item)
        for k, date in enumerate(window_dates(due), 1):
            evidence.append({"listId": "BZ-002-B01-2019", "itemId": item["id"], "date": date, "description": f"{item['id']} record {k}"})
    lst = {"id": "BZ-002-B01-2019", "owner": "BZ-002-B01", "year": YEAR, "kind": "TargetAgreement",
           "title": text("党支部书记落实党建工作目标责任书", "Branch secretary's target-responsibility agreement"),
           "items": items, "signedOn": "2019-01-10", "citation": AGREEMENT,
           # The registry's secretary of BZ-002-B01 on the signing date.
           "holder": {"member": "BZ-002-B01-M001", "name": "邓芳娟"}}
    return lst, evidence


def task(kind, dates, required=1, name=None):
    t = {"kind": kind, "dates": dates, "requiredCount": required}
    if name:
        t["name"] = name
    return t


def contact_points():
    """Leading-group members' contact branches (000: 每位班子成员选择一个基层支部作为联系点): the registry's people and
    branches; which branch, the dates and the "other" tasks are the seed's own (示例)."""
    other = text("示例任务：走访一次支部党员", "Illustrative task: visit the branch's members once")
    return [
        # BZ-001's leading-group member: all three named tasks done.
        {"member": {"member": "BZ-001-B02-M001", "name": "郭红"}, "organization": "BZ-001", "year": YEAR, "branch": "BZ-001-B03",
         "tasks": [task("Research", ["2019-04-18"]), task("HeartToHeartTalk", ["2019-06-05"]), task("PartyLesson", ["2019-07-01"])]},
        # BZ-002's: the party lesson never given (short at year end).
        {"member": {"member": "BZ-002-B02-M001", "name": "肖辉萍"}, "organization": "BZ-002", "year": YEAR, "branch": "BZ-002-B03",
         "tasks": [task("Research", ["2019-05-20"]), task("HeartToHeartTalk", ["2019-03-12"]), task("PartyLesson", [])]},
        # BZ-003's: two talks required, one held; an illustrative other task done.
        {"member": {"member": "BZ-003-B02-M001", "name": "崔刚萍"}, "organization": "BZ-003", "year": YEAR, "branch": "BZ-003-B01",
         "tasks": [task("Research", ["2019-09-10"]), task("HeartToHeartTalk", ["2019-04-02"], 2), task("PartyLesson", ["2019-10-15"]),
                   task("Other", ["2019-11-06"], name=other)]},
        # The working committee's leading-group member, at a branch of a department under it.
        {"member": {"member": "BZ-WC-B01-M003", "name": "刘桂"}, "organization": "BZ-WC", "year": YEAR, "branch": "BZ-005-B01",
         "tasks": [task("Research", ["2019-03-28"]), task("HeartToHeartTalk", ["2019-08-22"]), task("PartyLesson", ["2019-06-28"])]},
    ]


def four_level():
    """A four-level list (004) for one department: one item at each level."""
    items = [
        {"id": "F1", "level": "Principal", "content": text("党组听取机关党建工作汇报", "The party group hears the report on organ party building"),
         "due": recurring("HalfYear"), "citation": cite(A004, "印发四级责任清单"), "illustrative": True},
        {"id": "F2", "level": "Assisting", "content": text("机关党委督促支部落实组织生活", "The organ party committee urges branches to hold organizational life"),
         "due": recurring("Quarter"), "citation": cite(A004, "印发四级责任清单"), "illustrative": True},
        {"id": "F3", "level": "GuidingAndSupervising", "content": text("工委联系点督导", "The committee's contact-point supervision"),
         "due": once("2019-11-30"), "citation": cite(A004, "印发四级责任清单"), "illustrative": True},
        {"id": "F4", "level": "Implementing", "content": text("支部书记抓具体落实", "The branch secretary sees to implementation"),
         "due": recurring("Month"), "citation": cite(A004, "印发四级责任清单"), "illustrative": True},
    ]
    evidence = []
    for item in items:
        for k, date in enumerate(window_dates(item["due"]), 1):
            evidence.append({"listId": "BZ-003-4L-2019", "itemId": item["id"], "date": date, "description": f"{item['id']} record {k}"})
    lst = {"id": "BZ-003-4L-2019", "owner": "BZ-003", "year": YEAR, "kind": "FourLevel",
           "title": text("四级责任清单", "Four-level responsibility list"), "items": items, "citation": cite(A004, "印发四级责任清单")}
    return lst, evidence


def chains():
    steps = [("Clarify", "2019-01-15"), ("Assign", "2019-01-20"), ("Supervise", "2019-06-30"), ("Report", "2019-12-20"), ("Evaluate", "2019-12-28")]
    full = [{"stage": s, "date": d} for s, d in steps]
    return [
        {"listId": "BZ-001-2019", "itemId": "R-P02", "steps": full},
        {"listId": "BZ-005-2019", "itemId": "R-P11", "steps": full + [{"stage": "HoldAccountable", "date": "2019-12-30", "note": "谈话提醒 (reminder talk)"}]},
        {"listId": "BZ-003-2019", "itemId": "R-A03", "steps": full[:3]},
    ]


def ledger():
    areas = [
        ("AR1", "践行“两个维护”", "Practising the two upholds"),
        ("AR2", "落实责任制", "Carrying out the responsibility system"),
        ("AR3", "强化理论武装", "Strengthening theoretical study"),
        ("AR4", "推进党支部标准化建设", "Advancing branch standardization"),
        ("AR5", "克服形式主义、官僚主义", "Overcoming formalism and bureaucratism"),
    ]
    # 12 problems over 5 areas; the first 9 have two measures, the last 3 one: 21 measures (000).
    area_of = ["AR1", "AR1", "AR2", "AR2", "AR2", "AR3", "AR3", "AR4", "AR4", "AR5", "AR5", "AR5"]
    classes = ["EndOfNovember", "YearEnd", "LongTerm"]
    problems = []
    m = 0
    for p in range(1, 13):
        measures = []
        for k in range(2 if p <= 9 else 1):
            m += 1
            deadline = classes[(m - 1) % 3]
            measure = {"id": f"M{m:02d}", "description": text(f"整改措施 {m}（示意）", f"Rectification measure {m} (illustrative)"),
                       "firstResponsible": "BZ-001-B01-M001", "deadline": deadline}
            # Every third measure of the two dated classes stays open; the rest close before the deadline.
            if deadline != "LongTerm" and m % 4 != 0:
                date = "2019-11-15" if deadline == "EndOfNovember" else "2019-12-20"
                measure["completion"] = {"date": date, "evidence": f"整改报告 {m}"}
                if m == 1:
                    measure["rechecks"] = [{"date": "2019-12-27", "outcome": "Confirmed", "note": "回头看：整改到位"}]
                if m == 2:
                    measure["rechecks"] = [{"date": "2019-12-27", "outcome": "Relapsed", "note": "回头看：问题反弹"}]
            if deadline == "LongTerm" and m % 2 == 0:
                measure["completion"] = {"date": "2019-12-10", "evidence": f"长效机制文件 {m}"}
            measures.append(measure)
        problems.append({"id": f"Q{p:02d}", "organization": "BZ-001", "area": area_of[p - 1],
                         "description": text(f"突出问题 {p}（示意）", f"Problem {p} (illustrative)"), "measures": measures})
    return {"id": "BZ-001-LEDGER-2019", "title": text("突出问题整改台账", "Ledger of rectification of prominent problems"),
            "year": YEAR, "establishedOn": "2019-09-20",
            "areas": [{"id": i, "title": text(zh, en)} for i, zh, en in areas], "problems": problems, "citation": LEDGER}


def write(name, kind, content):
    doc = {"schemaVersion": "1.0", "kind": kind, "content": content}
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=2)
        f.write("\n")


def main():
    scheme = {"code": "shandong-shape-2019", "title": text("机关党建责任体系（山东结构）", "Organ party-building responsibilities (Shandong shape)"),
              "committee": "BZ-WC", "responsibilities": definitions(),
              "scoring": {"name": "level-weighted", "parameters": {
                  "max-points": "100", "weight-principal": "0.5", "weight-assisting": "0.3",
                  "weight-guiding-and-supervising": "0.2", "weight-implementing": "0"}},
              "citation": SPLIT, "isIllustrative": True}
    write("shandong-scheme.json", "responsibility-scheme", scheme)

    lists, evidence = [], []
    for org, misses in DEPARTMENTS:
        lst, ev = department_list(org, misses)
        lists.append(lst)
        evidence.extend(ev)
    for make in (committee_list, agreement, four_level):
        lst, ev = make()
        lists.append(lst)
        evidence.extend(ev)
    write("binzhou-2019-data-set.json", "responsibility-data-set",
          {"year": YEAR, "lists": lists, "evidence": evidence, "chains": chains(), "contactPoints": contact_points()})
    write("rectification-ledger-2019.json", "rectification-ledger", ledger())


if __name__ == "__main__":
    main()
