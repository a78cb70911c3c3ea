#!/usr/bin/env python3
"""Generates the evaluation seed documents (one coherent year for the annual evaluation) in this folder.

Shape of article 002 (002_3d274b2eb4d4736e.txt): the Binzhou municipal organs working committee (BZ-WC) assesses
97 department-level party organizations (BZ-001..BZ-097) in 5 responsibility districts (D1..D5) for 2018, evaluated
on 2019-01-15 against the organization snapshot of 2019-01-01 (seeds/organizations).

- double-review-data-set-2018.json: the 2018 double review (its own random seed). Every electorate is the registry's
  full members of the organization on the evaluation date (a probationary member has no vote, 党章 第七条); committee
  leaders and members are the working committee's people in the registry. BZ-097 (18 members, one probationary: 17
  voters) has 11 ballots in the members' round, below the 80% quorum, so BZ-097 has no double-review score.
- double-review-scheme-2018.json: the 2017 scheme ../double-review/scheme-bz-wc-2017.json from 2018 on, its proportion
  (按比例计入年度考核) read from the DR weight of scheme-2018.json so that the two sources agree.
- standardization-data-set-2018.json: branch standardization assessments of 2017 and 2018 against the Binzhou catalogue
  ../standardization/catalogue-binzhou-002.json (7 aspects, 30 targets) for every branch of the 97 organizations in the
  snapshot (retiree branches excepted), so the tier scheme ../standardization/tier-scheme-binzhou-002.json names tiers
  climbed a step a year from the 2017 campaign start (article 002); one branch (BZ-021-B02) is vetoed in 2018.
- member-points-data-set-2018.json: a year of monthly declarations, branch audits and quarterly mass reviews under article
  002's 50-standard scheme ../member-points/binzhou-2018-scheme.json (the manifest names its copy with S01 from records) for
  every member of every branch of the 97 organizations in the registry, with the registry's join dates (a probationary
  member's probation ends a year after admission, 党章 第七条, and is not graded), so every full member is graded. Each
  member declares 2 or 3 standards a month within their monthly and yearly caps (../member-points/declarations.py);
  a few items are late, rejected or adjusted; one member is sanctioned (S12) and one misses organizational life for
  three months (S10), the scheme's two hard conditions.
- responsibility-data-set-2018.json: one 2018 annual responsibility list per organization with the 12 principal and 8
  assisting responsibilities of ../responsibilities/shandong-scheme.json (article 000's 12/8/7 split; article 001's
  recurring ideology duties), due within the year, with the evidence records; a weaker organization misses a record.
- rectification-ledger-2018.json: a rectification ledger (article 000's ledger shape: areas, problems, measures with
  three deadline classes) with one problem of one or two measures per organization; a few measures are overdue.
- organizational life (../organizational-life, its own generator): the 2018 records of the three branches of BZ-001 and
  their scheme, listed in the manifest as optional inputs. Two standardization indicators of the BZ-001 branches in 2018
  take their observed value from the records instead of a typed-in value (RECORD_DERIVATIONS: 党员大会每季度召开, the
  quarters without a valid members' meeting; 组织生活会和民主评议党员每年开展, both held in the year), each equal to the
  value typed in before, so no score changes; and member-points-scheme-2018.json counts S01 (参加支部党员大会或主题党日)
  from the records for every member the records list, whose S01 declarations are therefore left out of the data set.
- member-points-scheme-2018.json: ../member-points/binzhou-2018-scheme.json with that one rule counting S01 from records.
- scheme-2018.json: the 2018 assessment scheme whose components are what the data of 2018 provide for every
  organization: double review (DR), routine work (ROUTINE, qualitative), key work (KEY), branch standardization (STD),
  member points (PTS), responsibility lists (RESP) and rectification (RECT), with a forced downgrade when a branch is vetoed (DOWN-STD) or a
  rectification measure is overdue (DOWN-RECT, which the seed allows as a double penalty: the overdue measure also
  lowers RECT), the default precedence policy written out, and the mark illustrative (示例).
- given-inputs-2018.json: routine-work grades and key-work scores with bonus, deduction and veto entries, as the
  committee records them directly.
- binzhou-2018.json: the evaluation manifest.

Every reference is checked against the registry by the annual evaluation; registry_view() asserts that no full member
joined less than a year before the evaluation date. All figures are the seed's own choice (示例): the article gives
none. Deterministic (fixed random seeds): `python3 generate.py` rewrites the JSON files identically.
"""
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "member-points"))
from declarations import Member, month_items, standards_of  # noqa: E402  (the pattern shared with the BZ-001 data set)
YEAR = 2018
AS_OF = "2019-01-15"
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


