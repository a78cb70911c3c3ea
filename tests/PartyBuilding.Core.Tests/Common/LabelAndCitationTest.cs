using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Tests.Common;

public sealed class LabelAndCitationTest
{
    private enum Sample
    {
        First = 1,
        Second = 2,
    }

    [Fact]
    public void LabelTable_MissingValue_IsRefused()
    {
        var act = () => LabelTables.Create((Sample.First, "一", "One"));
        act.Should().Throw<ArgumentException>().WithMessage("*Second*");
    }

    [Fact]
    public void LabelTable_GivesBothLanguages()
    {
        var table = LabelTables.Create((Sample.First, "一", "One"), (Sample.Second, "二", "Two"));

        table.Get(Sample.Second, DisplayLanguage.ZhCn).Should().Be("二");
        table[Sample.Second].English.Should().Be("Two");
        ((Action)(() => _ = table[(Sample)7])).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void LocalizedText_BlankIsRefused()
    {
        ((Action)(() => _ = new LocalizedText(" ", "x"))).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Sources_ArticlesNameTheirSeedFiles()
    {
        Sources.All.Where(s => s.Kind == CitationSourceKind.Article).Select(s => s.Reference).Should().Equal(
            "000_e16ecb55d1064983.txt",
            "001_3fa94c5f775c9ea2.txt",
            "002_3d274b2eb4d4736e.txt",
            "003_abfdaf3ed68f7e40.txt",
            "004_a4571a0bcca6dd98.txt");
        Sources.All.Select(s => s.Code).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Citation_ToString_NamesTitleAndClauseInChinese_AndTheEnglishTitleAndCodeInEnglish()
    {
        Sources.BranchWorkRegulation2018.At("第九条").ToString()
            .Should().Be("《中国共产党支部工作条例（试行）》 第九条");
        Sources.BranchWorkRegulation2018.At("第九条").ToText(DisplayLanguage.English)
            .Should().Be(Sources.BranchWorkRegulation2018.Title.English + " [branch-regulation-2018]");
    }

    [Fact]
    public void InvalidTransitionException_NamesBothStates()
    {
        new InvalidTransitionException("item R-01", "Clarify", "Evaluate").Message
            .Should().Be("item R-01 cannot move from 'Clarify' to 'Evaluate'.");
    }
}
