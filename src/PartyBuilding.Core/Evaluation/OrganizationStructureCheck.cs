using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.DoubleReview;
using PartyBuilding.Core.MemberPoints;
using PartyBuilding.Core.OrganizationalLife;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Responsibilities;
using PartyBuilding.Core.Standardization;
using PartyBuilding.Core.Supervision;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Evaluation;

/// <summary>
/// Checks every organization, branch, member, district and rater the areas' documents reference against the one
/// organization structure: the registry as of the evaluation date.
/// </summary>
/// <remarks>
/// A reference that does not resolve, a member without a vote where a vote is cast or counted (a probationary member,
/// <see cref="DoubleReviewComponents.ProbationaryMembersHaveNoVote"/>, or a member on probation within the party,
/// <see cref="MemberStandingRules.PartyProbationHasNoVote"/>, as the registry's <see cref="OrganizationTree.StandingOf"/> says; only
/// where the double-review scheme's <see cref="DoubleReviewScheme.MembersBallotRight"/> reads a rating as a vote), and a document's copy of a mapping (a member's
/// organization, a branch's department, an organization's district, a member's facts) that disagrees with the registry
/// are each a problem at the exact path of the reference, with a code of <see cref="EvaluationErrorCodes"/>. Every
/// problem is listed; nothing stops at the first.
/// </remarks>
internal sealed class OrganizationStructureCheck
{
    private readonly OrganizationTree _tree;
    private readonly Func<LocalDate, OrganizationTree> _on;
    private readonly OrganizationId _committee;
    private readonly List<ValidationProblem> _problems = [];
    private readonly HashSet<DistrictId> _districts;
    private readonly string _date;
    private readonly BallotRight _ballotRight;

    private OrganizationStructureCheck(OrganizationTree tree, Func<LocalDate, OrganizationTree> on, OrganizationId committee, BallotRight ballotRight)
    {
        _tree = tree;
        _on = on;
        _committee = committee;
        _ballotRight = ballotRight;
        _districts = [.. tree.Districts.Select(d => d.Id)];
        _date = tree.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
    }

    /// <summary>Checks every area's document references against the tree.</summary>
    /// <param name="inputs">The evaluation's documents.</param>
    /// <param name="tree">The registry's tree on the evaluation date.</param>
    /// <param name="on">The registry's tree on another date, for a reference made on its own date (a duty list's holder on the signing date).</param>
    /// <param name="areas">The areas, each checking the references of its documents.</param>
    /// <returns>Every problem, paths prefixed by the document (<c>doubleReviewData.</c>, <c>memberPointsData.</c>, …).</returns>
    internal static ImmutableArray<ValidationProblem> Check(AnnualEvaluationInputs inputs, OrganizationTree tree, Func<LocalDate, OrganizationTree> on, IEnumerable<EvaluationArea> areas)
    {
        var check = new OrganizationStructureCheck(tree, on, inputs.Committee, BallotRightOf(inputs.DoubleReviewScheme, tree.Date));
        foreach (var area in areas)
        {
            area.CheckReferences(inputs, check);
        }

        return [.. check._problems];
    }

    /// <summary>Checks a double-review data set: its organizations, districts, electorates, raters and committee voters.</summary>
    /// <param name="data">The data set.</param>
    internal void DoubleReview(DoubleReviewDataSet data)
    {
        const string Root = "doubleReviewData";
        for (var i = 0; i < data.Organizations.Length; i++)
        {
            var reviewed = data.Organizations[i];
            if (reviewed is null)
            {
                continue;
            }

            var path = $"{Root}.Organizations[{i}]";
            if (reviewed.Person is { } person)
            {
                Add(path + ".Person", EvaluationErrorCodes.DoubleReviewOfAPerson,
                    $"The annual assessment takes the organizations' double review; {reviewed.Id} names a person under review ({person.Member}), whose report-and-review is not an organization's component.", person.Member.Value);
            }

            if (Organization(path + ".Id", reviewed.Id) is not { } organization)
            {
                Electorate(path, reviewed, null);
                continue;
            }

            if (reviewed.District is { } district)
            {
                District(path + ".District", district, organization.Id);
            }

            Electorate(path, reviewed, organization);
        }

        for (var i = 0; i < data.Ballots.Length; i++)
        {
            var ballot = data.Ballots[i];
            if (ballot is null)
            {
                continue;
            }

            var path = $"{Root}.Ballots[{i}]";
            if (ballot.Rater is { } rater)
            {
                Voter(path + ".Rater", rater);
            }

            if (ballot.RaterOrganization is { } raterOrganization)
            {
                Organization(path + ".RaterOrganization", raterOrganization);
            }

            if (ballot.CollectedBy is { } collectedBy)
            {
                KnownDistrict(path + ".CollectedBy", collectedBy);
            }
        }

        for (var i = 0; i < data.CommitteeLeaders.Length; i++)
        {
            Voter($"{Root}.CommitteeLeaders[{i}]", data.CommitteeLeaders[i]);
        }

        for (var i = 0; i < data.CommitteeMembers.Length; i++)
        {
            Voter($"{Root}.CommitteeMembers[{i}]", data.CommitteeMembers[i]);
        }
    }