def pick_grade(rand, quality):
    r = rand.random()
    if r < 0.35 + 0.55 * quality:
        return "Good"
    if r < 0.80 + 0.15 * quality:
        return "FairlyGood"
    if r < 0.97:
        return "Average"
    return "Poor"


def points(rand, quality, spread=6):
    return max(60, min(100, round(78 + 18 * quality + rand.uniform(-spread, spread))))


def double_review(quality, registry):
    """Ballots of both rounds. Electorates are the registry's full members of each organization on the evaluation date
    (a probationary member has no vote, 党章 第七条); committee leaders and members are the working committee's people."""
    r = random.Random(20181229)
    leaders, committee = registry["leaders"], registry["committee"]
    organizations, ballots = [], []
    for n in range(1, 98):
        org = f"BZ-{n:03d}"
        electorate = registry["voters"][org]
        size = len(electorate)
        organizations.append({"id": org, "electorate": electorate, "district": district(n)})
        if n == 97:
            cast = int(size * 0.7)            # below the 80% quorum: round one invalid
        else:
            cast = r.randint(-(-size * 85 // 100), size)   # at least 85% of the electorate: above the quorum
        for member in sorted(r.sample(electorate, cast)):
            ballots.append({"group": "Members", "subject": org, "rater": member,
                            "grade": pick_grade(r, quality[n]), "collectedBy": district(n)})
        for leader in leaders:
            ballots.append({"group": "CommitteeLeaders", "subject": org, "rater": leader,
                            "points": points(r, quality[n], 4), "comment": r.choice(COMMENTS)})
        for peer in range(1, 98):
            if peer != n and district(peer) == district(n):
                ballots.append({"group": "PeerOrganizations", "subject": org, "raterOrganization": f"BZ-{peer:03d}",
                                "points": points(r, quality[n], 8)})
        for member in committee:
            ballots.append({"group": "CommitteeMembers", "subject": org, "rater": member,
                            "points": points(r, quality[n], 5)})
    data = {"committee": "BZ-WC", "year": YEAR, "organizations": organizations, "ballots": ballots,
            "committeeLeaders": leaders, "committeeMembers": committee}
    write("double-review-data-set-2018.json", envelope("double-review-data-set", data))


def double_review_scheme():
    """The 2018 double-review scheme: the 2017 scheme with the proportion by which the review counts into the annual
    assessment set to the weight of the DR component of scheme-2018.json, so that the two cannot disagree (one source of
    truth; the figure itself is the seed's illustrative choice, article 002 says only 按比例)."""
    scheme = load("../double-review/scheme-bz-wc-2017.json")
    weights = [c["weights"] for c in load("scheme-2018.json")["components"] if c["id"] == "DR"][0]
    in_force = [w["value"] for w in sorted(weights, key=lambda w: w["effectiveFrom"]) if w["effectiveFrom"] <= AS_OF][-1]
    scheme.update(name="bz-wc-2018", effectiveFrom=f"{YEAR}-01-01", annualProportion=in_force)
    write("double-review-scheme-2018.json", envelope("double-review-scheme", scheme), indent=2)


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
             "nature": "Quantitative", "weights": [{"effectiveFrom": start, "value": 0.3}]},
            {"id": "ROUTINE", "label": text("日常工作", "Routine work"), "kind": "RoutineWork",
             "nature": "Qualitative", "weights": [{"effectiveFrom": start, "value": 0.1}]},
            {"id": "KEY", "label": text("重点工作", "Key work"), "kind": "KeyWork",
             "nature": "Quantitative", "weights": [{"effectiveFrom": start, "value": 0.15}]},
            {"id": "STD", "label": text("党支部标准化建设", "Branch standardization"), "kind": "Standardization",
             "nature": "Quantitative", "weights": [{"effectiveFrom": start, "value": 0.15}]},
            {"id": "PTS", "label": text("党员积分管理", "Member points"), "kind": "MemberPoints",
             "nature": "Quantitative", "weights": [{"effectiveFrom": start, "value": 0.1}]},
            {"id": "RESP", "label": text("责任清单落实", "Responsibility lists"), "kind": "Responsibilities",
             "nature": "Quantitative", "weights": [{"effectiveFrom": start, "value": 0.1}]},
            {"id": "RECT", "label": text("问题整改", "Rectification"), "kind": "Rectification",
             "nature": "Quantitative", "weights": [{"effectiveFrom": start, "value": 0.1}]},
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
             "precedence": 1, "maxBand": "Average"},
            {"id": "DOWN-STD", "label": text("所辖党支部被一票否决", "A branch vetoed in standardization"), "kind": "ForcedDowngrade",
             "precedence": 2, "steps": 1},
            # An overdue measure lowers the RECT score and raises DOWN-RECT: a double penalty, which most 考核办法 forbid
            # (不重复扣分). The seed allows it for this rule as its own illustrative choice (no article states either way).
            {"id": "DOWN-RECT", "label": text("整改措施逾期未完成", "Rectification measure overdue"), "kind": "ForcedDowngrade",
             "precedence": 3, "steps": 1, "allowDoublePenalty": True}],
        "banding": [{"effectiveFrom": start, "value": {"name": "quota", "parameters": {
            "good-share": "0.2", "fairly-good-share": "0.5", "poor-below": "60"}}}],
        "ranking": [{"effectiveFrom": start, "value": {"name": "standard-competition", "parameters": {
            "tie-breakers": "DR,KEY"}}}],
        # The precedence policy is written out although it is the default: bands from the total, then vetoes and
        # downgrades; the published ranking by final band, then total (the library's documented choice).
        "precedence": {"order": "BandThenTotal"},
        "publishedScale": 2,
        # Every figure of this scheme is the seed's own illustrative choice (示例): article 002 gives none.
        "illustrative": True,
    }
    write("scheme-2018.json", envelope("assessment-scheme", content), indent=2)


