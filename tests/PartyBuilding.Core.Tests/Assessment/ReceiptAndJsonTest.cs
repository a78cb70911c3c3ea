using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Serialization;
using static PartyBuilding.Core.Tests.Assessment.AssessmentFixtures;

namespace PartyBuilding.Core.Tests.Assessment;

public sealed class ReceiptAndJsonTest
{
    private static AssessmentDataSet Reordered(AssessmentDataSet data) => data with
    {
        Organizations = [.. data.Organizations.Reverse()],
        Inputs =
        [
            .. data.Inputs.Reverse().Select(i => i with
            {
                Bonuses = [.. i.Bonuses.Reverse()],
                Deductions = [.. i.Deductions.Reverse()],
                Vetoes = [.. i.Vetoes.Reverse()],
            }),
        ],
    };

    private static AssessmentScheme Reordered(AssessmentScheme scheme) => scheme with
    {
        Components = [.. scheme.Components.Reverse()],
        QualitativeScores = [.. scheme.QualitativeScores.Reverse()],
        Bonuses = [.. scheme.Bonuses.Reverse()],
        BonusCaps = [.. scheme.BonusCaps.Reverse()],
        PrecedenceRules = [.. scheme.PrecedenceRules.Reverse()],
        Banding = [.. scheme.Banding.Reverse()],
    };

    [Fact]
    public void Receipt_IsStableUnderInputReordering()
    {
        var data = SeedData(2024);
        var scheme = SeedScheme(2024);

        var a = AnnualAssessment.Evaluate(data, scheme, YearEnd2024);
        var b = AnnualAssessment.Evaluate(Reordered(data), Reordered(scheme), YearEnd2024);

        b.Receipt.Should().Be(a.Receipt);
        b.Should().Be(a);
        a.Receipt.Sha256.Should().MatchRegex("^[0-9a-f]{64}$");
        a.Receipt.Algorithm.Should().Be(AssessmentReceipts.Algorithm);
        a.Receipt.LibraryVersion.Should().Be(AssessmentReceipts.LibraryVersion).And.StartWith("0.1.0");
    }

    [Fact]
    public void Receipt_ChangesWithAnyInputParameterOrDate()
    {
        var data = SeedData(2024);
        var scheme = SeedScheme(2024);
        var baseline = AssessmentReceipts.Compute(data, scheme, YearEnd2024);
        var changedScore = data with { Inputs = data.Inputs.AsImmutableArray().SetItem(3, data.Inputs[3] with { Score = Score.Of(data.Inputs[3].Score!.Value.Value + 0.01m) }) };
        var changedParameter = scheme with { Ranking = [.. scheme.Ranking.Select(r => r with { Value = r.Value with { Name = AssessmentStrategies.Dense } })] };

        AssessmentReceipts.Compute(changedScore, scheme, YearEnd2024).Should().NotBe(baseline);
        AssessmentReceipts.Compute(data, changedParameter, YearEnd2024).Should().NotBe(baseline);
        AssessmentReceipts.Compute(data, scheme, YearEnd2024.PlusDays(1)).Should().NotBe(baseline);
        AssessmentReceipts.Matches(baseline, Reordered(data), scheme, YearEnd2024).Should().BeTrue();
    }

    [Fact]
    public void Receipt_HashesTheCanonicalJsonOfTheLibrarysContext()
    {
        var (data, scheme) = (SeedData(2024), SeedScheme(2024));

        var json = System.Text.Encoding.UTF8.GetString(AssessmentReceipts.CanonicalJson(data, scheme, YearEnd2024));

        json.Should().Contain("\"libraryVersion\"").And.Contain("\"asOf\": \"2025-01-15\"");
        json.IndexOf("\"BZ-001\"", StringComparison.Ordinal).Should().BeLessThan(json.IndexOf("\"BZ-025\"", StringComparison.Ordinal));
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(AssessmentReceipts.CanonicalJson(data, scheme, YearEnd2024))).ToLowerInvariant()
            .Should().Be(AssessmentReceipts.Compute(data, scheme, YearEnd2024).Sha256);
    }

    [Fact]
    public void SchemeAndDataSet_RoundTripThroughJson()
    {
        var scheme = SeedScheme(2024);
        var data = SeedData(2024);

        var schemeBack = PartyBuildingJson.Deserialize<AssessmentScheme>(PartyBuildingJson.Serialize(scheme));
        var dataBack = PartyBuildingJson.Deserialize<AssessmentDataSet>(PartyBuildingJson.Serialize(data));

        schemeBack.Should().Be(scheme);
        dataBack.Should().Be(data);
        PartyBuildingJson.Serialize(schemeBack).Should().Be(PartyBuildingJson.Serialize(scheme));
        PartyBuildingJson.Serialize(Scheme()).Should().Contain("\"kind\": \"assessment-scheme\"").And.Contain("\"nature\": \"Quantitative\"");
    }

    [Fact]
    public void Result_RoundTripsThroughJson_ByteForByte()
    {
        var result = AnnualAssessment.Evaluate(SeedData(2024), SeedScheme(2024), YearEnd2024);

        var json = PartyBuildingJson.Serialize(result);
        var back = PartyBuildingJson.Deserialize<AssessmentResult>(json);

        back.Should().Be(result);
        PartyBuildingJson.Serialize(back).Should().Be(json);
        PartyBuildingJson.Serialize(AnnualAssessment.Evaluate(Reordered(SeedData(2024)), SeedScheme(2024), YearEnd2024)).Should().Be(json);
    }

    [Fact]
    public void DataSet_WithOmittedLists_ReadsAsEmpty()
    {
        const string json = """
            {"schemaVersion":"1.0","kind":"assessment-data-set","content":{"committeeId":"BZ-WC","year":2024,
             "organizations":[{"id":"BZ-001","district":"D1"}],
             "inputs":[{"organization":"BZ-001","component":"DR","score":90}]}}
            """;

        var data = PartyBuildingJson.Deserialize<AssessmentDataSet>(json);

        data.Inputs[0].Bonuses.Should().BeEmpty();
        data.Inputs[0].Vetoes.Should().BeEmpty();
    }

    [Fact]
    public void DataSet_ValueEquality_HoldsAcrossInstances()
    {
        SeedData(2024).Should().Be(SeedData(2024));
        SeedData(2024).GetHashCode().Should().Be(SeedData(2024).GetHashCode());
        SeedData(2024).Canonical().Should().Be(Reordered(SeedData(2024)).Canonical());
        SeedData(2023).Should().NotBe(SeedData(2024));
    }
}
