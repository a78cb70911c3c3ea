using PartyBuilding.Core.Common;
using PartyBuilding.Core.Responsibilities;
using PartyBuilding.Core.Strategies;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Core.Tests.PublishedRows;
using static PartyBuilding.Core.Tests.Responsibilities.Fixtures;

namespace PartyBuilding.Core.Tests.Responsibilities;

/// <summary>
/// Pins <see cref="ResponsibilityAssessmentEngine"/>, <see cref="OrganizationResponsibilityResult"/>, <see cref="ResponsibilityAssessment"/>
/// and the registry <see cref="ResponsibilityStrategies"/>: an organization's lists in identifier order, counts summed over its
/// lists, the published root node (<see cref="ResponsibilityCitations.ThreeLevelSplit"/>), an organization without a list, the
/// defaults by name, the parameter range problems, and the guards naming their parameter and subject.
/// </summary>
public sealed class ResponsibilityAssessmentEngineRulesTest
{
    private static readonly OrganizationId A = OrganizationId.Parse("BZ-001");
    private static readonly OrganizationId B = OrganizationId.Parse("BZ-002");

    private static ResponsibilityScheme Scheme() =>
        new("test", new LocalizedText("方案", "Scheme"), OrganizationId.Parse("BZ-WC"), [], StrategySpec.Of(ResponsibilityStrategies.Proportional));

    /// <summary>
    /// As of 1 January 2020, every yearly item is decided. A has L-B (Y1, Y2 done; Y3 overdue) given before L-A (X1 done; X2 overdue):
    /// 3 of 5 done, score 60. B has L-C (Z1 overdue).
    /// </summary>
    private static ResponsibilityDataSet Data() => new(
        Y2019,
        [
            Annual("L-B", A, "Y1", "Y2", "Y3"),
            Annual("L-C", B, "Z1"),
            Annual("L-A", A, "X1", "X2"),
        ],
        [
            new EvidenceRecord(ResponsibilityListId.Parse("L-B"), Id("Y1"), D(2019, 3, 1), "minutes"),
            new EvidenceRecord(ResponsibilityListId.Parse("L-B"), Id("Y2"), D(2019, 4, 1), "minutes"),
            new EvidenceRecord(ResponsibilityListId.Parse("L-A"), Id("X1"), D(2019, 5, 1), "minutes"),
        ]);

    [Fact]
    public void Article000_OrganizationWithTwoLists_ListsThemByIdentifierAndSumsTheirCounts()
    {
        var result = ResponsibilityAssessmentEngine.Evaluate(Data(), Scheme(), D(2020, 1, 1)).For(A)!;

        result.Lists.Select(l => l.ListId.Value).Should().Equal("L-A", "L-B");
        result.ItemCount.Should().Be(5);
        result.Count(DutyStatus.Done).Should().Be(3);
        result.Count(DutyStatus.Overdue).Should().Be(2);
        result.Count(DutyStatus.Due).Should().Be(0);
        result.Score.Should().Be(new Score(60m));
    }

    [Fact]
    public void Article000_PublishedScore_RootNodeRoundsAtTwoPlacesAndCitesTheThreeLevelSplit()
    {
        var result = ResponsibilityAssessmentEngine.Evaluate(Data(), Scheme(), D(2020, 1, 1)).For(B)!;

        Flatten(result.Explanation)[0].Should().Be(
            (0, "BZ-002", "BZ-002 责任落实得分", "Responsibility score of BZ-002", "0.00", "round-half-away-from-zero", "scale=2", (string?)null,
                Cite(ResponsibilityCitations.ThreeLevelSplit)));
    }

    [Fact]
    public void For_AnOrganizationWithoutAList_IsNull()
    {
        var assessment = ResponsibilityAssessmentEngine.Evaluate(Data(), Scheme(), D(2020, 1, 1));

        assessment.Organizations.Select(o => o.Organization).Should().Equal(A, B);
        assessment.For(OrganizationId.Parse("BZ-099")).Should().BeNull();
    }

