using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Common;
using static PartyBuilding.Core.Tests.Assessment.AssessmentFixtures;

namespace PartyBuilding.Core.Tests.Assessment;

/// <summary>
/// Pins model-organ certification (article 001: process and result both count; article 004: 退出机制): every
/// criterion checked per year with the detail people read, both sides of each threshold, the steps and notes of a
/// case, the argument guards and the value equality of checks and cases.
/// </summary>
public sealed class ModelOrganCertificationRulesTest
{
    private static readonly OrganizationId Bz001 = Org("BZ-001");

    private static ModelOrganCriteria Criteria(int years = 2, bool requireNoVeto = true) =>
        new(years, GradeBand.FairlyGood, Share.FromDecimal(0.2m), Share.FromDecimal(0.8m), requireNoVeto);

    private static YearRecord Record(int year, GradeBand band = GradeBand.Good, int rank = 2, int count = 10, bool vetoed = false, int atTier = 8, int branches = 10) =>
        new(Bz001, AssessmentYear.Create(year), band, rank, count, vetoed, atTier, branches);

    private static CertificationCheck Met() => ModelOrganCertifier.Check(Bz001, Year2024, [Record(2024)], Criteria(years: 1));

    private static CertificationCheck Failed() => ModelOrganCertifier.Check(Bz001, Year2024, [Record(2024, rank: 3)], Criteria(years: 1));

    private static ModelOrganCase SelfEvaluated(CertificationCheck check) =>
        ModelOrganCase.Open(check).RecordSelfEvaluation(new LocalDate(2025, 1, 20), claimsMet: true, "自评");

    private static ModelOrganCase Named() => SelfEvaluated(Met()).RecordJointMeeting(new LocalDate(2025, 2, 10), approved: true, "认定");

    private static CertificationCheck Later(int year, int rank) =>
        ModelOrganCertifier.Check(Bz001, AssessmentYear.Create(year), [Record(year, rank: rank)], Criteria(years: 1));

    [Fact]
    public void Check_TwoYearsOneFailingAtEveryCriterion_ListsEachCriterionPerYearWithItsDetail()
    {
        var check = ModelOrganCertifier.Check(
            Bz001, Year2024, [Record(2023, GradeBand.Average, rank: 5, vetoed: true), Record(2024), Record(2024) with { Organization = Org("BZ-002") }], Criteria());

        check.Checks.Select(c => (c.Criterion, c.Year.Value, c.Met, c.Detail)).Should().Equal(
            (CertificationCriterionKind.NoVeto, 2023, false, "a veto applied"),
            (CertificationCriterionKind.MinimumBand, 2023, false, "band Average, at least FairlyGood required"),
            (CertificationCriterionKind.RankingBand, 2023, false, "rank 5 of 10, top 0.2 required"),
            (CertificationCriterionKind.NoVeto, 2024, true, "no veto"),
            (CertificationCriterionKind.MinimumBand, 2024, true, "band Good, at least FairlyGood required"),
            (CertificationCriterionKind.RankingBand, 2024, true, "rank 2 of 10, top 0.2 required"),
            (CertificationCriterionKind.TierCoverage, 2024, true, "tier coverage 8 of 10 branches (80.00%), at least 80% required"));
        check.Met.Should().BeFalse();
    }

    [Fact]
    public void Check_JustBelowEachThreshold_FailsThatCriterionOnly()
    {
        var check = ModelOrganCertifier.Check(Bz001, Year2024, [Record(2024, GradeBand.FairlyGood, rank: 3, atTier: 79, branches: 100)], Criteria(years: 1, requireNoVeto: false));

        check.Checks.Select(c => (c.Criterion, c.Met, c.Detail)).Should().Equal(
            (CertificationCriterionKind.MinimumBand, true, "band FairlyGood, at least FairlyGood required"),
            (CertificationCriterionKind.RankingBand, false, "rank 3 of 10, top 0.2 required"),
            (CertificationCriterionKind.TierCoverage, false, "tier coverage 79 of 100 branches (79.00%), at least 80% required"));
    }

    [Fact]
    public void Check_NoOrganizationRanked_FailsTheRankingCriterion() =>
        ModelOrganCertifier.Check(Bz001, Year2024, [Record(2024, rank: 0, count: 0)], Criteria(years: 1)).Failures
            .Select(c => (c.Criterion, c.Detail)).Should().Equal((CertificationCriterionKind.RankingBand, "rank 0 of 0, top 0.2 required"));

    [Fact]
    public void Check_YearWithoutRecord_FailsWithNoRecord() =>
        ModelOrganCertifier.Check(Bz001, Year2024, [Record(2024)], Criteria()).Failures
            .Select(c => (c.Criterion, c.Year.Value, c.Detail)).Should().Equal((CertificationCriterionKind.MinimumBand, 2023, "no assessment record for this year"));

    [Fact]
    public void Check_TwoRecordsForOneYear_ThrowsArgumentNamingRecords() =>
        FluentActions.Invoking(() => ModelOrganCertifier.Check(Bz001, Year2024, [Record(2024), Record(2024, rank: 1)], Criteria()))
            .Should().Throw<ArgumentException>().WithParameterName("records").WithMessage("Two records of 'BZ-001' are for 2024.*");

