using PartyBuilding.Core.Common;
using PartyBuilding.Core.DoubleReview;
using PartyBuilding.Core.Evaluation;
using PartyBuilding.Core.MemberPoints;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Responsibilities;
using PartyBuilding.Core.Standardization;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Tests.Evaluation;

/// <summary>
/// One organization structure: every organization, branch, member, district and rater the area documents reference resolves
/// against the registry on the evaluation date, and every copy of a mapping agrees with it; one source of truth for the
/// proportion by which double review counts.
/// </summary>
public sealed class OrganizationStructureCheckTest
{
    private static readonly OrganizationId Bz001 = OrganizationId.Parse("BZ-001");
    private static readonly OrganizationId Bz097 = OrganizationId.Parse("BZ-097");

    private static readonly Lazy<OrganizationTree> LazyTree = new(() =>
        OrganizationsEngine.Evaluate(Inputs.Organizations, Inputs.OrganizationEvents, EvaluationFixtures.AsOf));

    private static AnnualEvaluationInputs Inputs => EvaluationFixtures.Inputs;

    private static OrganizationTree Tree => LazyTree.Value;

    private static Func<LocalDate, OrganizationTree> On => OrganizationRegistry.Create(Inputs.Organizations, Inputs.OrganizationEvents).TreesByDate();

    private static DoubleReviewDataSet Review => Inputs.DoubleReviewData!;

    [Fact]
    public void Seeds_PassEveryCrossDocumentCheck_AndTheProportionIsTheWeight()
    {
        OrganizationStructureCheck.Check(Inputs, Tree, On, EvaluationAreas.BuiltIn).Should().BeEmpty();
        new DoubleReviewArea().Check(Inputs, EvaluationFixtures.AsOf).Should().BeEmpty();
        Inputs.DoubleReviewScheme!.AnnualProportion.Should().Be(Proportion.Of(0.3m));
    }

    [Fact]
    public void Seeds_ElectoratesAreTheRegistrysFullMembers_AndBz097MissesItsQuorumAmongThem()
    {
        foreach (var reviewed in Review.Organizations)
        {
            reviewed.Electorate.Should().BeEquivalentTo(Tree.MembersOf(reviewed.Id).Where(m => m.Status == MembershipStatus.Full).Select(m => m.Id));
        }

        // BZ-097 has 18 members in the registry, one of them probationary: 17 voters, 11 of whom voted (below 80 %).
        Tree.MemberCount(Bz097).Should().Be(18);
        Review.Organizations.Single(o => o.Id == Bz097).Electorate.Should().HaveCount(17);
        EvaluationFixtures.Result.Missing.Single(m => m.Organization == Bz097).Reason.English.Should().Contain("11 of 17 raters took part");
    }

    [Fact]
    public void PartyConstitution2017Article7_Seeds_NoFullMemberJoinedLessThanAYearBeforeTheDate_AndProbationLastsAYear()
    {
        Tree.Members.Where(m => m.Status == MembershipStatus.Full).Should().OnlyContain(m => m.JoinedOn.PlusYears(1) <= EvaluationFixtures.AsOf);
        var probationary = Inputs.MemberPointsData!.Roster.Where(r => r.ProbationEndsOn is not null).ToList();
        probationary.Should().NotBeEmpty().And.OnlyContain(r => r.ProbationEndsOn == r.JoinedOn.PlusYears(1));
        probationary.Select(r => r.MemberId).Should().BeEquivalentTo(Tree.Members.Where(m => m.Status == MembershipStatus.Probationary && m.Id.Value.StartsWith("BZ-0", StringComparison.Ordinal)).Select(m => m.Id));
    }

