using NodaTime;
using PartyBuilding.Cli.Generation;
using PartyBuilding.Core.Evaluation;
using PartyBuilding.Core.MemberPoints;
using PartyBuilding.Core.OrganizationalLife;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Serialization;
using PartyBuilding.Core.Standardization;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Cli.Tests.Generation;

public sealed class SyntheticDataSetTest
{
    private static readonly SyntheticShape Small = SyntheticShape.Province with { Departments = 4 };

    [Fact]
    public void BuildEvaluation_AssessesEveryBranchAgainstTheFullCatalogue()
    {
        var evaluation = new SyntheticDataSet(Small, 5, _ => { }).BuildEvaluation();

        var snapshotBranches = evaluation.Inputs.Organizations.Organizations
            .Where(o => o.ParentId is { } parent && parent.Value.StartsWith("PR-0", StringComparison.Ordinal))
            .Select(o => o.Id)
            .ToArray();
        var data = evaluation.Inputs.StandardizationData!;
        var catalogue = evaluation.Inputs.StandardizationCatalogue!;
        catalogue.AllIndicators().Should().HaveCount(52, "article 000's catalogue has 52 indicators");
        foreach (var year in new[] { 2016, 2017, 2018 })
        {
            data.Assessments.Where(a => a.Year.Value == year).Select(a => a.BranchId).Should().BeEquivalentTo(snapshotBranches, "the assessed year and the two before it");
        }

        data.Assessments.Should().HaveCount(3 * snapshotBranches.Length);
        data.Assessments.Should().OnlyContain(a => a.Scores.Length == 52 && a.CatalogueId == catalogue.Id);
        data.Roster.Branches.Select(b => b.BranchId).Should().BeEquivalentTo(snapshotBranches);
        StandardizationEngine.Evaluate(data, new StandardizationScheme(catalogue, evaluation.Inputs.StandardizationTiers!), new LocalDate(SyntheticDataSet.Year, 12, 31)).Results.Should().HaveCount(3 * snapshotBranches.Length);
    }

    [Fact]
    public void BuildEvaluation_DeclaresMonthlyItems_AuditsEveryDeclaration_ReviewsEveryQuarter()
    {
        var evaluation = new SyntheticDataSet(Small, 5, _ => { }).BuildEvaluation();

        var points = evaluation.Inputs.MemberPointsData!;
        var members = evaluation.Inputs.Organizations.Members.Count(m => m.BranchId.Value.StartsWith("PR-0", StringComparison.Ordinal));
        points.Roster.Should().HaveCount(members);
        points.MassReviews.Should().HaveCount(4 * members);
        var monthsJoined = points.Roster.Sum(m => m.JoinedOn.Year == SyntheticDataSet.Year ? 13 - m.JoinedOn.Month : 12);
        points.Declarations.Length.Should().BeInRange(monthsJoined * 9 / 10, monthsJoined, "at most one item a member-month, a month now and then without");
        points.Declarations.Should().OnlyContain(d => d.Month.Year == SyntheticDataSet.Year);
        points.Audits.Select(a => a.DeclarationId).Should().Equal(points.Declarations.Select(d => d.Id));
        points.Audits.Should().Contain(a => a.Decision == AuditDecision.Reject).And.Contain(a => a.Decision == AuditDecision.Adjust);
        var result = MemberPointsEngine.Evaluate(points, evaluation.Inputs.MemberPointsScheme!, evaluation.AsOf);
        result.Organizations.Should().HaveCount(4);
        result.Members.Should().HaveCount(members);
    }

