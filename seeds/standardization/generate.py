#!/usr/bin/env python3
"""Writes the standardization seed documents of this folder. Deterministic: run it again and nothing changes.

Catalogue structures (aspect counts, indicator counts, aspect names where the articles give them) follow the source
articles in shared/seeds; indicator texts the articles do not give are the project's own and marked illustrative.
No article gives points, scoring methods or tier thresholds, so every catalogue and both tier schemes are marked
"isIllustrative": true as a whole: explanations of scores made against them print the mark (示例).
"""
import json, os, random
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
H, F, M, S = "HearingReports", "CheckingFiles", "ReviewingMaterials", "OnSite"


def write(name, kind, content):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        json.dump({"schemaVersion": "1.0", "kind": kind, "content": content}, f, ensure_ascii=False, indent=2)
        f.write("\n")


def num(x):
    d = Decimal(str(x))
    return int(d) if d == d.to_integral_value() else float(d)


def spec(name, params=None):
    """A strategy as a scheme names it: kebab-case name and parameters, each value as text (StrategySpec)."""
    item = {"name": name}
    if params:
        item["parameters"] = {k: str(num(v)) for k, v in sorted(params.items())}
    return item


def indicator(iid, zh, en, points, method, checks, params=None, illustrative=True):
    item = {"id": iid, "title": {"zhCn": zh, "english": en}, "maxPoints": num(points), "scoring": spec(method, params), "checkedBy": checks}
    if illustrative:
        item["illustrative"] = True
    return item


def aspect(aid, zh, en, indicators, illustrative=False):
    a = {"id": aid, "title": {"zhCn": zh, "english": en}, "indicators": indicators}
    if illustrative:
        a["illustrative"] = True
    return a


FILES = {"article-000": "000_e16ecb55d1064983.txt", "article-002": "002_3d274b2eb4d4736e.txt",
         "article-003": "003_abfdaf3ed68f7e40.txt", "article-004": "004_a4571a0bcca6dd98.txt"}


def catalogue(cid, zh, en, aspects, source, clause):
    return {"id": cid, "title": {"zhCn": zh, "english": en}, "declaredTotal": 100, "aspects": aspects,
            "source": source, "sourceClause": clause, "sourceFile": FILES[source], "isIllustrative": True}