    [Fact]
    public void OneOrganizationStructure_PhantomVoterPhantomBranchAndMismatchedProportion_AreAllRefusedAtTheirPaths()
    {
        var phantom = MemberId.Parse("BZ-001-B01-M999");
        var index = Index(Bz001);
        var electorate = Review.Organizations[index].Electorate.Length;
        var ballots = Review.Ballots.Length;
        var branches = Inputs.MemberPointsData!.Branches.Length;
        var inputs = Inputs with
        {
            DoubleReviewData = WithOrganization(index, o => Reviewed(o, [.. o.Electorate, phantom]), [new Ballot(RaterGroup.Members, Bz001, phantom, Grade: ReviewGrade.Good, CollectedBy: DistrictId.Parse("D1"))]),
            MemberPointsData = Inputs.MemberPointsData with { Branches = [.. Inputs.MemberPointsData.Branches, new BranchParent(OrganizationId.Parse("BZ-001-B09"), Bz001)] },
            DoubleReviewScheme = WithProportion(Inputs.DoubleReviewScheme!, 0.2m),
        };

        var problems = Problems(inputs);

        problems.Should().Contain(p => p.Path == $"doubleReviewData.Organizations[{index}].Electorate[{electorate}]" && p.ErrorCode == EvaluationErrorCodes.MemberUnknown && p.AttemptedValue == phantom.Value);
        problems.Should().Contain(p => p.Path == $"doubleReviewData.Ballots[{ballots}].Rater" && p.ErrorCode == EvaluationErrorCodes.MemberUnknown && p.AttemptedValue == phantom.Value);
        problems.Should().Contain(p => p.Path == $"memberPointsData.Branches[{branches}].BranchId" && p.ErrorCode == EvaluationErrorCodes.OrganizationUnknown && p.AttemptedValue == "BZ-001-B09");
        var proportion = problems.Should().ContainSingle(p => p.ErrorCode == EvaluationErrorCodes.ProportionMismatch).Subject;
        proportion.Path.Should().Be("doubleReviewScheme.AnnualProportion");
        proportion.Message.Should().Contain("20.00%").And.Contain("30.00%").And.Contain("assessmentScheme.Components[");
    }

    [Fact]
    public void PhantomVoters_InOneDocument_AreEachListedAtTheirPath()
    {
        var phantoms = new[] { "BZ-001-B01-M900", "BZ-001-B02-M901", "BZ-001-B03-M902" }.Select(MemberId.Parse).ToArray();
        var index = Index(Bz001);
        var length = Review.Organizations[index].Electorate.Length;
        var inputs = Inputs with { DoubleReviewData = WithOrganization(index, o => Reviewed(o, [.. o.Electorate, .. phantoms])) };

        Check(inputs).Should().Equal(phantoms.Select((p, i) => (Path: $"doubleReviewData.Organizations[{index}].Electorate[{length + i}]", Code: EvaluationErrorCodes.MemberUnknown, Value: (string?)p.Value)));
    }

    [Fact]
    public void PartyConstitution2017Article7_ProbationaryMember_HasNoVote_InTheElectorateOrOnABallot()
    {
        var probationary = Tree.MembersOf(Bz001).First(m => m.Status == MembershipStatus.Probationary).Id;
        var full = Tree.MembersOf(Bz001).First(m => m.Status == MembershipStatus.Full).Id;
        var index = Index(Bz001);
        var length = Review.Organizations[index].Electorate.Length;
        var inputs = Inputs with
        {
            DoubleReviewData = WithOrganization(index, o => Reviewed(o, [.. o.Electorate, probationary]), [new Ballot(RaterGroup.Members, Bz001, probationary, Grade: ReviewGrade.Good, CollectedBy: DistrictId.Parse("D1"))]),
        };

        Check(inputs).Should().Equal(
            ($"doubleReviewData.Organizations[{index}].Electorate[{length}]", EvaluationErrorCodes.NoVotingRights, probationary.Value),
            ($"doubleReviewData.Ballots[{Review.Ballots.Length}].Rater", EvaluationErrorCodes.NoVotingRights, probationary.Value));
        Review.Organizations[index].Electorate.Should().Contain(full, "a full member of the organization votes");
        DoubleReviewComponents.ProbationaryMembersHaveNoVote.Should().Be(Sources.PartyConstitution2017.At("第七条"));
    }