    private void Electorate(string path, ReviewedOrganization reviewed, Organization? organization)
    {
        var members = organization is null ? [] : _tree.MembersOf(organization.Id).Select(m => m.Id).ToHashSet();
        for (var j = 0; j < reviewed.Electorate.Length; j++)
        {
            var voterPath = $"{path}.Electorate[{j}]";
            if (Member(voterPath, reviewed.Electorate[j]) is not { } member || organization is null)
            {
                continue;
            }

            if (!members.Contains(member.Id))
            {
                Add(voterPath, EvaluationErrorCodes.MemberNotInOrganization,
                    $"'{member.Id}' belongs to '{member.BranchId}' in the registry on {_date}, not to '{organization.Id}' under review.", member.Id.Value);
            }
            else if (!MayRate(member))
            {
                NoVote(voterPath, member);
            }
        }

        if (organization is null)
        {
            return;
        }

        var listed = reviewed.Electorate.ToHashSet();
        foreach (var member in _tree.MembersOf(organization.Id).Where(m => MayRate(m) && !listed.Contains(m.Id)))
        {
            Add(path + ".Electorate", EvaluationErrorCodes.ElectorateIncomplete,
                _ballotRight == BallotRight.None
                    ? $"'{member.Id}', a member of '{organization.Id}' in the registry on {_date}, is missing from its electorate (every member rates: doubleReviewScheme.MembersBallotRight = None)."
                    : $"'{member.Id}', a member of '{organization.Id}' with the right to vote in the registry on {_date}, is missing from its electorate.", member.Id.Value);
        }
    }

