"""One member's monthly declarations under the 50-standard scheme (binzhou-2018-scheme.json), shared by the two data sets
that use it: seeds/member-points/generate.py (two BZ-001 branches) and seeds/evaluation/generate.py (every member of
the 97 organizations). The pattern is the seeds' own illustrative choice (示例); article 002 says only that members
declare their points every month (党员每月积分个人申报).

Every month a member declares 2 or 3 standards: the theme party day (S01) nearly always, one more base standard of the
month's routine, and — more often for a diligent member — a bonus standard or a third base one; now and then a minor
deduction takes the third place. A quantity above 1 is declared only where the standard's monthly cap allows it, and no
standard is declared beyond what is left of its monthly or yearly cap, so no declared point is cut by a cap.
"""

# The base standards of a month's routine besides the theme party day: party lesson, self-study, dues, party-group
# meeting, own work, two-studies-one-action session, pledge, serving the public, vanguard post.
ROUTINE = ["S02", "S03", "S07", "S08", "S19", "S26", "S27", "S43", "S44"]
# Minor deductions a member may incur in an ordinary month (absence, late dues, complaint, shirking, leave, style).
MINOR_DEDUCTIONS = ["S06", "S11", "S17", "S25", "S37", "S42", "S50"]


def standards_of(scheme_content):
    """Each standard's kind, points and caps (None: no cap), read from the scheme document (one source of truth)."""
    return {s["id"]: (s["kind"], s["points"], s.get("monthlyCap"), s.get("yearlyCap")) for s in scheme_content["standards"]}


class Member:
    """The standards one member has declared in the year so far, to keep every declaration within the caps."""

    def __init__(self, standards):
        self.standards = standards
        self.year = {}

    def fits(self, sid, quantity=1):
        kind, points, monthly, yearly = self.standards[sid]
        amount = points * quantity
        return (monthly is None or amount <= monthly) and (yearly is None or self.year.get(sid, 0) + amount <= yearly)

    def take(self, sid, quantity=1):
        self.year[sid] = self.year.get(sid, 0) + self.standards[sid][1] * quantity
        return sid, quantity


def month_items(rng, member, diligence):
    """The (standard, quantity) pairs one member declares in one month: 2 or 3 distinct standards within their caps."""
    standards = member.standards
    items = [member.take("S01") if rng.random() < 0.85 + 0.15 * diligence else member.take(rng.choice(ROUTINE))]
    chosen = {items[0][0]}
    items.append(member.take(rng.choice([s for s in ROUTINE if s not in chosen])))
    chosen.add(items[1][0])
    if rng.random() < 0.03 + 0.04 * (1 - diligence):
        fitting = [s for s in MINOR_DEDUCTIONS if member.fits(s)]
        if fitting:
            items.append(member.take(rng.choice(fitting)))
            return items
    if rng.random() < 0.2 + 0.6 * diligence:
        bonuses = [s for s, (kind, _, _, _) in standards.items() if kind == "Bonus" and member.fits(s)]
        if bonuses and rng.random() < 0.35 + 0.5 * diligence:
            sid = rng.choice(bonuses)
            items.append(member.take(sid, 2 if member.fits(sid, 2) and rng.random() < 0.5 else 1))
        else:
            items.append(member.take(rng.choice([s for s in ROUTINE if s not in chosen])))
    return items
