using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Common;
using static PartyBuilding.Core.Tests.Assessment.AssessmentFixtures;

namespace PartyBuilding.Core.Tests.Assessment;

public sealed class ModelOrganTest
{
    private static (AssessmentResult Y2023, AssessmentResult Y2024) Results => (
        AnnualAssessment.Evaluate(SeedData(2023), SeedScheme(2023), new LocalDate(2024, 1, 15)),
        AnnualAssessment.Evaluate(SeedData(2024), SeedScheme(2024), YearEnd2024));

    private static ModelOrganCriteria Criteria => SeedScheme(2024).Certification!;

    private static ImmutableArray<YearRecord> History(string org) =>
    [
        YearRecord.From(Results.Y2023, Org(org), branchesAtTier: 9, branches: 10),
        YearRecord.From(Results.Y2024, Org(org), branchesAtTier: 17, branches: 20),
    ];

    private static YearRecord Record(int rank = 3, GradeBand band = GradeBand.FairlyGood, bool vetoed = false, int atTier = 8, int branches = 10, int year = 2024) =>
        new(Org("BZ-001"), AssessmentYear.Create(year), band, rank, 10, vetoed, atTier, branches);

    private static CertificationCheck OneYear(YearRecord record) =>
        ModelOrganCertifier.Check(Org("BZ-001"), Year2024, [record], Criteria with { Years = 1 });

    [Fact]
    public void Article001_SelfEvaluationThenJointMeeting_NamesAnOrganizationThatMeetsTheCriteria()
    {
        var check = ModelOrganCertifier.Check(Org("BZ-001"), Year2024, History("BZ-001"), Criteria);

        var named = ModelOrganCase.Open(check)
            .RecordSelfEvaluation(new LocalDate(2025, 1, 20), claimsMet: true, "自评：连续两年考核为好，排名第一")
            .RecordJointMeeting(new LocalDate(2025, 2, 10), approved: true, "联席会议评估认定通过");

        check.Met.Should().BeTrue();
        check.Checks.Should().HaveCount(7, "3 yearly criteria for 2023 and 2024, plus tier coverage for 2024");
        named.Status.Should().Be(ModelOrganStatus.Named);
        named.Steps.Select(s => s.Kind).Should().Equal(CertificationStepKind.SelfEvaluation, CertificationStepKind.JointMeeting, CertificationStepKind.Naming);
    }

    [Fact]
    public void Article004_ExitMechanism_WithdrawsTheTitleWhenALaterYearFails()
    {
        // BZ-003 was good and second in 2023, named for 2023 on one year's results; in 2024 a veto applied.
        var oneYear = Criteria with { Years = 1 };
        var named = ModelOrganCase.Open(ModelOrganCertifier.Check(Org("BZ-003"), AssessmentYear.Create(2023), History("BZ-003"), oneYear))
            .RecordSelfEvaluation(new LocalDate(2024, 1, 20), true, "自评达标")
            .RecordJointMeeting(new LocalDate(2024, 2, 10), true, "认定通过");
        var later = ModelOrganCertifier.Check(Org("BZ-003"), Year2024, History("BZ-003"), Criteria);

        var withdrawn = named.Review(later, new LocalDate(2025, 2, 10));

        named.Status.Should().Be(ModelOrganStatus.Named);
        later.Failures.Select(f => f.Criterion).Should().Equal(CertificationCriterionKind.NoVeto, CertificationCriterionKind.MinimumBand, CertificationCriterionKind.RankingBand);
        withdrawn.Status.Should().Be(ModelOrganStatus.Withdrawn);
        withdrawn.Steps[^1].Kind.Should().Be(CertificationStepKind.Withdrawal);
        withdrawn.Steps[^1].Note.Should().Contain("NoVeto").And.Contain("rank 7 of 10");
    }