def load(path):
    return json.loads((HERE / path).read_text(encoding="utf-8"))["content"]


def registry_view():
    """The registry as the evaluation sees it on AS_OF (the snapshot of 2019-01-01: the reform log's first event is
    later): every department's branches (retiree branches kept apart), members by branch, voters by department, and the
    working committee's leaders and members."""
    snapshot = load("../organizations/binzhou-snapshot.json")
    events = load("../organizations/binzhou-reform-2019.json")["events"]
    assert snapshot["asOf"] <= AS_OF and all(e["date"] > AS_OF for e in events), "the registry changes before the evaluation date"
    kinds = {o["id"]: o["kind"] for o in snapshot["organizations"]}
    parents = {o["id"]: o.get("parentId") for o in snapshot["organizations"]}
    branches, all_branches = {}, {}
    for o in snapshot["organizations"]:
        if o["kind"] in ("Branch", "RetireeBranch") and (o.get("parentId") or "").startswith("BZ-0"):
            all_branches.setdefault(o["parentId"], []).append(o["id"])
            if o["kind"] == "Branch":
                branches.setdefault(o["parentId"], []).append(o["id"])
    members, voters = {}, {}
    cutoff = f"{int(AS_OF[:4]) - 1}{AS_OF[4:]}"
    for m in snapshot["members"]:
        branch = parents[m["branchId"]] if kinds[m["branchId"]] == "PartyGroup" else m["branchId"]
        members.setdefault(branch, []).append(m)
        if m["status"] == "Full":
            # 党章 第七条: a probationary period of one year, so no full member joined less than a year before the date.
            assert m["joinedOn"] <= cutoff and m["fullSince"] <= AS_OF, m["id"]
            department = parents[branch]
            voters.setdefault(department, []).append(m["id"])
    roles = [r for r in snapshot["roles"] if r["organizationId"] == "BZ-WC"]
    leaders = sorted(r["memberId"] for r in roles if r["role"] in ("Secretary", "DeputySecretary", "LeadingGroupMember"))
    committee = sorted(m["id"] for m in members["BZ-WC-B01"] if m["id"] not in leaders and m["status"] == "Full")
    return {"branches": {k: sorted(v) for k, v in branches.items()}, "all_branches": {k: sorted(v) for k, v in all_branches.items()},
            "members": members, "voters": {k: sorted(v) for k, v in voters.items()}, "leaders": leaders, "committee": committee}