    [Fact]
    public void BuildEvaluation_RecordsAYearOfOrganizationalLife_ThatChecksAgainstTheRegistry_WithAFewGaps()
    {
        var evaluation = new SyntheticDataSet(Small, 5, _ => { }).BuildEvaluation();

        var records = evaluation.Inputs.OrganizationalLifeRecords!;
        var scheme = evaluation.Inputs.OrganizationalLifeScheme!;
        var tree = OrganizationRegistry.Create(evaluation.Inputs.Organizations).AsOf(evaluation.AsOf);
        OrganizationalLifeEngine.Validate(records, scheme, evaluation.AsOf).Problems.Should().BeEmpty();
        OrganizationalLifeEngine.CheckAgainst(records, tree).Problems.Should().BeEmpty();
        records.IsIllustrative.Should().BeTrue();
        scheme.IsIllustrative.Should().BeTrue();
        var branches = records.Branches.Length;
        branches.Should().Be(evaluation.Inputs.StandardizationData!.Roster.Branches.Length);
        records.Meetings.Count(m => m.Kind == MeetingKind.MembersMeeting).Should().BeInRange(branches * 4 * 9 / 10, branches * 4, "one a quarter, a few not held");
        records.Meetings.Count(m => m.Kind == MeetingKind.ThemePartyDay).Should().BeInRange(branches * 12 * 9 / 10, branches * 12, "one a month, a few not held");

        var result = OrganizationalLifeEngine.Evaluate(records, scheme, evaluation.AsOf);

        var findings = result.Branches.SelectMany(b => b.Findings).ToArray();
        findings.Should().Contain(f => f.Kind == LifeFindingKind.MissedMeeting).And.Contain(f => f.Kind == LifeFindingKind.DuesUnpaid);
        result.Branches.Count(b => b.Findings.IsEmpty).Should().BeGreaterThan(0, "most rules are met in most branches");
    }

    [Fact]
    public void BuildEvaluation_RunsTheAnnualEvaluation_WithEveryComponentForEveryOrganization()
    {
        // Ten departments in five districts: every department has a peer in its district for the double review.
        var evaluation = new SyntheticDataSet(SyntheticShape.Province with { Departments = 10 }, 5, _ => { }).BuildEvaluation();

        var reports = new List<EvaluationProgress>();
        var result = AnnualEvaluation.Run(evaluation.Inputs, evaluation.AsOf, new Recorder(reports));

        result.Missing.Should().BeEmpty();
        result.Assessment.Organizations.Should().HaveCount(10);
        result.Data.Inputs.Select(i => i.Component.Value).Distinct().Order(StringComparer.Ordinal)
            .Should().Equal("DR", "KEY", "PTS", "ROUTINE", "STD");
        reports[^1].RecordsTotal.Should().BeGreaterThan(evaluation.Inputs.MemberPointsData!.Declarations.Length * 2L);
    }

    private sealed class Recorder(List<EvaluationProgress> reports) : IProgress<EvaluationProgress>
    {
        public void Report(EvaluationProgress value) => reports.Add(value);
    }

    [Fact]
    public void Build_WritesDocumentsThatLoadThroughTheManifest_EqualToTheTypedOnes()
    {
        var typed = new SyntheticDataSet(Small, 9, _ => { }).BuildEvaluation();
        var files = new SyntheticDataSet(Small, 9, _ => { }).Build().ToDictionary(d => d.Key, d => d.Value);

        using var manifest = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(files["manifest.json"]));
        var (inputs, asOf) = EvaluationManifestLoader.Load(manifest, name => new MemoryStream(System.Text.Encoding.UTF8.GetBytes(files[name])));

