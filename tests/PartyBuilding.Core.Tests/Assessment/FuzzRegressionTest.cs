using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Core.Tests.Assessment.AssessmentFixtures;

namespace PartyBuilding.Core.Tests.Assessment;

/// <summary>Inputs the fuzz harness (tests/PartyBuilding.Fuzz) found, each reduced to its rule.</summary>
public sealed class FuzzRegressionTest
{
    [Fact]
    public void PrecedenceRules_RepeatedRule_IsReportedOncePerRepetition_NotOncePerPair()
    {
        // Found as a 254 KB scheme repeating one veto rule 1,002 times: the pairwise check reported 501,501 problems
        // and took seconds. Each repetition is now reported once, against the first rule of its identifier.
        var scheme = Scheme();
        var veto = scheme.PrecedenceRules[0];
        var repeated = scheme with { PrecedenceRules = [.. scheme.PrecedenceRules, .. Enumerable.Repeat(veto, 1_000)] };

        var problems = AnnualAssessment.ValidateScheme(repeated).Problems;

        problems.Should().HaveCount(1_000).And.OnlyContain(p => p.ErrorCode == CommonErrorCodes.DuplicateIdentifier);
        problems[0].Path.Should().Be("PrecedenceRules[2]");
    }

    [Fact]
    public void PrecedenceRules_VetoAndDowngradeSharingPrecedence_StillConflict_OncePerLaterRule()
    {
        var scheme = Scheme();
        var downgrade = scheme.PrecedenceRules[1];
        var conflicting = scheme with
        {
            PrecedenceRules = [.. scheme.PrecedenceRules, downgrade with { Id = AssessmentFactorId.Parse("DOWN-2"), Precedence = 1 }, downgrade with { Id = AssessmentFactorId.Parse("DOWN-3"), Precedence = 1 }],
        };

        var problems = AnnualAssessment.ValidateScheme(conflicting).Problems;

        problems.Select(p => (p.Path, p.ErrorCode)).Should().Equal(
            ("PrecedenceRules[2].Precedence", AssessmentErrorCodes.PrecedenceConflict),
            ("PrecedenceRules[3].Precedence", AssessmentErrorCodes.PrecedenceConflict));
    }

    [Fact]
    public void Evaluate_QualitativeInputWithAGradeGivenAsAnUndefinedNumber_IsRefusedAsUnknownEnum_NotACrash()
    {
        // Found as "Sequence contains no elements" in AnnualAssessment.Score: "grade": 2147483647 in a data set.
        var scheme = SeedScheme(2024);
        var data = SeedData(2024);
        var qualitative = scheme.Components.First(c => c.Nature == ComponentNature.Qualitative).Id;
        var index = data.Inputs.AsImmutableArray().IndexOf(data.Inputs.First(i => i.Component == qualitative));
        var broken = data with { Inputs = data.Inputs.AsImmutableArray().SetItem(index, data.Inputs[index] with { Grade = (GradeBand)int.MaxValue, Explanation = null }) };

        var problems = ((Action)(() => AnnualAssessment.Evaluate(broken, scheme, YearEnd2024)))
            .Should().Throw<PartyBuildingValidationException>().Which.Problems;

        problems.Should().ContainSingle(p => p.ErrorCode == CommonErrorCodes.UndefinedEnumValue)
            .Which.Path.Should().EndWith($"Inputs[{index}].Grade");
    }
}