STD_GROUPS = {"D1": "第一督导组", "D2": "第二督导组", "D3": "第三督导组",
              "D4": "第四督导组", "D5": "第五督导组"}


def observe(r, method, quality):
    if method == "checklist":
        return 1 if r.random() < 0.55 + 0.45 * quality else 0
    if method == "proportional":
        return round(min(1.0, max(0.0, 0.7 + 0.3 * quality + r.uniform(-0.12, 0.08))), 2)
    if method == "deduction":
        return int(r.random() * (1 - quality) * 3)
    if method == "bonus":
        return 1 if r.random() < quality - 0.75 else 0
    return 0


# The organizational-life records of the bundled run (../organizational-life, generated there): the branches they list, and
# the standardization indicators whose observed value the BZ-001 branches' 2018 assessments take from them. Each derived
# value equals the value typed in before (no quarter without a valid members' meeting; the organizational-life meeting and
# the democratic appraisal both held), which derive_from_records asserts, so the bundled ranking does not change.
LIFE_RECORDS = "../organizational-life/records-bz-001-2018.json"
LIFE_SCHEME = "../organizational-life/scheme-bz-001-2018.json"
LIFE_BRANCHES = {b["id"] for b in json.loads((HERE / LIFE_RECORDS).read_text(encoding="utf-8"))["content"]["branches"]}
RECORD_DERIVATIONS = {
    "BZ-A2-02": ({"kind": "PeriodsWithoutValidMeeting", "meetings": ["MembersMeeting"], "period": "Quarter"}, 0),
    "BZ-A2-05": ({"kind": "HeldInYear", "meetings": ["OrganizationalLifeMeeting", "DemocraticAppraisal"]}, 1),
}
RECORD_STANDARD = "S01"   # 参加支部党员大会或主题党日, counted from the records for the members they list
RECORD_MEETINGS = ["MembersMeeting", "ThemePartyDay"]


def derive_from_records(assessment):
    """Moves the indicators of RECORD_DERIVATIONS from typed-in scores to derivations from the records."""
    scores = []
    for score in assessment["scores"]:
        if score["indicatorId"] in RECORD_DERIVATIONS:
            measure, expected = RECORD_DERIVATIONS[score["indicatorId"]]
            assert score["observed"] == expected, (assessment["branchId"], score)
            assessment.setdefault("derived", []).append({"indicatorId": score["indicatorId"], "measure": measure,
                                                         "assessor": score["assessor"], "assessedOn": f"{YEAR}-12-31"})
        else:
            scores.append(score)
    assessment["scores"] = scores


def member_points_scheme():
    """The 2018 member-points scheme of the bundled run: article 002's scheme with S01 counted from the records."""
    scheme = load("../member-points/binzhou-2018-scheme.json")
    scheme["fromRecords"] = [{"standardId": RECORD_STANDARD, "meetings": RECORD_MEETINGS}]
    write("member-points-scheme-2018.json", envelope("member-points-scheme", scheme), indent=2)


def standardization(quality, registry):
    r = random.Random(20170601)
    catalogue = load("../standardization/catalogue-binzhou-002.json")
    indicators = [(i["id"], i["scoring"]["name"]) for a in catalogue["aspects"] for i in a["indicators"]]
    roster, assessments = [], []
    for n in range(1, 98):
        org = f"BZ-{n:03d}"
        for branch in registry["branches"][org]:
            roster.append({"branchId": branch, "departmentId": org, "districtId": district(n)})
            base = min(1.0, max(0.0, 0.4 + 0.6 * quality[n] + r.uniform(-0.15, 0.1)))
            for y, year in enumerate((2017, 2018)):
                q = min(1.0, base + 0.1 * y)
                scores = []
                for iid, method in indicators:
                    if method == "bonus" and observe(r, method, q) == 0:
                        continue
                    if method == "veto":
                        if not (branch == "BZ-021-B02" and year == 2018):
                            continue
                        value = 1
                    else:
                        value = observe(r, method, q)
                    scores.append({"indicatorId": iid, "observed": value, "assessor": STD_GROUPS[district(n)],
                                   "assessedOn": f"{year}-{5 + int(district(n)[1]):02d}-{10 + n % 15:02d}"})
                assessment = {"branchId": branch, "year": year, "catalogueId": catalogue["id"], "scores": scores}
                if year == YEAR and branch in LIFE_BRANCHES:
                    derive_from_records(assessment)
                assessments.append(assessment)
    write("standardization-data-set-2018.json", envelope("standardization-data-set",
          {"roster": {"committeeId": "BZ-WC", "branches": roster}, "assessments": assessments}))


