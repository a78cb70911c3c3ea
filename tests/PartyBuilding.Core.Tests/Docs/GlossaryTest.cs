using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Tests.Docs;

/// <summary>docs/glossary.md lists every domain term: every public enumeration value, with its Chinese label.</summary>
public sealed class GlossaryTest
{
    private static readonly Lazy<string> Glossary = new(() => File.ReadAllText(FindRepositoryFile("docs/glossary.md")));

    [Fact]
    public void Glossary_ListsEveryPublicEnumerationValue()
    {
        var missing = typeof(Score).Assembly.GetExportedTypes()
            .Where(t => t.IsEnum)
            .SelectMany(e => Enum.GetNames(e).Select(v => $"`{e.Name}.{v}`"))
            .Where(term => !Glossary.Value.Contains(term, StringComparison.Ordinal))
            .ToList();

        missing.Should().BeEmpty("docs/glossary.md must name every enumeration value (regenerate its last section)");
    }

    [Fact]
    public void Glossary_GivesTheChineseTermOfEveryBranchTier() =>
        Glossary.Value.Should().Contain("| `BranchTier.Exemplary` | 过硬党支部 |");

    internal static string FindRepositoryFile(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"{relative} not found above {AppContext.BaseDirectory}");
    }
}