        asOf.Should().Be(typed.AsOf);
        inputs.StandardizationData.Should().Be(typed.Inputs.StandardizationData);
        inputs.MemberPointsData.Should().Be(typed.Inputs.MemberPointsData);
        inputs.MemberPointsScheme.Should().Be(typed.Inputs.MemberPointsScheme);
        inputs.StandardizationCatalogue.Should().Be(typed.Inputs.StandardizationCatalogue);
        inputs.Components.Should().Be(typed.Inputs.Components);
        PartyBuildingJson.Serialize(inputs.Organizations).Should().Be(PartyBuildingJson.Serialize(typed.Inputs.Organizations));
    }

    [Fact]
    public void BuildEvaluation_SameSeed_EqualData_AnotherSeedDifferent()
    {
        var first = new SyntheticDataSet(Small, 2, _ => { }).BuildEvaluation();
        var second = new SyntheticDataSet(Small, 2, _ => { }).BuildEvaluation();
        var third = new SyntheticDataSet(Small, 3, _ => { }).BuildEvaluation();

        second.Inputs.MemberPointsData.Should().Be(first.Inputs.MemberPointsData);
        second.Inputs.StandardizationData.Should().Be(first.Inputs.StandardizationData);
        third.Inputs.MemberPointsData.Should().NotBe(first.Inputs.MemberPointsData);
        third.Inputs.StandardizationData.Should().NotBe(first.Inputs.StandardizationData);
    }

    [Fact]
    public void Scheme_KeepsArticle002sFiftyStandardsAndFourGrades_WithTheGeneratorsOwnIllustrativeThresholds()
    {
        var scheme = new SyntheticDataSet(Small, 5, _ => { }).BuildEvaluation().Inputs.MemberPointsScheme!;

        new PointsSchemeValidator().Check(scheme).Problems.Should().BeEmpty();
        scheme.Standards.Should().HaveCount(50, "article 002: 把“合格党员”的标准具体细化为50项标准");
        scheme.Standards.Select(s => s.Group).Distinct().Should().BeEquivalentTo([StandardGroup.FourSpeaksFourHaves, StandardGroup.FourQualifieds]);
        scheme.Name.ZhCn.Should().Contain("示例").And.Contain("生成器自定");
        scheme.Grading.Name.Should().Be(MemberPointsStrategies.BranchQuota);
        scheme.Grading.Parameters.Should().Contain("excellent", SyntheticMemberPoints.ExcellentThreshold)
            .And.Contain("qualified", SyntheticMemberPoints.QualifiedThreshold)
            .And.Contain("basically-qualified", SyntheticMemberPoints.BasicallyQualifiedThreshold)
            .And.Contain("excellent-quota", SyntheticMemberPoints.ExcellentQuota);
    }

    [Theory]
    [InlineData("municipal", 1)]
    [InlineData("municipal", 7)]
    public void Generate_GradesMostMembersQualified_SomeExcellent_FewBelow(string scale, int seed)
    {
        var shape = SyntheticShape.Find(scale)!;
        var evaluation = new SyntheticDataSet(shape, seed, _ => { }).BuildEvaluation();

        var result = MemberPointsEngine.Evaluate(evaluation.Inputs.MemberPointsData!, evaluation.Inputs.MemberPointsScheme!, evaluation.AsOf);

        var graded = result.Members.Where(m => m.Grade is not null).ToArray();
        double Share(MemberGrade grade) => graded.Count(m => m.Grade == grade) / (double)graded.Length;
        var shares = $"excellent {Share(MemberGrade.Excellent):P1}, qualified {Share(MemberGrade.Qualified):P1}, basically {Share(MemberGrade.BasicallyQualified):P1}, unqualified {Share(MemberGrade.Unqualified):P1} of {graded.Length}";
        Share(MemberGrade.Qualified).Should().BeInRange(0.65, 0.88, shares);
        Share(MemberGrade.Excellent).Should().BeInRange(0.07, 0.25, shares);
        (Share(MemberGrade.BasicallyQualified) + Share(MemberGrade.Unqualified)).Should().BeInRange(0.02, 0.10, shares);
        Share(MemberGrade.BasicallyQualified).Should().BeGreaterThan(Share(MemberGrade.Unqualified), shares);
        Share(MemberGrade.Unqualified).Should().BeInRange(0.002, 0.04, shares);
        result.Branches.Should().OnlyContain(b => b.Excellent <= (int)Math.Floor(0.2m * b.Graded), "the generator's quota of 20% per branch");
    }

    [Theory]
    [InlineData("municipal", 1)]
    [InlineData("municipal", 7)]
    public void Generate_NamesBranchesAcrossEveryTier_MostStandardOrAdvanced(string scale, int seed)
    {
        var shape = SyntheticShape.Find(scale)!;
        var inputs = new SyntheticDataSet(shape, seed, _ => { }).BuildEvaluation().Inputs;

        var outcome = StandardizationEngine.Evaluate(inputs.StandardizationData!, new StandardizationScheme(inputs.StandardizationCatalogue!, inputs.StandardizationTiers!), new LocalDate(SyntheticDataSet.Year, 12, 31));

        var namings = outcome.Rounds.Single(r => r.Year.Value == SyntheticDataSet.Year).Namings;
        double Share(BranchTier tier) => namings.Count(n => n.Tier == tier) / (double)namings.Length;
        var shares = $"lagging {Share(BranchTier.Lagging):P1}, standard {Share(BranchTier.Standard):P1}, advanced {Share(BranchTier.Advanced):P1}, exemplary {Share(BranchTier.Exemplary):P1} of {namings.Length}";
        Share(BranchTier.Lagging).Should().BeInRange(0.02, 0.20, shares);
        Share(BranchTier.Standard).Should().BeInRange(0.20, 0.60, shares);
        Share(BranchTier.Advanced).Should().BeInRange(0.15, 0.50, shares);
        Share(BranchTier.Exemplary).Should().BeInRange(0.03, 0.25, shares);
        (Share(BranchTier.Standard) + Share(BranchTier.Advanced)).Should().BeGreaterThan(0.5, shares);
    }
}