# ---------------------------------------------------------------- Binzhou (002): 7 aspects, 30 quantified targets
def binzhou():
    def ind(a, n, zh, en, pts, method, checks, params=None):
        return indicator(f"BZ-{a}-{n:02d}", zh, en, pts, method, checks, params)

    aspects = [
        aspect("BZ-A1", "思想建设", "Ideology", [
            ind("A1", 1, "理论学习中心组和支部集中学习按计划开展", "Group and branch study held as planned", 5, "deduction", [F, M], {"per-occurrence": 1}),
            ind("A1", 2, "党员参加集中学习的比例", "Share of members attending collective study", 4, "proportional", [F], {"zero-rate": 0.5}),
            ind("A1", 3, "每年至少两次研究意识形态工作", "Ideology work studied at least twice a year", 3, "checklist", [F, H]),
            ind("A1", 4, "党员学习笔记和心得完整", "Members' study notes and reflections complete", 3, "deduction", [M], {"per-occurrence": 0.5}),
        ]),
        aspect("BZ-A2", "组织建设", "Organization", [
            ind("A2", 1, "支部按期换届，委员配备齐全", "Branch re-elected on time with a full committee", 4, "checklist", [F]),
            ind("A2", 2, "党员大会每季度召开", "Members' meeting held every quarter", 4, "deduction", [F], {"per-occurrence": 1}),
            ind("A2", 3, "支委会每月召开", "Branch committee meeting held every month", 3, "deduction", [F], {"per-occurrence": 0.5}),
            ind("A2", 4, "每月开展主题党日", "Monthly theme party day held", 3, "proportional", [F, S]),
            ind("A2", 5, "组织生活会和民主评议党员每年开展", "Annual organizational-life meeting and appraisal of members", 3, "checklist", [F, M]),
            ind("A2", 6, "发展党员程序规范", "Member recruitment follows procedure", 3, "deduction", [F], {"per-occurrence": 1.5}),
        ]),
        aspect("BZ-A3", "作风建设", "Conduct", [
            ind("A3", 1, "落实中央八项规定精神", "Eight-point rules observed", 5, "deduction", [H, F], {"per-occurrence": 2.5}),
            ind("A3", 2, "群众满意度", "Satisfaction of the people served", 4, "proportional", [M], {"zero-rate": 0.6}),
            ind("A3", 3, "开展调查研究并形成报告", "Field research done and reported", 3, "checklist", [M]),
            ind("A3", 4, "窗口服务承诺公开", "Service commitments published", 3, "checklist", [S]),
        ]),
        aspect("BZ-A4", "反腐倡廉建设", "Anti-corruption", [
            ind("A4", 1, "廉政教育每半年至少一次", "Integrity education at least every half year", 5, "deduction", [F], {"per-occurrence": 2.5}),
            ind("A4", 2, "廉政风险点排查和防控措施", "Integrity risks identified with controls", 5, "checklist", [M]),
            ind("A4", 3, "党员参加警示教育比例", "Share of members in warning education", 5, "proportional", [F]),
            ind("A4", 4, "支部党员发生严重违纪违法", "Serious violation by a branch member", 0, "veto", [H, F]),
        ]),
        aspect("BZ-A5", "制度建设", "Institutions", [
            ind("A5", 1, "三会一课制度健全并上墙", "Three-meetings-one-lesson rules in place and posted", 4, "checklist", [S]),
            ind("A5", 2, "党费按月足额收缴", "Dues collected monthly and in full", 4, "deduction", [F], {"per-occurrence": 1}),
            ind("A5", 3, "党务公开按期进行", "Party affairs published on schedule", 4, "deduction", [S, M], {"per-occurrence": 1}),
            ind("A5", 4, "工作台账规范完整", "Work ledgers complete and orderly", 3, "deduction", [F], {"per-occurrence": 0.5, "floor": 1}),
        ]),
        aspect("BZ-A6", "保障机制建设", "Safeguards", [
            ind("A6", 1, "有固定的党员活动场所", "A fixed venue for party activities", 3, "checklist", [S]),
            ind("A6", 2, "党建工作经费保障到位", "Party-building funds provided", 3, "checklist", [F]),
            ind("A6", 3, "党务干部参加培训比例", "Share of party-affairs staff trained", 2, "proportional", [F]),
            ind("A6", 4, "党建信息化平台使用", "Digital party-building platform in use", 2, "checklist", [S]),
        ]),
        aspect("BZ-A7", "责任体系建设", "Responsibility system", [
            ind("A7", 1, "书记履行第一责任人职责并述职", "Secretary acts as first responsible person and reports", 4, "checklist", [H]),
            ind("A7", 2, "班子成员落实一岗双责", "Leading members carry one post, two duties", 3, "deduction", [H, M], {"per-occurrence": 1}),
            ind("A7", 3, "党建与业务同谋划同部署同考核", "Party work planned, deployed and assessed with the business", 3, "checklist", [M]),
            ind("A7", 4, "获得上级表彰或创建党建品牌", "Commended by a higher level or a recognised party-building brand", 3, "bonus", [M], {"per-occurrence": 1.5}),
        ]),
    ]
    return catalogue("BZ-2017", "滨州市直机关党支部标准化建设考核指标", "Binzhou municipal organs: branch standardization indicators",
                     aspects, "article-002", "借鉴企业质量管理ISO9000的经验做法……七个方面党建标准,细化、量化30项工作目标")