    [Fact]
    public void Check_NullArguments_ThrowArgumentNullNamingThem()
    {
        FluentActions.Invoking(() => ModelOrganCertifier.Check(Bz001, Year2024, null!, Criteria())).Should().Throw<ArgumentNullException>().WithParameterName("records");
        FluentActions.Invoking(() => ModelOrganCertifier.Check(Bz001, Year2024, [Record(2024)], null!)).Should().Throw<ArgumentNullException>().WithParameterName("criteria");
        FluentActions.Invoking(() => YearRecord.From(null!, Bz001, 1, 2)).Should().Throw<ArgumentNullException>().WithParameterName("result");
        FluentActions.Invoking(() => ModelOrganCase.Open(null!)).Should().Throw<ArgumentNullException>().WithParameterName("check");
        FluentActions.Invoking(() => Named().Review(null!, new LocalDate(2026, 2, 1))).Should().Throw<ArgumentNullException>().WithParameterName("later");
    }

    [Fact]
    public void RecordJointMeeting_ApprovedAndMet_NamesWithANamingStep() =>
        Named().Steps.Select(s => (s.Kind, s.Positive, s.Note)).Should().Equal(
            (CertificationStepKind.SelfEvaluation, true, "自评"),
            (CertificationStepKind.JointMeeting, true, "认定"),
            (CertificationStepKind.Naming, true, "named a model organ for 2024"));

    [Fact]
    public void RecordJointMeeting_ApprovedButCriteriaNotMet_RejectsAndSaysWhy()
    {
        var rejected = SelfEvaluated(Failed()).RecordJointMeeting(new LocalDate(2025, 2, 10), approved: true, "认定");

        rejected.Status.Should().Be(ModelOrganStatus.Rejected);
        rejected.Steps.Select(s => (s.Kind, s.Positive, s.Note)).Should().Equal(
            (CertificationStepKind.SelfEvaluation, true, "自评"),
            (CertificationStepKind.JointMeeting, false, "认定 (not named: criteria not met — 2024 RankingBand: rank 3 of 10, top 0.2 required)"));
    }

    [Fact]
    public void RecordJointMeeting_NotApprovedThoughMet_RejectsWithTheNoteAsGiven()
    {
        var rejected = SelfEvaluated(Met()).RecordJointMeeting(new LocalDate(2025, 2, 10), approved: false, "未通过");

        rejected.Status.Should().Be(ModelOrganStatus.Rejected);
        rejected.Steps[^1].Should().Be(new CertificationStep(CertificationStepKind.JointMeeting, new LocalDate(2025, 2, 10), false, "未通过"));
    }

    [Fact]
    public void RecordJointMeeting_BlankNote_IsRejected() =>
        FluentActions.Invoking(() => SelfEvaluated(Met()).RecordJointMeeting(new LocalDate(2025, 2, 10), approved: true, " ")).Should().Throw<ArgumentException>();

    [Fact]
    public void Review_LaterYearMet_KeepsTheTitleWithAPositiveStep()
    {
        var kept = Named().Review(Later(2025, rank: 1), new LocalDate(2026, 2, 1));

        kept.Status.Should().Be(ModelOrganStatus.Named);
        kept.Steps[^1].Should().Be(new CertificationStep(CertificationStepKind.Review, new LocalDate(2026, 2, 1), true, "criteria met for 2025; title kept"));
    }

    [Fact]
    public void Review_LaterYearFailed_WithdrawsTheTitleNamingTheFailures()
    {
        var withdrawn = Named().Review(Later(2025, rank: 3), new LocalDate(2026, 2, 1));

        withdrawn.Status.Should().Be(ModelOrganStatus.Withdrawn);
        withdrawn.Steps[^1].Should().Be(new CertificationStep(
            CertificationStepKind.Withdrawal, new LocalDate(2026, 2, 1), false, "criteria failed for 2025: 2025 RankingBand: rank 3 of 10, top 0.2 required"));
    }

    [Fact]
    public void Review_SameYearOrOtherOrganization_IsRejected()
    {
        FluentActions.Invoking(() => Named().Review(Later(2024, rank: 1), new LocalDate(2026, 2, 1)))
            .Should().Throw<ArgumentException>().WithParameterName("later").WithMessage("A review needs a later year's check of 'BZ-001'.*");
        FluentActions.Invoking(() => Named().Review(Later(2025, rank: 1) with { Organization = Org("BZ-002") }, new LocalDate(2026, 2, 1)))
            .Should().Throw<ArgumentException>().WithParameterName("later");
    }

    [Fact]
    public void CertificationCheckEquals_AnyMemberChanged_IsFalse()
    {
        var check = Met();

        check.Equals(check with { Checks = [.. check.Checks] }).Should().BeTrue();
        check.Equals(check with { Organization = Org("BZ-002") }).Should().BeFalse();
        check.Equals(check with { Year = AssessmentYear.Create(2025) }).Should().BeFalse();
        check.Equals(check with { Checks = check.Checks.AsImmutableArray().RemoveAt(0) }).Should().BeFalse();
    }

    [Fact]
    public void ModelOrganCaseEquals_AnyMemberChanged_IsFalse()
    {
        var named = Named();

        named.Equals(Named()).Should().BeTrue();
        named.Equals(ModelOrganCase.Open(Met() with { Organization = Org("BZ-002") })).Should().BeFalse();
        named.Equals(SelfEvaluated(Met())).Should().BeFalse();
        named.Equals(SelfEvaluated(Met()).RecordJointMeeting(new LocalDate(2025, 2, 10), approved: true, "另一说明")).Should().BeFalse();
        ModelOrganCase.Open(Met()).Equals(ModelOrganCase.Open(Met() with { Year = AssessmentYear.Create(2025) })).Should().BeFalse();
        ModelOrganCase.Open(Met()).Equals(ModelOrganCase.Open(Failed())).Should().BeFalse();
    }
}
