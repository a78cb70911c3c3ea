using PartyBuilding.Cli.Import;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.MemberPoints;
using PartyBuilding.Core.Serialization;

namespace PartyBuilding.Cli.Tests.Import;

public sealed class PointsWorkbookTest : IDisposable
{
    private const string DataPath = "seeds/member-points/bz-001-2018-data.json";
    private const string SchemePath = "seeds/member-points/binzhou-2018-scheme.json";
    private readonly TempDirectory temp = new();

    private static MemberPointsDataSet SeedData => PartyBuildingJson.Deserialize<MemberPointsDataSet>(File.ReadAllBytes(RepositoryFiles.PathOf(DataPath)));

    private static PointsScheme SeedScheme => PartyBuildingJson.Deserialize<PointsScheme>(File.ReadAllBytes(RepositoryFiles.PathOf(SchemePath)));

    public void Dispose() => temp.Dispose();

    [Theory]
    [InlineData(DisplayLanguage.ZhCn)]
    [InlineData(DisplayLanguage.English)]
    public void Workbook_WrittenFromTheSeedDataSet_ReadsBackToTheSameDataSet(DisplayLanguage language)
    {
        var seed = SeedData;
        using var book = new MemoryStream();
        PointsWorkbook.Write(book, language, seed);
        book.Position = 0;

        var (data, problems) = PointsWorkbook.Read(book, seed.CommitteeId, seed.Year, SeedScheme);

        problems.Should().BeEmpty();
        data.Should().Be(seed, "every branch, roster period, declaration, audit and mass review is one row of the workbook");
    }

    [Fact]
    public void CellsThatCannotBeRead_AreNamedByCell_AndTheLibrarysProblemsByTheirRowsCells()
    {
        var seed = SeedData;
        var unreadable = Filled(seed, ("个人申报", "D2", "三月"), ("支部审核", "C3", "同意"), ("群众评议", "C2", "很多"));
        var inconsistent = Filled(seed, ("个人申报", "C2", "S99"));

        var (none, cellProblems) = PointsWorkbook.Read(unreadable, seed.CommitteeId, seed.Year, SeedScheme);
        var (refused, libraryProblems) = PointsWorkbook.Read(inconsistent, seed.CommitteeId, seed.Year, SeedScheme);

        none.Should().BeNull();
        cellProblems.Select(p => (p.Path, p.ErrorCode, p.AttemptedValue)).Should().BeEquivalentTo(new[]
        {
            ("个人申报!D2", ImportWorkbook.CellInvalid, "三月"),
            ("支部审核!C3", ImportWorkbook.CellInvalid, "同意"),
            ("群众评议!C2", ImportWorkbook.CellInvalid, "很多"),
        });
        refused.Should().BeNull();
        libraryProblems.Should().Contain(p => p.Path == "个人申报!C2" && p.AttemptedValue == "S99", "an unknown standard is the library's problem, at the cell it came from");
    }

    [Fact]
    public void ImportMemberPoints_NeedsTheScheme_AndWritesTheDataSet()
    {
        var book = temp.Combine("points.xlsx");
        CliRun.Of("template", "member-points", "--out", book, "--from", RepositoryFiles.PathOf(DataPath)).ExitCode.Should().Be(ExitCodes.Success);

        var withoutScheme = CliRun.Of("import", "member-points", book, "--committee", "BZ-WC", "--year", "2018", "--out", temp.Combine("a.json"));
        var imported = CliRun.Of("import", "member-points", book, "--committee", "BZ-WC", "--year", "2018", "--scheme", RepositoryFiles.PathOf(SchemePath), "--out", temp.Combine("b.json"));

        withoutScheme.ExitCode.Should().Be(ExitCodes.UsageError);
        imported.ExitCode.Should().Be(ExitCodes.Success, imported.Stderr);
        PartyBuildingJson.Deserialize<MemberPointsDataSet>(File.ReadAllBytes(temp.Combine("b.json"))).Should().Be(SeedData);
    }

    // The seed's workbook (Chinese), with some cells overwritten as text.
    private static MemoryStream Filled(MemberPointsDataSet data, params (string Sheet, string Cell, string Text)[] changes) =>
        WorkbookEditing.Edited(book => PointsWorkbook.Write(book, DisplayLanguage.ZhCn, data), changes);
}
