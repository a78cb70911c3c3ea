using PartyBuilding.Core.Common;
using PartyBuilding.Core.Evaluation;
using PartyBuilding.Core.MemberPoints;
using PartyBuilding.Core.OrganizationalLife;
using PartyBuilding.Core.Standardization;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Tests.Evaluation;

/// <summary>
/// The organizational-life area in the annual evaluation: its records are optional inputs, checked once and against the
/// organization structure, and the bundled run takes two standardization indicators of BZ-001's branches and S01 of its
/// members' points from them.
/// </summary>
public sealed class OrganizationalLifeAreaTest
{
    private static readonly OrganizationId B01 = OrganizationId.Parse("BZ-001-B01");

    private static ImmutableArray<ValidationProblem> Problems(AnnualEvaluationInputs inputs)
    {
        var act = () => AnnualEvaluation.Run(inputs, EvaluationFixtures.AsOf);
        return act.Should().Throw<PartyBuildingValidationException>().Which.Problems;
    }

    [Fact]
    public void BundledRun_MembersMeetingIndicatorOfBZ001Branches_IsDerivedFromTheRecords()
    {
        foreach (var branch in new[] { "BZ-001-B01", "BZ-001-B02", "BZ-001-B03" })
        {
            var result = EvaluationFixtures.Result.Standardization!.Results.Single(r => r.BranchId == OrganizationId.Parse(branch) && r.Year.Value == 2018);
            var indicator = result.Aspects.SelectMany(a => a.Indicators).Single(i => i.IndicatorId == IndicatorId.Parse("BZ-A2-02"));
            var observed = indicator.Explanation.Children.Single();

            observed.Value.Should().Be(0m);
            observed.Label.English.Should().Be("Observed (derived from organizational-life records)");
            Enumerable.Range(1, 4).Should().OnlyContain(q => observed.Find($"{branch}-MM-Q{q}") != null);
            indicator.Points.Should().Be(indicator.MaxPoints);
        }
    }

    [Fact]
    public void BundledRun_S01OfABZ001Member_IsCountedFromTheRecords()
    {
        var member = EvaluationFixtures.Result.MemberPoints!.Member(MemberId.Parse("BZ-001-B01-M001"))!;

        var january = member.PointsExplanation.Find("BZ-001-B01-M001/2018-01/S01/records")!;
        january.Value.Should().Be(2m);
        january.Children.Select(c => c.Key).Should().Contain("BZ-001-B01-TD-01");
    }

    [Fact]
    public void BundledRun_WithoutTheRecords_TheDerivationsAreProblems()
    {
        var problems = Problems(EvaluationFixtures.Inputs with { OrganizationalLifeRecords = null, OrganizationalLifeScheme = null });

        problems.Select(p => p.ErrorCode).Distinct().Should().BeEquivalentTo([StandardizationErrorCodes.DerivationWithoutRecords, MemberPointsErrorCodes.DerivationWithoutRecords]);
        problems.Should().Contain(p => p.Path == "memberPoints.Data.LifeRecords");
        problems.Where(p => p.ErrorCode == StandardizationErrorCodes.DerivationWithoutRecords).Should().HaveCount(6)
            .And.OnlyContain(p => p.Path.StartsWith("standardization.Data.Assessments[", StringComparison.Ordinal) && p.Path.EndsWith(".Measure", StringComparison.Ordinal));
    }

    [Fact]
    public void RecordsOfAnotherCommittee_AreReportedAtTheRecordsCommittee()
    {
        var records = EvaluationFixtures.Inputs.OrganizationalLifeRecords!;

        var problems = Problems(EvaluationFixtures.Inputs with { OrganizationalLifeRecords = records with { CommitteeId = OrganizationId.Parse("BZ-XX") } });

        problems.Should().Contain(p => p.Path == "organizationalLifeRecords.CommitteeId" && p.ErrorCode == EvaluationErrorCodes.CommitteeMismatch);
    }

    [Fact]
    public void RecordsOfABranchNotInTheRegistry_AreReportedUnderTheRecords()
    {
        var records = EvaluationFixtures.Inputs.OrganizationalLifeRecords!;
        var renamed = records with { Branches = [records.Branches[0] with { Id = OrganizationId.Parse("BZ-001-B09") }, .. records.Branches.Skip(1)] };

        var problems = Problems(EvaluationFixtures.Inputs with { OrganizationalLifeRecords = renamed });

        problems.Should().Contain(p => p.Path == "organizationalLifeRecords.Branches[0].Id" && p.ErrorCode == OrganizationalLifeErrorCodes.NotABranchOfTheStructure);
    }

    [Fact]
    public void InvalidRecords_AreReportedUnderTheArea()
    {
        var records = EvaluationFixtures.Inputs.OrganizationalLifeRecords!;
        var doubled = records with { Meetings = [.. records.Meetings, records.Meetings[0]] };

        var problems = Problems(EvaluationFixtures.Inputs with { OrganizationalLifeRecords = doubled });

        problems.Should().Contain(p => p.Path.StartsWith("organizationalLife.Data.Meetings[", StringComparison.Ordinal) && p.ErrorCode == OrganizationalLifeErrorCodes.DuplicateRecord);
    }

    [Fact]
    public void RecordsGiven_FeedNoComponent_AndAreNotUnused()
    {
        EvaluationAreas.BuiltIn.OfType<OrganizationalLifeArea>().Single().Component(EvaluationFixtures.Inputs.Components).Should().BeNull();
        EvaluationFixtures.Result.Assessment.Should().NotBeNull();
    }

    [Fact]
    public void ManifestLoader_ReadsTheRecordsAndTheScheme()
    {
        EvaluationFixtures.Inputs.OrganizationalLifeRecords!.Branches.Select(b => b.Id).Should().Contain(B01);
        EvaluationFixtures.Inputs.OrganizationalLifeScheme!.Year.Value.Should().Be(2018);
    }
}
