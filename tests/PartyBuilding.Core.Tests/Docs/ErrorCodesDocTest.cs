using System.Reflection;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Tests.Docs;

/// <summary>docs/errors.md lists every error code of the library, and no two rules share a code.</summary>
public sealed class ErrorCodesDocTest
{
    private static readonly FieldInfo[] Codes = typeof(Score).Assembly.GetExportedTypes()
        .Where(t => t.Name.EndsWith("ErrorCodes", StringComparison.Ordinal))
        .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral && f.FieldType == typeof(string)))
        .ToArray();

    [Fact]
    public void ErrorsDoc_ListsEveryCode()
    {
        var doc = File.ReadAllText(GlossaryTest.FindRepositoryFile("docs/errors.md"));

        Codes.Select(f => (string)f.GetRawConstantValue()!).Where(code => !doc.Contains($"`{code}`", StringComparison.Ordinal))
            .Should().BeEmpty();
    }

    [Fact]
    public void ErrorCodes_AreUniqueAndCarryTheirAreaPrefix()
    {
        Codes.Select(f => (string)f.GetRawConstantValue()!).Should().OnlyHaveUniqueItems();
        Codes.Should().AllSatisfy(f => ((string)f.GetRawConstantValue()!).Should().MatchRegex("^(COMMON|JSON|ORG|OL|SUP|RESP|STD|PTS|DR|ASMT|EVAL)\\.[A-Z0-9_]+$"));
    }
}
