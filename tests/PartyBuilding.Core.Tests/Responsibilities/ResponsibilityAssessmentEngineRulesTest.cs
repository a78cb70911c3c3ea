using PartyBuilding.Core.Common;
using PartyBuilding.Core.Responsibilities;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Core.Tests.PublishedRows;
using static PartyBuilding.Core.Tests.Responsibilities.Fixtures;

namespace PartyBuilding.Core.Tests.Responsibilities;

/// <summary>
/// Pins <see cref="ResponsibilityAssessmentEngine"/>, <see cref="OrganizationResponsibilityResult"/>, <see cref="ResponsibilityAssessment"/>
/// and the registry <see cref="ResponsibilityScoringStrategies"/>: an organization's lists in identifier order, counts summed over its
/// lists, the published root node (<see cref="ResponsibilityCitations.ThreeLevelSplit"/>), an organization without a list, the
/// defaults by name, the parameter range problems, and the guards naming their parameter and subject.
/// </summary>
public sealed class ResponsibilityAssessmentEngineRulesTest
{
    private static readonly OrganizationId A = OrganizationId.Parse("BZ-001");
    private static readonly OrganizationId B = OrganizationId.Parse("BZ-002");

    private static ResponsibilityScheme Scheme() =>
        new("test", new LocalizedText("方案", "Scheme"), OrganizationId.Parse("BZ-WC"), [], new ScoringConfiguration("proportional"));

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
    public void DefaultsOf_ARegisteredStrategy_GivesItsDefaults_AnUnknownOneThrowsNamingStrategy()
    {
        ResponsibilityScoringStrategies.DefaultsOf("proportional").Select(kv => (kv.Key, kv.Value)).Should().Equal(("maxPoints", 100m));
        var act = () => ResponsibilityScoringStrategies.DefaultsOf(null!);

        act.Should().Throw<ArgumentException>().WithParameterName("strategy").WithMessage("No scoring strategy is named ''.*");
    }

    [Fact]
    public void Validate_OverdueDeductionParametersOutOfRange_ListsPathMessageAndValue()
    {
        var parameters = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, new Dictionary<string, decimal>
        {
            ["maxPoints"] = 0m,
            ["deductionPerOverdue"] = 0m,
            ["floor"] = -1m,
        });

        Rows(new ScoringConfigurationValidator().Check(new ScoringConfiguration("overdue-deduction", parameters))).Should().Equal(
            ("Parameters.maxPoints", ResponsibilitiesErrorCodes.ScoringParameterRange, "'maxPoints' must be above 0 and at most 1000.", "0"),
            ("Parameters.deductionPerOverdue", ResponsibilitiesErrorCodes.ScoringParameterRange, "'deductionPerOverdue' must be above 0 and at most maxPoints.", "0"),
            ("Parameters.floor", ResponsibilitiesErrorCodes.ScoringParameterRange, "'floor' must be between 0 and maxPoints.", "-1"));
    }

    [Fact]
    public void Create_NullConfiguration_ThrowsArgumentNullNamingConfiguration()
    {
        var act = () => ResponsibilityScoringStrategies.Create(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("configuration");
    }

    [Fact]
    public void Create_UnknownStrategy_NamesTheScoringConfigurationInTheMessage()
    {
        var act = () => ResponsibilityScoringStrategies.Create(new ScoringConfiguration("median"));

        act.Should().Throw<PartyBuildingValidationException>().WithMessage("The scoring configuration is not valid: 1 problem.*");
    }

    private static ResponsibilityList Annual(string id, OrganizationId owner, params string[] items) =>
        new(ResponsibilityListId.Parse(id), owner, Y2019, ResponsibilityListKind.Annual, new LocalizedText("清单", "List"),
            [.. items.Select(i => Item(i, ResponsibilityLevel.Principal, DueRule.Recurring(RecurrencePeriod.Year)))]);
}