# The member with a party sanction in the year (S12: graded at most unqualified) and the member who missed organizational
# life for three months running (S10: at most basically qualified): the hard conditions of the scheme, the seed's own cases.
SANCTIONED = "BZ-096-B01-M004"
ABSENT = "BZ-083-B01-M002"
ORGANIZATIONAL_LIFE = {"S01", "S02", "S08", "S26"}


def month_after(month):
    return (YEAR + 1, 1) if month == 12 else (YEAR, month + 1)


def member_points(quality, registry):
    """A year of declarations, audits and mass reviews under article 002's 50-standard scheme
    (../member-points/binzhou-2018-scheme.json, read here for the standards' kinds, points and caps): every member declares
    2 or 3 standards a month within their caps (../member-points/declarations.py, shared with the BZ-001 data set)."""
    r = random.Random(20180105)
    caps = standards_of(load("../member-points/binzhou-2018-scheme.json"))
    branches, roster, declarations, audits, reviews = [], [], [], [], []
    seq = 0

    def declare(member, standard, month, quantity=1):
        nonlocal seq
        seq += 1
        did = f"E{seq:05d}"
        y, m = month_after(month)
        kind, points = caps[standard][0], caps[standard][1]
        late = kind == "Base" and r.random() < 0.005
        doc = {"id": did, "memberId": member, "standardId": standard, "month": f"{YEAR}-{month:02d}",
               "occurredOn": f"{YEAR}-{month:02d}-{r.randint(1, 28):02d}",
               "submittedOn": f"{y}-{m:02d}-{r.randint(6, 9) if late else r.randint(1, 5):02d}"}
        if quantity != 1:
            doc["quantity"] = quantity
        declarations.append(doc)
        audit = {"declarationId": did, "auditedOn": f"{y}-{m:02d}-{r.randint(10, 14):02d}", "decision": "Approve"}
        roll = r.random()
        if kind == "Base" and roll < 0.01:
            audit.update(decision="Reject", reason="佐证材料不足（示例）")
        elif kind == "Bonus" and roll < 0.05:
            audit.update(decision="Adjust", points=points * quantity - 1, reason="按实际贡献核减（示例）")
        audits.append(audit)

    def member_year(mid, q, first_month):
        """A member's year: 2 or 3 declarations a month from the first full month in the party, four quarterly mass
        reviews."""
        diligence = min(1.0, max(0.0, 0.6 * q + 0.4 * r.random()))
        member = Member(caps)
        for month in range(first_month, 13):
            items = month_items(r, member, diligence)
            if mid == ABSENT and 4 <= month <= 6:
                # Three months without organizational life (S10 in June): routine work instead of meetings.
                others = [s for s in ("S03", "S07", "S19", "S27", "S43") if s not in {i[0] for i in items}]
                items = [i if i[0] not in ORGANIZATIONAL_LIFE else (others.pop(0), 1) for i in items]
            for standard, quantity in items:
                declare(mid, standard, month, quantity)
        for quarter in range((first_month + 2) // 3, 5):
            good = r.randint(2 + round(4 * diligence), 8)
            fairly = r.randint(0, 10 - good)
            average = r.randint(0, 10 - good - fairly)
            reviews.append({"memberId": mid, "quarter": quarter, "good": good, "fairlyGood": fairly, "average": average,
                            "poor": 10 - good - fairly - average})

    # The roster is the registry's: every member of every branch of the 97 organizations on the evaluation date, with
    # the registry's join date; a probationary member's probation ends a year after admission (党章 第七条).
    for n in range(1, 98):
        org = f"BZ-{n:03d}"
        for branch in registry["all_branches"][org]:
            branches.append({"branchId": branch, "parentId": org})
            for m in sorted(registry["members"].get(branch, []), key=lambda m: m["id"]):
                mid = m["id"]
                entry = {"memberId": mid, "joinedOn": m["joinedOn"], "assignments": [{"branchId": branch, "from": max(m["joinedOn"], "2017-01-01")}]}
                if m["status"] == "Probationary":
                    entry["probationEndsOn"] = f"{int(m['joinedOn'][:4]) + 1}{m['joinedOn'][4:]}"
                roster.append(entry)
                member_year(mid, quality[n], 1 if m["joinedOn"] < f"{YEAR}-01-01" else int(m["joinedOn"][5:7]) + 1)
    members = {e["memberId"] for e in roster}
    assert SANCTIONED in members and ABSENT in members, "a hard-condition case is not in the registry"
    declare(SANCTIONED, "S12", 9)
    declare(ABSENT, "S10", 6)
    # The members the organizational-life records list have S01 counted from the records: their declarations of it go.
    life = json.loads((HERE / LIFE_RECORDS).read_text(encoding="utf-8"))["content"]
    listed = {m["id"] for b in life["branches"] for m in b["members"]}
    assert listed <= members, "a member of the records is not on the roster"
    dropped = {d["id"] for d in declarations if d["memberId"] in listed and d["standardId"] == RECORD_STANDARD}
    declarations = [d for d in declarations if d["id"] not in dropped]
    audits = [a for a in audits if a["declarationId"] not in dropped]
    write("member-points-data-set-2018.json", envelope("member-points-data-set",
          {"year": YEAR, "committeeId": "BZ-WC", "branches": branches, "roster": roster, "declarations": declarations,
           "audits": audits, "massReviews": reviews}))


# Due rules of the 2018 department lists by responsibility of ../responsibilities/shandong-scheme.json (12 principal and 8
# assisting, article 000): deadlines within the year, and article 001's recurring ideology duties (P03 twice a year, P04
# every quarter, P05 once a year). The project's choice where the articles give no date.
RESP_DUE = {
    "P01": ("Once", "2018-03-31"), "P02": ("Year", 1), "P03": ("Year", 2), "P04": ("Quarter", 1), "P05": ("Year", 1),
    "P06": ("HalfYear", 1), "P07": ("Once", "2018-06-30"), "P08": ("Once", "2018-09-30"), "P09": ("Once", "2018-03-31"),
    "P10": ("Once", "2018-10-31"), "P11": ("Once", "2018-11-30"), "P12": ("Once", "2018-12-31"),
    "A01": ("Once", "2018-02-28"), "A02": ("HalfYear", 1), "A03": ("Once", "2018-11-30"), "A04": ("Once", "2018-12-31"),
    "A05": ("Once", "2018-06-30"), "A06": ("HalfYear", 1), "A07": ("Once", "2018-12-31"), "A08": ("Once", "2018-12-20"),
}


def responsibilities(quality):
    r = random.Random(20180331)
    scheme = load("../responsibilities/shandong-scheme.json")
    definitions = {d["id"]: d for d in scheme["responsibilities"]}
    lists, evidence = [], []
    for n in range(1, 98):
        org = f"BZ-{n:03d}"
        list_id = f"{org}-2018"
        items = []
        for def_id, due in RESP_DUE.items():
            d = definitions[def_id]
            rule = {"kind": "Once", "dueOn": due[1]} if due[0] == "Once" else {"kind": "Recurring", "period": due[0], "timesPerPeriod": due[1]}
            items.append({"id": f"R-{def_id}", "level": d["level"], "content": d["content"], "due": rule, "illustrative": True, "definitionId": def_id})
            if due[0] == "Once":
                y, m, day = map(int, due[1].split("-"))
                dates = [f"{y:04d}-{m:02d}-{max(1, day - r.randint(2, 20)):02d}"]
            else:
                months = {"Quarter": 3, "HalfYear": 6, "Year": 12}[due[0]]
                dates = [f"{YEAR}-{first + min(k * months // due[1], months - 1):02d}-{10 + k:02d}"
                         for first in range(1, 13, months) for k in range(due[1])]
            # A weaker organization misses the last record of an item now and then.
            if r.random() > 0.8 + 0.2 * quality[n]:
                dates = dates[:-1]
            evidence.extend({"listId": list_id, "itemId": f"R-{def_id}", "date": date, "description": "台账记录"} for date in dates)
        lists.append({"id": list_id, "owner": org, "year": YEAR, "kind": "Annual",
                      "title": text(f"{org} 2018年度机关党建责任清单", f"{org} organ party-building responsibility list 2018"), "items": items})
    write("responsibility-data-set-2018.json", envelope("responsibility-data-set", {"year": YEAR, "lists": lists, "evidence": evidence}))


RECT_AREAS = [("AR1", "践行“两个维护”", "Practising the two upholds"), ("AR2", "落实责任制", "Carrying out the responsibility system"),
              ("AR3", "强化理论武装", "Strengthening theoretical study"), ("AR4", "推进党支部标准化建设", "Advancing branch standardization"),
              ("AR5", "克服形式主义、官僚主义", "Overcoming formalism and bureaucratism")]


def rectification(quality, registry):
    r = random.Random(20181130)
    problems, measure_no = [], 0
    for n in range(1, 98):
        org = f"BZ-{n:03d}"
        first = registry["branches"][org][0]
        responsible = [m["id"] for m in registry["members"][first] if m["status"] == "Full"][0]
        area = RECT_AREAS[n % 5][0]
        measures = []
        for k in range(1 + (n % 3 == 0)):
            measure_no += 1
            deadline = ["EndOfNovember", "YearEnd", "LongTerm"][(n + k) % 3]
            measure = {"id": f"M{measure_no:03d}", "description": text(f"整改措施 {measure_no}（示意）", f"Rectification measure {measure_no} (illustrative)"),
                       "firstResponsible": responsible, "deadline": deadline}
            late = deadline != "LongTerm" and r.random() > 0.8 + 0.2 * quality[n]
            if not late:
                day = "2018-11-20" if deadline == "EndOfNovember" else "2018-12-20"
                measure["completion"] = {"date": day, "evidence": f"整改报告 {measure_no}"}
            measures.append(measure)
        problems.append({"id": f"Q{n:03d}", "organization": org, "area": area,
                         "description": text(f"{org} 突出问题（示意）", f"{org} prominent problem (illustrative)"), "measures": measures})
    content = {"id": "BZ-WC-LEDGER-2018", "title": text("市直机关突出问题整改台账（2018年）", "Ledger of rectification of prominent problems (2018)"),
               "year": YEAR, "establishedOn": "2018-09-20",
               "areas": [{"id": a, "title": text(zh, en)} for a, zh, en in RECT_AREAS], "problems": problems}
    write("rectification-ledger-2018.json", envelope("rectification-ledger", content), indent=1)


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
            "doubleReviewScheme": "double-review-scheme-2018.json",
            "doubleReviewData": "double-review-data-set-2018.json",
            "standardizationCatalogue": "../standardization/catalogue-binzhou-002.json",
            "standardizationTiers": "../standardization/tier-scheme-binzhou-002.json",
            "standardizationData": "standardization-data-set-2018.json",
            "memberPointsScheme": "member-points-scheme-2018.json",
            "memberPointsData": "member-points-data-set-2018.json",
            "responsibilityScheme": "../responsibilities/shandong-scheme.json",
            "responsibilityData": "responsibility-data-set-2018.json",
            "rectificationLedger": "rectification-ledger-2018.json",
            "organizationalLifeRecords": LIFE_RECORDS,
            "organizationalLifeScheme": LIFE_SCHEME,
        },
        "components": {"doubleReview": "DR", "standardization": "STD", "standardizationVeto": "DOWN-STD",
                       "memberPoints": "PTS", "responsibilities": "RESP", "rectification": "RECT", "rectificationOverdue": "DOWN-RECT"},
    }
    write("binzhou-2018.json", envelope("evaluation-manifest", content), indent=2)


if __name__ == "__main__":
    quality = {n: rng.random() for n in range(1, 98)}
    registry = registry_view()
    double_review(quality, registry)
    scheme()
    double_review_scheme()
    given(quality)
    standardization(quality, registry)
    member_points(quality, registry)
    member_points_scheme()
    rectification(quality, registry)
    responsibilities(quality)
    manifest()