# ---------------------------------------------------------------- Shandong provincial archives (000): 8 aspects, 52 indicators
def archives():
    spec = [
        ("政治建设标准化", "Political building", 15, [
            ("两个维护落实情况", "Upholding the two safeguards"), ("请示报告制度执行", "Reporting to the higher level"),
            ("政治理论学习计划", "Plan of political study"), ("政治生日活动", "Political-birthday activities"),
            ("党员政治表现评价", "Appraisal of members' political conduct"), ("政治纪律专题教育", "Education on political discipline"),
            ("重大事项报告", "Reporting major matters")]),
        ("思想建设标准化", "Ideological building", 15, [
            ("集中学习次数", "Number of collective study sessions"), ("党员自学记录", "Members' self-study records"),
            ("专题研讨发言", "Speeches at thematic seminars"), ("学习强国使用", "Use of the study platform"),
            ("意识形态研判", "Assessment of the ideological situation"), ("宣传阵地管理", "Management of publicity boards"),
            ("学习成果转化", "Turning study into results")]),
        ("组织设置标准化", "Organizational set-up", 10, [
            ("支部设置符合规定", "Branch set up as required"), ("支委会分工明确", "Clear division of committee duties"),
            ("党小组划分合理", "Sensible party groups"), ("按期换届", "Re-election on time"),
            ("组织关系转接及时", "Timely transfer of membership"), ("党员信息库准确", "Accurate member database")]),
        ("组织生活标准化", "Organizational life", 15, [
            ("党员大会", "Members' meetings"), ("支委会", "Committee meetings"), ("党小组会", "Party-group meetings"),
            ("党课", "Party lessons"), ("主题党日", "Theme party days"), ("组织生活会", "Organizational-life meeting"),
            ("民主评议党员", "Democratic appraisal of members")]),
        ("党员管理标准化", "Member management", 15, [
            ("党费收缴", "Dues collection"), ("流动党员管理", "Management of mobile members"), ("党员积分管理", "Member points"),
            ("发展党员程序", "Recruitment procedure"), ("谈心谈话", "Heart-to-heart talks"),
            ("困难党员关怀", "Care for members in difficulty"), ("不合格党员处置", "Handling unqualified members")]),
        ("工作机制标准化", "Working mechanisms", 10, [
            ("年度工作计划", "Annual work plan"), ("党建工作台账", "Party-building ledger"), ("党务公开", "Publishing party affairs"),
            ("考核评价机制", "Assessment mechanism"), ("问题整改机制", "Rectification mechanism"), ("档案管理", "Archive management")]),
        ("阵地保障标准化", "Venues and resources", 10, [
            ("党员活动室", "Members' activity room"), ("党建经费", "Party-building funds"), ("信息化平台", "Digital platform"),
            ("党建图书角", "Party-building book corner"), ("标识标牌规范", "Signs and boards"), ("党务干部配备", "Party-affairs staffing")]),
        ("作用发挥标准化", "Playing its role", 10, [
            ("党员示范岗", "Members' model posts"), ("服务中心工作", "Serving the core work"), ("志愿服务", "Volunteer service"),
            ("党建品牌", "Party-building brand"), ("群众满意度", "Satisfaction of the people served"), ("先进典型选树", "Models cultivated")]),
    ]
    methods = [("checklist", [F], None), ("deduction", [F, M], {"per-occurrence": 0.5}), ("proportional", [F], None)]
    aspects = []
    for a, (zh, en, pts, items) in enumerate(spec, start=1):
        n = len(items)
        base, extra = divmod(pts, n)
        split = [base + (1 if i < extra else 0) for i in range(n)]
        inds = []
        for i, ((izh, ien), p) in enumerate(zip(items, split), start=1):
            method, checks, params = methods[(a + i) % 3]
            inds.append(indicator(f"SDA-{a}-{i:02d}", izh, ien, p, method, checks, params))
        aspects.append(aspect(f"SDA-{a}", zh, en, inds, illustrative=True))
    return catalogue("SD-ARCHIVES-2019", "山东省档案馆党支部标准化建设指标清单", "Shandong provincial archives: branch standardization indicator list",
                     aspects, "article-000", "8项52个指标")