    [Fact]
    public void Evaluate_InvalidDataSet_NamesTheDataSetAndSchemeInTheMessage()
    {
        var data = new ResponsibilityDataSet(Y2019, [Annual("L-A", A, "X1"), Annual("L-A", A, "X2")]);

        var act = () => ResponsibilityAssessmentEngine.Evaluate(data, Scheme(), D(2020, 1, 1));

        act.Should().Throw<PartyBuildingValidationException>().WithMessage("The responsibility data set and scheme is not valid: 1 problem.*");
    }

    [Fact]
    public void Strategy_WithoutParameters_HasItsDefaultsInForce()
    {
        var strategy = Strategy(ResponsibilityStrategies.Proportional);

        strategy.Parameters.Select(kv => (kv.Key, kv.Value)).Should().Equal((ResponsibilityStrategies.MaxPoints, "100"));
        strategy.MaxPoints.Should().Be(new Score(100m));
    }

    [Fact]
    public void Validate_OverdueDeductionParametersOutOfRange_ListsPathCodeAndValue()
    {
        var report = StrategyProblems(
            ResponsibilityStrategies.OverdueDeduction,
            (ResponsibilityStrategies.MaxPoints, "0"),
            (ResponsibilityStrategies.DeductionPerOverdue, "0"),
            (ResponsibilityStrategies.Floor, "-1"));

        report.Problems.Select(p => (p.Path, p.ErrorCode, p.AttemptedValue)).Should().Equal(
            ("Parameters.max-points", CommonErrorCodes.StrategyParameterInvalid, "0"),
            ("Parameters.deduction-per-overdue", CommonErrorCodes.StrategyParameterInvalid, "0"),
            ("Parameters.floor", CommonErrorCodes.StrategyParameterInvalid, "-1"));
    }

    [Fact]
    public void Validate_NullData_ThrowsArgumentNullNamingData()
    {
        var act = () => ResponsibilityAssessmentEngine.Validate(null!, Scheme(), D(2020, 1, 1));

        act.Should().Throw<ArgumentNullException>().WithParameterName("data");
    }

    [Fact]
    public void Evaluate_UnknownStrategy_ThrowsWithTheProblemAtSchemeScoringName()
    {
        var scheme = Scheme();
        var unknown = new ResponsibilityScheme(scheme.Code, scheme.Title, scheme.Committee, scheme.Responsibilities, StrategySpec.Of("median"));

        var act = () => ResponsibilityAssessmentEngine.Evaluate(Data(), unknown, D(2020, 1, 1));

        act.Should().Throw<PartyBuildingValidationException>().WithMessage("The responsibility data set and scheme is not valid: 1 problem.*")
            .Which.Problems.Should().ContainSingle().Which.Should().Match<ValidationProblem>(p => p.Path == "Scheme.Scoring.Name" && p.ErrorCode == CommonErrorCodes.StrategyUnknown);
    }

    [Fact]
    public void Evaluate_CustomStrategyAddedWithWith_IsUsedByName()
    {
        var strategies = ResponsibilityStrategies.Default.With("always-half", p => new ProportionalScoring(Score.Of(50m)));
        var scheme = new ResponsibilityScheme("test", new LocalizedText("方案", "Scheme"), OrganizationId.Parse("BZ-WC"), [], StrategySpec.Of("always-half"));

        ResponsibilityAssessmentEngine.Validate(Data(), scheme, D(2020, 1, 1)).Problems.Should().ContainSingle().Which.ErrorCode.Should().Be(CommonErrorCodes.StrategyUnknown);
        ResponsibilityAssessmentEngine.Evaluate(Data(), scheme, D(2020, 1, 1), strategies).For(A)!.MaxPoints.Should().Be(Score.Of(50m));
    }

    private static ResponsibilityList Annual(string id, OrganizationId owner, params string[] items) =>
        new(ResponsibilityListId.Parse(id), owner, Y2019, ResponsibilityListKind.Annual, new LocalizedText("清单", "List"),
            [.. items.Select(i => Item(i, ResponsibilityLevel.Principal, DueRule.Recurring(RecurrencePeriod.Year)))]);
}