    /// <summary>Checks a member-points data set: its branches and departments, and the facts of every member graded at the end of the year.</summary>
    /// <param name="data">The data set.</param>
    /// <param name="year">The year.</param>
    internal void MemberPoints(MemberPointsDataSet data, AssessmentYear year)
    {
        const string Root = "memberPointsData";
        for (var i = 0; i < data.Branches.Length; i++)
        {
            var entry = data.Branches[i];
            if (entry is null)
            {
                continue;
            }

            var path = $"{Root}.Branches[{i}]";
            if (Branch(path + ".BranchId", entry.BranchId) is { } branch)
            {
                Department(path + ".ParentId", branch.Id, entry.ParentId);
            }
        }

        for (var i = 0; i < data.Roster.Length; i++)
        {
            var entry = data.Roster[i];
            if (entry is null)
            {
                continue;
            }

            // A member who left during the year (no assignment at its end) is graded by nobody and not looked up.
            var path = $"{Root}.Roster[{i}]";
            if (entry.BranchOn(year.LastDay) is not { } branch || Member(path + ".MemberId", entry.MemberId) is not { } member)
            {
                continue;
            }

            if (_tree.BranchOf(member.Id) is { } placed && placed.Id != branch)
            {
                Add(path + ".Assignments", EvaluationErrorCodes.MemberNotInOrganization,
                    $"The roster places '{member.Id}' in '{branch}' at the end of {year}; the registry places the member in '{placed.Id}' on {_date}.", branch.Value);
            }

            if (entry.JoinedOn != member.JoinedOn)
            {
                Add(path + ".JoinedOn", EvaluationErrorCodes.MemberFactMismatch,
                    string.Create(CultureInfo.InvariantCulture, $"The roster says '{member.Id}' joined on {entry.JoinedOn:uuuu-MM-dd}; the registry says {member.JoinedOn:uuuu-MM-dd}."),
                    entry.JoinedOn.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
            }

            if (entry.StatusOn(_tree.Date) != member.Status)
            {
                Add(path + ".ProbationEndsOn", EvaluationErrorCodes.MemberFactMismatch,
                    $"The roster makes '{member.Id}' a {Status(entry.StatusOn(_tree.Date))} member on {_date}; the registry a {Status(member.Status)} one.",
                    entry.ProbationEndsOn?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
            }
        }
    }

    /// <summary>Checks a standardization roster: its committee, and each branch's department and district.</summary>
    /// <param name="roster">The roster.</param>
    internal void Standardization(BranchRoster roster)
    {
        const string Root = "standardizationData.Roster";
        if (roster.CommitteeId != _committee)
        {
            Add(Root + ".CommitteeId", EvaluationErrorCodes.CommitteeMismatch, $"The document is for '{roster.CommitteeId}', the evaluation for '{_committee}'.", roster.CommitteeId.Value);
        }

        for (var i = 0; i < roster.Branches.Length; i++)
        {
            var entry = roster.Branches[i];
            if (entry is null)
            {
                continue;
            }

            var path = $"{Root}.Branches[{i}]";
            if (Branch(path + ".BranchId", entry.BranchId) is { } branch)
            {
                Department(path + ".DepartmentId", branch.Id, entry.DepartmentId);
                District(path + ".DistrictId", entry.DistrictId, branch.Id);
            }
        }
    }

    /// <summary>Checks a rectification ledger: each problem's organization, each measure's first responsible member and responsible department.</summary>
    /// <param name="ledger">The ledger.</param>
    internal void Rectification(RectificationLedger ledger)
    {
        for (var i = 0; i < ledger.Problems.Length; i++)
        {
            var problem = ledger.Problems[i];
            if (problem is null)
            {
                continue;
            }

            var path = $"rectificationLedger.Problems[{i}]";
            Organization(path + ".Organization", problem.Organization);
            for (var j = 0; j < problem.Measures.Length; j++)
            {
                if (problem.Measures[j] is { } measure)
                {
                    Member($"{path}.Measures[{j}].FirstResponsible", measure.FirstResponsible);
                    if (measure.ResponsibleDepartment is { } department)
                    {
                        Organization($"{path}.Measures[{j}].ResponsibleDepartment", department);
                    }
                }
            }
        }
    }

    /// <summary>Checks the records of organizational life: every branch a branch of the registry on the date, every member a member of it with the same status (<see cref="OrganizationalLifeEngine.CheckAgainst"/>).</summary>
    /// <param name="records">The records.</param>
    internal void OrganizationalLife(OrganizationalLifeRecords records) =>
        _problems.AddRange(OrganizationalLifeEngine.CheckAgainst(records, _tree).Problems
            .Select(p => p with { Path = ReRooted("organizationalLifeRecords", p.Path) }));

    /// <summary>Checks the supervision records: every visited and notified organization under the committee, every finding's organization the visited one or within it (<see cref="SupervisionEngine.CheckAgainst(SupervisionRecords, OrganizationTree)"/>), each notice item's responsible person and department in the structure on the evaluation date.</summary>
    /// <param name="records">The records.</param>
    internal void Supervision(SupervisionRecords records) =>
        _problems.AddRange(SupervisionEngine.CheckAgainst(records, _tree).Problems.Select(p => p with { Path = ReRooted("supervisionRecords", p.Path) }));

    /// <summary>Checks the accountability records: each subject's organization under the committee, a cadre a member under the name given, each fact within the subject's organization (<see cref="AccountabilityEngine.CheckAgainst"/>, on the evaluation's tree).</summary>
    /// <param name="records">The records.</param>
    /// <param name="basis">The documents the facts resolve against.</param>
    internal void Accountability(AccountabilityRecords records, AccountabilityBasis basis) =>
        _problems.AddRange(AccountabilityEngine.CheckStructure(records, basis, _ => _tree).Problems.Select(p => p with { Path = ReRooted("accountabilityRecords", p.Path) }));

    /// <summary>
    /// Checks the people a responsibility data set names, each on its own date as the standalone check does
    /// (<see cref="ResponsibilityAssessmentEngine.CheckAgainst"/>): a duty list's holder the secretary of its organization on
    /// the signing date, a contact branch's member in the leading group and its branch under the organization on the day
    /// the branch was chosen.
    /// </summary>
    /// <param name="data">The data set.</param>
    internal void PeopleDuties(ResponsibilityDataSet data)
    {
        var problems = new ProblemCollector();
        PeopleDutiesCheck.CheckStructure(data, _on, problems.At("Data"));
        _problems.AddRange(problems.ToReport().Problems.Select(p => p with { Path = ReRooted("responsibilityData", p.Path) }));
    }

    private static string ReRooted(string document, string path) =>
        document + (path.StartsWith("Data", StringComparison.Ordinal) ? path["Data".Length..] : "." + path);

    /// <summary>Resolves an organization; a problem at the path when it is not in the registry on the date.</summary>
    /// <param name="path">The path of the reference.</param>
    /// <param name="id">The organization.</param>
    /// <returns>The organization, or <see langword="null"/>.</returns>
    internal Organization? Organization(string path, OrganizationId id)
    {
        var organization = _tree.Find(id);
        if (organization is null)
        {
            Add(path, EvaluationErrorCodes.OrganizationUnknown, $"'{id}' is not an organization in the registry on {_date}.", id.Value);
        }

        return organization;
    }

    private Organization? Branch(string path, OrganizationId id)
    {
        var organization = Organization(path, id);
        if (organization is not null && !organization.Kind.IsBranch())
        {
            Add(path, EvaluationErrorCodes.NotABranch, $"'{id}' is a {organization.Kind} in the registry, not a branch.", id.Value);
            return null;
        }

        return organization;
    }

    private void Department(string path, OrganizationId branch, OrganizationId copy)
    {
        var department = StandardizationComponents.DepartmentOf(_tree, _committee, branch);
        if (department != copy)
        {
            Add(path, EvaluationErrorCodes.DepartmentMismatch,
                department is { } d
                    ? $"The document places '{branch}' under '{copy}'; the registry places it under '{d}' on {_date}."
                    : $"The document places '{branch}' under '{copy}'; the registry places it under no department-level organization of '{_committee}' on {_date}.",
                copy.Value);
        }
    }

    private void District(string path, DistrictId copy, OrganizationId organization)
    {
        if (!KnownDistrict(path, copy))
        {
            return;
        }

        var district = _tree.DistrictOf(organization)?.Id;
        if (district != copy)
        {
            Add(path, EvaluationErrorCodes.DistrictMismatch,
                $"The document puts '{organization}' in the district '{copy}'; the registry puts it in {(district is { } d ? $"'{d}'" : "no district")} on {_date}.", copy.Value);
        }
    }

    private bool KnownDistrict(string path, DistrictId id)
    {
        if (_districts.Contains(id))
        {
            return true;
        }

        Add(path, EvaluationErrorCodes.DistrictUnknown, $"'{id}' is not a responsibility district of the registry.", id.Value);
        return false;
    }

    /// <summary>Resolves a member; a problem at the path when the member is not in the registry on the date.</summary>
    /// <param name="path">The path of the reference.</param>
    /// <param name="id">The member.</param>
    /// <returns>The member, or <see langword="null"/>.</returns>
    internal PartyMember? Member(string path, MemberId id)
    {
        var member = _tree.FindMember(id);
        if (member is null)
        {
            Add(path, EvaluationErrorCodes.MemberUnknown, $"'{id}' is not a member in the registry on {_date}.", id.Value);
        }

        return member;
    }

    private void Voter(string path, MemberId id)
    {
        if (Member(path, id) is { } member && !MayRate(member))
        {
            NoVote(path, member);
        }
    }

    /// <summary>Gets the right a members' rating needs on a date: the scheme's reading, else the library's default (its first entry for an earlier date).</summary>
    /// <param name="scheme">The double-review scheme, if given.</param>
    /// <param name="date">The evaluation date.</param>
    /// <returns>The right.</returns>
    private static BallotRight BallotRightOf(DoubleReviewScheme? scheme, LocalDate date) =>
        scheme?.MembersBallotRight
        ?? (DoubleReviewRules.MembersBallotRight.TryGetEntryAsOf(date, out var entry) ? entry.Value : DoubleReviewRules.MembersBallotRight.Entries[0].Value);

    /// <summary>Tells whether a member may be in an electorate and rate: always when a rating needs no right, else when the member has the right to vote on the date.</summary>
    private bool MayRate(PartyMember member) =>
        _ballotRight == BallotRight.None || _tree.StandingOf(member.Id)?.HasVotingRights != false;

    private void NoVote(string path, PartyMember member) =>
        Add(path, EvaluationErrorCodes.NoVotingRights,
            _tree.StandingOf(member.Id)?.Restriction == RightsRestriction.PartyProbation
                ? $"'{member.Id}' is on probation within the party (留党察看) on {_date} and has no vote (party constitution, chapter on discipline)."
                : $"'{member.Id}' is a probationary member on {_date} and has no vote (party constitution, article 7).",
            member.Id.Value);

    private static string Status(MembershipStatus status) => status == MembershipStatus.Full ? "full" : "probationary";

    private void Add(string path, string code, string message, string? value) => _problems.Add(new ValidationProblem(path, code, message, value));
}
