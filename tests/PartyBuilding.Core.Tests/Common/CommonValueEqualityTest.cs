using PartyBuilding.Core.Common;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Tests.Common;

/// <summary>
/// The shared records of <c>Common</c> and <c>Validation</c> compare by value through their lists and maps
/// (<see cref="ValueArray{T}"/>, <see cref="ValueDictionary{TValue}"/>; the compiler's record equality, no hand-written
/// <c>Equals</c>): built apart from equal parts they are equal with equal hashes, one differing part makes them differ.
/// </summary>
public sealed class CommonValueEqualityTest
{
    private static readonly LocalizedText Label = new("合计", "Total");

    private static ScoreLine Line(string key, decimal points) => new(key, Label, Score.Of(points));

    [Fact]
    public void Explanation_IsEqualOverTheWholeTree_AndDiffersInALeafLabelParameterOrNote()
    {
        Explanation Build(decimal leaf, string drop = "1", string label = "合计") =>
            Explanation.Formula(new LocalizedText(label, "Total"), 1m, "trimmed-mean", [new("drop", drop)], [Explanation.Given(Label, leaf)]);

        Build(1m).Should().Be(Build(1m));
        Build(1m).GetHashCode().Should().Be(Build(1m).GetHashCode());
        Build(1m).Should().NotBe(Build(2m));
        Build(1m).Should().NotBe(Build(1m, drop: "2"));
        Build(1m).Should().NotBe(Build(1m, label: "小计"));
        Build(1m).Should().NotBe(Build(1m) with { Note = LocalizedText.AsGiven("n") });
        Build(1m).Equals(null).Should().BeFalse();
        new Explanation(Label, 0m, ExplanationCombination.Given).Should().Be(new Explanation(Label, 0m, ExplanationCombination.Given, null, [], []));
    }

    [Fact]
    public void ScoreBreakdown_NeedsTheSameLines_NotJustTheSameTotal()
    {
        var ab = ScoreBreakdown.FromLines([Line("a", 1m), Line("b", 2m)]);

        ScoreBreakdown.FromLines([Line("b", 2m), Line("a", 1m)]).Should().Be(ab);
        ScoreBreakdown.FromLines([Line("b", 2m), Line("a", 1m)]).GetHashCode().Should().Be(ab.GetHashCode());
        ScoreBreakdown.FromLines([Line("a", 2m), Line("b", 1m)]).Should().NotBe(ab);
        ab.Equals(null).Should().BeFalse();
    }

    [Fact]
    public void ValidationReport_ComparesItsProblems()
    {
        var problem = new ValidationProblem("Items[1]", "X.CODE", "Bad item.", "v");
        var report = new ValidationReport([problem]);

        new ValidationReport([problem with { }]).Should().Be(report);
        new ValidationReport([problem with { }]).GetHashCode().Should().Be(report.GetHashCode());
        report.Should().NotBe(ValidationReport.Valid);
        new ValidationReport(default).Should().Be(ValidationReport.Valid);
        report.Equals(null).Should().BeFalse();
    }
}