    [Fact]
    public void Review_KeepsATitleWhoseCriteriaStillHold()
    {
        var oneYear = Criteria with { Years = 1 };
        var named = ModelOrganCase.Open(ModelOrganCertifier.Check(Org("BZ-001"), AssessmentYear.Create(2023), History("BZ-001"), oneYear))
            .RecordSelfEvaluation(new LocalDate(2024, 1, 20), true, "自评达标")
            .RecordJointMeeting(new LocalDate(2024, 2, 10), true, "认定通过");

        var kept = named.Review(ModelOrganCertifier.Check(Org("BZ-001"), Year2024, History("BZ-001"), Criteria), new LocalDate(2025, 2, 10));

        kept.Status.Should().Be(ModelOrganStatus.Named);
        kept.Steps[^1].Kind.Should().Be(CertificationStepKind.Review);
    }

    [Fact]
    public void JointMeeting_CannotNameAnOrganizationThatFailsTheCriteria()
    {
        var check = ModelOrganCertifier.Check(Org("BZ-003"), Year2024, History("BZ-003"), Criteria);

        var rejected = ModelOrganCase.Open(check).RecordSelfEvaluation(new LocalDate(2025, 1, 20), true, "自评达标")
            .RecordJointMeeting(new LocalDate(2025, 2, 10), approved: true, "拟认定");

        rejected.Status.Should().Be(ModelOrganStatus.Rejected);
        rejected.Steps[^1].Note.Should().Contain("criteria not met");
    }

    [Fact]
    public void Transitions_OutOfOrder_Throw()
    {
        var open = ModelOrganCase.Open(OneYear(Record()));

        var skipSelfEvaluation = () => open.RecordJointMeeting(new LocalDate(2025, 2, 10), true, "认定");
        var reviewUnnamed = () => open.Review(ModelOrganCertifier.Check(Org("BZ-001"), AssessmentYear.Create(2025), [], Criteria), new LocalDate(2026, 2, 1));

        skipSelfEvaluation.Should().Throw<InvalidTransitionException>().Which.CurrentState.Should().Be("Applied");
        reviewUnnamed.Should().Throw<InvalidTransitionException>().Which.RequestedState.Should().Be("Withdrawn");
    }

    [Theory]
    [InlineData(3, true)]
    [InlineData(4, false)]
    public void RankingBand_BothSidesOfTheTopShare(int rank, bool met) =>
        OneYear(Record(rank: rank)).Checks.Single(c => c.Criterion == CertificationCriterionKind.RankingBand).Met.Should().Be(met);

    [Theory]
    [InlineData(GradeBand.FairlyGood, true)]
    [InlineData(GradeBand.Average, false)]
    public void MinimumBand_BothSides(GradeBand band, bool met) =>
        OneYear(Record(band: band)).Checks.Single(c => c.Criterion == CertificationCriterionKind.MinimumBand).Met.Should().Be(met);

    [Theory]
    [InlineData(8, 10, true)]
    [InlineData(7999, 10000, false)]
    public void TierCoverage_BothSides(int atTier, int branches, bool met) =>
        OneYear(Record(atTier: atTier, branches: branches)).Checks.Single(c => c.Criterion == CertificationCriterionKind.TierCoverage).Met.Should().Be(met);

    [Fact]
    public void Veto_FailsTheNoVetoCriterion_AndAMissingYearFailsToo()
    {
        OneYear(Record(vetoed: true)).Checks.Single(c => c.Criterion == CertificationCriterionKind.NoVeto).Met.Should().BeFalse();

        var missing = ModelOrganCertifier.Check(Org("BZ-001"), Year2024, [Record()], Criteria);

        missing.Met.Should().BeFalse();
        missing.Failures.Should().ContainSingle().Which.Detail.Should().Be("no assessment record for this year");
    }

    [Fact]
    public void Check_IsIndependentOfRecordOrder_AndHasValueEquality()
    {
        var history = History("BZ-021");

        ModelOrganCertifier.Check(Org("BZ-021"), Year2024, history, Criteria)
            .Should().Be(ModelOrganCertifier.Check(Org("BZ-021"), Year2024, history.Reverse(), Criteria));
    }
}