# ---------------------------------------------------------------- Pingdingshan (003): the six -izations
def pingdingshan():
    spec = [
        ("学习教育常态化", "Regular study and education", [("月度学习计划落实", "Monthly study plan carried out", 7, "deduction", {"per-occurrence": 1}), ("党员参学率", "Members' study attendance", 7, "proportional", None), ("学习心得交流", "Sharing study reflections", 6, "checklist", None)]),
        ("党内生活严格化", "Strict inner-party life", [("三会一课按时开展", "Three meetings and one lesson on time", 7, "deduction", {"per-occurrence": 1}), ("组织生活会批评与自我批评", "Criticism and self-criticism at the life meeting", 7, "checklist", None), ("主题党日开展率", "Theme party days held", 6, "proportional", None)]),
        ("组织建设标准化", "Standardized organization building", [("支部设置和换届规范", "Set-up and re-election as required", 5, "checklist", None), ("党小组作用发挥", "Party groups functioning", 5, "checklist", None), ("台账资料规范", "Ledgers and records in order", 5, "deduction", {"per-occurrence": 1})]),
        ("党员管理精细化", "Fine-grained member management", [("党员积分管理", "Member points kept", 5, "checklist", None), ("党费收缴", "Dues collected", 5, "deduction", {"per-occurrence": 1}), ("党员教育培训覆盖率", "Member training coverage", 5, "proportional", None)]),
        ("队伍建设专业化", "Professional party-affairs team", [("书记和委员培训", "Secretary and committee trained", 5, "checklist", None), ("党务干部配备比例", "Party-affairs staff ratio met", 5, "checklist", None), ("党务业务考试", "Party-affairs examination", 5, "proportional", {"zero-rate": 0.6})]),
        ("服务大局融合化", "Integrated with the overall work", [("党建与业务融合项目", "Projects joining party work and business", 5, "checklist", None), ("党员先锋岗作用", "Members' vanguard posts", 5, "checklist", None), ("服务对象满意率", "Satisfaction of those served", 5, "proportional", {"zero-rate": 0.6})]),
    ]
    aspects = []
    for a, (zh, en, items) in enumerate(spec, start=1):
        inds = [indicator(f"PDS-{a}-{i:02d}", izh, ien, p, m, [F, M], params) for i, (izh, ien, p, m, params) in enumerate(items, start=1)]
        aspects.append(aspect(f"PDS-{a}", zh, en, inds))
    return catalogue("PDS-SIX-2019", "平顶山市直机关党支部“六化”建设标准", "Pingdingshan municipal organs: the six -izations of a branch",
                     aspects, "article-003", "“六化”为标尺")


# ---------------------------------------------------------------- Gansu (004): the "four strong" branch
def gansu():
    spec = [
        ("政治功能强", "Strong political function", [("政治理论学习", "Political study", 9, "deduction", {"per-occurrence": 1}), ("意识形态责任", "Ideology responsibility", 8, "checklist", None), ("政治生活规范", "Political life in order", 8, "checklist", None)]),
        ("支部班子强", "Strong branch committee", [("班子配备齐全", "Committee complete", 9, "checklist", None), ("书记述职评议", "Secretary reports and is reviewed", 8, "checklist", None), ("委员履职", "Committee members perform their duties", 8, "deduction", {"per-occurrence": 2})]),
        ("党员队伍强", "Strong membership", [("党员教育培训", "Member training", 9, "proportional", None), ("组织生活参与率", "Attendance of organizational life", 8, "proportional", {"zero-rate": 0.5}), ("党员发展质量", "Quality of recruitment", 8, "checklist", None)]),
        ("作用发挥强", "Strong role", [("服务中心大局", "Serving the core work", 9, "checklist", None), ("破解难题成效", "Problems solved", 8, "proportional", None), ("群众评价", "Evaluation by the people served", 8, "proportional", {"zero-rate": 0.6}),
                                    ("一支部一品牌", "One branch, one brand", 2, "bonus", {"per-occurrence": 1}), ("软弱涣散问题", "Weak and lax branch found", 0, "veto", None)]),
    ]
    aspects = []
    for a, (zh, en, items) in enumerate(spec, start=1):
        inds = [indicator(f"GS-{a}-{i:02d}", izh, ien, p, m, [H, F, M], params) for i, (izh, ien, p, m, params) in enumerate(items, start=1)]
        aspects.append(aspect(f"GS-{a}", zh, en, inds, illustrative=True))
    return catalogue("GS-FOUR-STRONG-2023", "甘肃省直机关“四强”党支部建设标准", "Gansu provincial organs: the four-strong branch",
                     aspects, "article-004", "“四强”党支部")