    [Fact]
    public void Electorate_WithoutAFullMemberOfTheRegistry_IsIncomplete_AndWithAnotherOrganizationsMember_IsRefused()
    {
        var index = Index(Bz001);
        var left = Review.Organizations[index].Electorate[0];
        var stranger = Review.Organizations[Index(OrganizationId.Parse("BZ-002"))].Electorate[0];
        var inputs = Inputs with { DoubleReviewData = WithOrganization(index, o => Reviewed(o, [.. o.Electorate.Skip(1), stranger])) };

        Check(inputs).Should().Equal(
            ($"doubleReviewData.Organizations[{index}].Electorate[{Review.Organizations[index].Electorate.Length - 1}]", EvaluationErrorCodes.MemberNotInOrganization, stranger.Value),
            ($"doubleReviewData.Organizations[{index}].Electorate", EvaluationErrorCodes.ElectorateIncomplete, left.Value));
    }

    [Fact]
    public void DoubleReview_OfAPerson_IsNotTheOrganizationsComponent_AndIsRefused()
    {
        var index = Index(Bz001);
        var secretary = Tree.SecretaryOf(Bz001)!.Value;
        var inputs = Inputs with
        {
            DoubleReviewData = WithOrganization(index, o => new ReviewedOrganization(o.Id, o.Electorate, o.District, new ReviewedPerson(secretary, Tree.FindMember(secretary)!.Name))),
        };

        Check(inputs).Should().Equal(($"doubleReviewData.Organizations[{index}].Person", EvaluationErrorCodes.DoubleReviewOfAPerson, secretary.Value));
    }

    [Fact]
    public void Districts_ACopyThatDisagreesWithTheRegistry_OrAnUnknownDistrict_IsRefused()
    {
        var index = Index(Bz001);
        var inputs = Inputs with
        {
            DoubleReviewData = WithOrganization(index, o => new ReviewedOrganization(o.Id, o.Electorate, DistrictId.Parse("D2")),
                [new Ballot(RaterGroup.Members, Bz001, Review.Organizations[index].Electorate[0], Grade: ReviewGrade.Good, CollectedBy: DistrictId.Parse("D9"))]),
        };

        Check(inputs).Should().Equal(
            ($"doubleReviewData.Organizations[{index}].District", EvaluationErrorCodes.DistrictMismatch, "D2"),
            ($"doubleReviewData.Ballots[{Review.Ballots.Length}].CollectedBy", EvaluationErrorCodes.DistrictUnknown, "D9"));
    }

    [Fact]
    public void Raters_CommitteeLeadersAndMembersAndPeers_MustResolve()
    {
        var review = new DoubleReviewDataSet(Review.Committee, Review.Year, Review.Organizations,
            [.. Review.Ballots, new Ballot(RaterGroup.PeerOrganizations, Bz001, RaterOrganization: OrganizationId.Parse("BZ-199"), Points: Score.Of(90m))],
            Review.Half, [MemberId.Parse("BZ-WC-L01"), .. Review.CommitteeLeaders.Skip(1)], [.. Review.CommitteeMembers, MemberId.Parse("BZ-WC-M01")], Review.ComponentScores);

        Check(Inputs with { DoubleReviewData = review }).Should().Equal(
            ($"doubleReviewData.Ballots[{Review.Ballots.Length}].RaterOrganization", EvaluationErrorCodes.OrganizationUnknown, "BZ-199"),
            ("doubleReviewData.CommitteeLeaders[0]", EvaluationErrorCodes.MemberUnknown, "BZ-WC-L01"),
            ($"doubleReviewData.CommitteeMembers[{Review.CommitteeMembers.Length}]", EvaluationErrorCodes.MemberUnknown, "BZ-WC-M01"));
    }