# ---------------------------------------------------------------- tier schemes
BZ_SCHEME = {
    "rule": spec("score-thresholds", {"advanced": 90, "exemplary": 95, "standard": 80}),
    "maxRisePerYear": 1,
    "campaignStart": 2017,
    "coverageTargets": [
        {"campaignYear": 1, "share": 0.5, "minimumTier": "Standard"},
        {"campaignYear": 2, "share": 0.8, "minimumTier": "Standard"},
        {"campaignYear": 3, "share": 1, "minimumTier": "Standard"},
    ],
    # Thresholds are the seed's own (no article gives them); the coverage targets follow article 002.
    "isIllustrative": True,
}
GS_SCHEME = {"rule": spec("score-thresholds-aspect-floor", {"advanced": 90, "aspect-floor": 0.6, "exemplary": 95, "standard": 80}), "maxRisePerYear": 1,
             "isIllustrative": True}


# ---------------------------------------------------------------- Binzhou assessment data set
DEPARTMENTS = [("BZ-001", "D1", 3), ("BZ-002", "D1", 2), ("BZ-021", "D2", 3), ("BZ-041", "D3", 2)]
GROUPS = {"D1": "第一督导组", "D2": "第二督导组", "D3": "第三督导组"}
EVIDENCE = {H: "听取支部书记汇报", F: "查阅支部档案", M: "查看工作材料", S: "现场查看"}


def observe(rng, ind, quality):
    m = ind["scoring"]["name"]
    if m == "checklist":
        return 1 if rng.random() < quality else 0
    if m == "proportional":
        return float(Decimal(str(min(1.0, max(0.0, quality + rng.uniform(-0.15, 0.1))))).quantize(Decimal("0.01")))
    if m == "deduction":
        return int(rng.random() * (1 - quality) * 6)
    if m == "bonus":
        return 1 if rng.random() < quality - 0.7 else 0
    return 0


def dataset(cat):
    rng = random.Random(2017)
    roster, assessments = [], []
    indicators = [i for a in cat["aspects"] for i in a["indicators"]]
    for dept, district, n in DEPARTMENTS:
        for b in range(1, n + 1):
            branch = f"{dept}-B{b:02d}"
            roster.append({"branchId": branch, "departmentId": dept, "districtId": district})
            base = rng.uniform(0.55, 0.95)
            for y, year in enumerate((2017, 2018, 2019)):
                quality = min(1.0, base + 0.08 * y)
                scores = []
                for ind in indicators:
                    value = observe(rng, ind, quality)
                    if ind["scoring"]["name"] == "veto":
                        value = 1 if (branch == "BZ-021-B02" and year == 2018) else 0
                    check = ind["checkedBy"][0]
                    scores.append({
                        "indicatorId": ind["id"], "observed": value, "assessor": "市直机关工委" + GROUPS[district],
                        "assessedOn": f"{year}-06-{10 + int(district[1])}", "checkedBy": check,
                        "evidence": f"{year}年{EVIDENCE[check]}",
                    })
                assessments.append({"branchId": branch, "year": year, "catalogueId": cat["id"], "scores": scores})
    return {"roster": {"committeeId": "BZ-WC", "branches": roster}, "assessments": assessments}


if __name__ == "__main__":
    bz = binzhou()
    write("catalogue-binzhou-002.json", "standardization-catalogue", bz)
    write("catalogue-shandong-archives-000.json", "standardization-catalogue", archives())
    write("catalogue-pingdingshan-003.json", "standardization-catalogue", pingdingshan())
    write("catalogue-gansu-004.json", "standardization-catalogue", gansu())
    write("tier-scheme-binzhou-002.json", "standardization-tier-scheme", BZ_SCHEME)
    write("tier-scheme-gansu-004.json", "standardization-tier-scheme", GS_SCHEME)
    write("assessments-binzhou-2017-2019.json", "standardization-data-set", dataset(bz))