    [Fact]
    public void MemberPoints_BranchAndRosterCopies_MustAgreeWithTheRegistry()
    {
        var data = Inputs.MemberPointsData!;
        var first = data.Roster[0];
        var probationary = data.Roster.Select((r, i) => (r, i)).First(x => x.r.ProbationEndsOn is not null);
        var inputs = Inputs with
        {
            MemberPointsData = data with
            {
                Branches = [data.Branches[0] with { ParentId = OrganizationId.Parse("BZ-002") }, data.Branches[1] with { BranchId = Bz001 }, .. data.Branches.Skip(2)],
                Roster =
                [
                    first with { JoinedOn = first.JoinedOn.PlusDays(1), Assignments = [new BranchAssignment(OrganizationId.Parse("BZ-002-B01"), new LocalDate(2017, 1, 1))] },
                    .. data.Roster.Skip(1).Take(probationary.i - 1),
                    probationary.r with { ProbationEndsOn = null },
                    .. data.Roster.Skip(probationary.i + 1),
                    new MemberRosterEntry(MemberId.Parse("BZ-001-B01-M998"), new LocalDate(2000, 7, 1), [new BranchAssignment(data.Branches[0].BranchId, new LocalDate(2017, 1, 1))]),
                    new MemberRosterEntry(MemberId.Parse("BZ-001-B01-M997"), new LocalDate(2000, 7, 1), [new BranchAssignment(data.Branches[0].BranchId, new LocalDate(2017, 1, 1), new LocalDate(2018, 6, 30))]),
                ],
            },
        };

        Check(inputs).Should().Equal(
            ("memberPointsData.Branches[0].ParentId", EvaluationErrorCodes.DepartmentMismatch, "BZ-002"),
            ("memberPointsData.Branches[1].BranchId", EvaluationErrorCodes.NotABranch, "BZ-001"),
            ("memberPointsData.Roster[0].Assignments", EvaluationErrorCodes.MemberNotInOrganization, "BZ-002-B01"),
            ("memberPointsData.Roster[0].JoinedOn", EvaluationErrorCodes.MemberFactMismatch, first.JoinedOn.PlusDays(1).ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)),
            ($"memberPointsData.Roster[{probationary.i}].ProbationEndsOn", EvaluationErrorCodes.MemberFactMismatch, null),
            ($"memberPointsData.Roster[{data.Roster.Length}].MemberId", EvaluationErrorCodes.MemberUnknown, "BZ-001-B01-M998"));
    }

    [Fact]
    public void Standardization_RosterCopies_MustAgreeWithTheRegistry()
    {
        var data = Inputs.StandardizationData!;
        var branches = data.Roster.Branches;
        var inputs = Inputs with
        {
            StandardizationData = data with
            {
                Roster = new BranchRoster(OrganizationId.Parse("BZ-XX"),
                [
                    branches[0] with { DepartmentId = OrganizationId.Parse("BZ-002"), DistrictId = DistrictId.Parse("D3") },
                    branches[1] with { BranchId = OrganizationId.Parse("BZ-001-B09") },
                    .. branches.Skip(2),
                ]),
            },
        };

        Check(inputs).Should().Equal(
            ("standardizationData.Roster.CommitteeId", EvaluationErrorCodes.CommitteeMismatch, "BZ-XX"),
            ("standardizationData.Roster.Branches[0].DepartmentId", EvaluationErrorCodes.DepartmentMismatch, "BZ-002"),
            ("standardizationData.Roster.Branches[0].DistrictId", EvaluationErrorCodes.DistrictMismatch, "D3"),
            ("standardizationData.Roster.Branches[1].BranchId", EvaluationErrorCodes.OrganizationUnknown, "BZ-001-B09"));
    }

    [Fact]
    public void ResponsibilitiesAndRectification_OrganizationsAndResponsiblePeople_MustResolve()
    {
        var data = Inputs.ResponsibilityData!;
        var list = data.Lists[0];
        var ledger = Inputs.RectificationLedger!;
        var problem = ledger.Problems[0];
        var measure = problem.Measures[0];
        var inputs = Inputs with
        {
            ResponsibilityData = new ResponsibilityDataSet(data.Year,
                [new ResponsibilityList(list.Id, OrganizationId.Parse("BZ-199"), list.Year, list.Kind, list.Title, list.Items, list.SignedOn, list.Citation), .. data.Lists.Skip(1)], data.Evidence, data.Chains),
            RectificationLedger = new RectificationLedger(ledger.Id, ledger.Title, ledger.Year, ledger.EstablishedOn, ledger.Areas,
                [new RectificationProblem(problem.Id, OrganizationId.Parse("BZ-198"), problem.Area, problem.Description,
                    [new RectificationMeasure(measure.Id, measure.Description, MemberId.Parse("BZ-001-B01-M999"), measure.Deadline, measure.Completion, measure.Rechecks), .. problem.Measures.Skip(1)]),
                 .. ledger.Problems.Skip(1)], ledger.Citation),
        };

        Check(inputs).Should().Equal(
            ("responsibilityData.Lists[0].Owner", EvaluationErrorCodes.OrganizationUnknown, "BZ-199"),
            ("rectificationLedger.Problems[0].Organization", EvaluationErrorCodes.OrganizationUnknown, "BZ-198"),
            ("rectificationLedger.Problems[0].Measures[0].FirstResponsible", EvaluationErrorCodes.MemberUnknown, "BZ-001-B01-M999"));
    }

    [Fact]
    public void Rectification_MeasuresResponsibleDepartment_MustResolve_AKnownOneIsAccepted()
    {
        var ledger = Inputs.RectificationLedger!;
        var problem = ledger.Problems[0];
        var measure = problem.Measures[0];
        RectificationLedger With(string department) => new(ledger.Id, ledger.Title, ledger.Year, ledger.EstablishedOn, ledger.Areas,
            [new RectificationProblem(problem.Id, problem.Organization, problem.Area, problem.Description,
                [new RectificationMeasure(measure.Id, measure.Description, measure.FirstResponsible, measure.Deadline, measure.Completion, measure.Rechecks,
                    responsibleDepartment: OrganizationId.Parse(department)), .. problem.Measures.Skip(1)]),
             .. ledger.Problems.Skip(1)], ledger.Citation);

        Check(Inputs with { RectificationLedger = With("BZ-197") }).Should().Equal(
            ("rectificationLedger.Problems[0].Measures[0].ResponsibleDepartment", EvaluationErrorCodes.OrganizationUnknown, "BZ-197"));
        Check(Inputs with { RectificationLedger = With("BZ-001") }).Should().BeEmpty();
    }

    [Fact]
    public void Article002_DoubleReviewProportion_IsTheWeightInForce_ADifferentOneIsRefusedWithBothValues()
    {
        var asOf = EvaluationFixtures.AsOf;
        var mismatch = Inputs with { DoubleReviewScheme = WithProportion(Inputs.DoubleReviewScheme!, 0.2m) };

        var problem = new DoubleReviewArea().Check(mismatch, asOf).Should().ContainSingle().Subject;
        problem.ErrorCode.Should().Be(EvaluationErrorCodes.ProportionMismatch);
        problem.AttemptedValue.Should().Be("0.2 ≠ 0.3");
        new DoubleReviewArea().Check(Inputs, asOf).Should().BeEmpty("0.3 = 0.3");
        new DoubleReviewArea().Check(mismatch with { DoubleReviewScheme = null, Components = Inputs.Components with { DoubleReview = null } }, asOf)
            .Should().BeEmpty("without a double-review scheme there is one source only");
    }

    [Fact]
    public void Article000_PeopleDuties_AHolderAndAContactMember_ResolveInTheEvaluation_EachOnItsOwnDate()
    {
        // BZ-001's secretary is 徐国娟 (BZ-001-B01-M001), its deputy 孙健萍 (BZ-001-B01-M002), its full-time cadre 何斌娟
        // (BZ-001-B02-M002, not of the leading group), its leading-group member 郭红 (BZ-001-B02-M001), all since 2018-01-01.
        var data = Inputs.ResponsibilityData!;
        var list = data.Lists[0];
        ResponsibilityList Held(DutyHolder holder) =>
            new(list.Id, list.Owner, list.Year, list.Kind, list.Title, list.Items, new LocalDate(2018, 1, 10), list.Citation, holder);
        AnnualEvaluationInputs With(DutyHolder holder, DutyHolder contact) => Inputs with
        {
            ResponsibilityData = new ResponsibilityDataSet(data.Year, [Held(holder), .. data.Lists.Skip(1)], data.Evidence, data.Chains,
                [new ContactPoint(contact, Bz001, data.Year, OrganizationId.Parse("BZ-001-B02"), [])]),
        };
        var secretary = new DutyHolder(MemberId.Parse("BZ-001-B01-M001"), "徐国娟");

        Check(With(secretary, new DutyHolder(MemberId.Parse("BZ-001-B02-M001"), "郭红"))).Should().BeEmpty();
        Check(With(new DutyHolder(MemberId.Parse("BZ-001-B01-M002"), "孙健萍"), new DutyHolder(MemberId.Parse("BZ-001-B02-M002"), "何斌娟"))).Should().Equal(
            ("responsibilityData.Lists[0].Holder.Member", ResponsibilitiesErrorCodes.HolderNotSecretary, "BZ-001-B01-M002"),
            ("responsibilityData.ContactPoints[0].Member.Member", ResponsibilitiesErrorCodes.ContactNotLeadingGroup, "BZ-001-B02-M002"));
        Problems(With(new DutyHolder(MemberId.Parse("BZ-001-B01-M002"), "孙健萍"), new DutyHolder(MemberId.Parse("BZ-001-B02-M001"), "郭红")))
            .Should().ContainSingle(p => p.ErrorCode == ResponsibilitiesErrorCodes.HolderNotSecretary, "the annual evaluation refuses what the check finds");
    }

    private static IEnumerable<(string Path, string Code, string? Value)> Check(AnnualEvaluationInputs inputs) =>
        OrganizationStructureCheck.Check(inputs, Tree, On, EvaluationAreas.BuiltIn).Select(p => (p.Path, p.ErrorCode, p.AttemptedValue));

    private static ImmutableArray<ValidationProblem> Problems(AnnualEvaluationInputs inputs)
    {
        try
        {
            AnnualEvaluation.Run(inputs, EvaluationFixtures.AsOf);
            return [];
        }
        catch (PartyBuildingValidationException e)
        {
            return e.Problems;
        }
    }

    private static int Index(OrganizationId organization) => Review.Organizations.Select((o, i) => (o, i)).Single(x => x.o.Id == organization).i;

    private static ReviewedOrganization Reviewed(ReviewedOrganization organization, ImmutableArray<MemberId> electorate) =>
        new(organization.Id, electorate, organization.District);

    private static DoubleReviewDataSet WithOrganization(int index, Func<ReviewedOrganization, ReviewedOrganization> change, params Ballot[] ballots) =>
        new(Review.Committee, Review.Year, Review.Organizations.AsImmutableArray().SetItem(index, change(Review.Organizations[index])), [.. Review.Ballots, .. ballots],
            Review.Half, Review.CommitteeLeaders, Review.CommitteeMembers, Review.ComponentScores);

    private static DoubleReviewScheme WithProportion(DoubleReviewScheme scheme, decimal proportion) =>
        new(scheme.Name, scheme.EffectiveFrom, scheme.Cadence, scheme.Groups, scheme.Combination, scheme.GradeBands, Proportion.Of(proportion),
            scheme.Components, scheme.PeerScope, scheme.RoundingScale);
}
