using System.Reflection;
using System.Text;

namespace PartyBuilding.Tests.Shared;

/// <summary>
/// Golden (approved) files: a test renders what it pins as text and compares it whole with the approved file under the
/// test project's <c>Approved/</c> folder. <c>PB_APPROVE=1</c> (or <c>eng/approve.sh</c>) writes the received text as
/// the approved file instead of comparing; review the diff with <c>git diff</c> before committing it.
/// </summary>
/// <remarks>Linked into both test projects (see their project files); the folder comes from the project's build.</remarks>
internal static class Approvals
{
    /// <summary>The environment variable that turns comparing into approving.</summary>
    public const string ApproveVariable = "PB_APPROVE";

    private const int ShownDifferences = 20;

    /// <summary>Gets whether this run writes approved files instead of comparing with them.</summary>
    public static bool Approving => Environment.GetEnvironmentVariable(ApproveVariable) is "1" or "true";

    /// <summary>Gets the test project's <c>Approved</c> folder in the source tree.</summary>
    public static string Directory { get; } =
        typeof(Approvals).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "ApprovedDirectory").Value
        ?? throw new InvalidOperationException("The test project does not name its ApprovedDirectory.");

    /// <summary>Compares the received text with the approved file, or approves it when <see cref="Approving"/>.</summary>
    /// <param name="name">The approved file's path under <c>Approved/</c>, with <c>/</c> separators.</param>
    /// <param name="received">The text to pin.</param>
    public static void Verify(string name, string received)
    {
        var path = Path.Combine(Directory, name.Replace('/', Path.DirectorySeparatorChar));
        received = Normalize(received);
        if (Approving)
        {
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, received, new UTF8Encoding(false));
            return;
        }

        if (!File.Exists(path))
        {
            Assert.Fail($"No approved file {name} yet. Approve the current output with `eng/approve.sh` (PB_APPROVE=1) and review it with git diff.");
        }

        var approved = Normalize(File.ReadAllText(path));
        if (approved != received)
        {
            Assert.Fail($"{name} differs from the approved file (- approved, + received). If the change is intended, run `eng/approve.sh` and commit the reviewed diff.\n{Diff(approved, received)}");
        }
    }

    /// <summary>Lists the approved files under a folder, as names for <see cref="Verify"/>.</summary>
    /// <param name="folder">The folder under <c>Approved/</c>.</param>
    /// <returns>The names, in ordinal order; empty when the folder does not exist.</returns>
    public static IEnumerable<string> Files(string folder)
    {
        var path = Path.Combine(Directory, folder);
        return System.IO.Directory.Exists(path)
            ? System.IO.Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(Directory, f).Replace(Path.DirectorySeparatorChar, '/'))
                .Order(StringComparer.Ordinal)
            : [];
    }

    /// <summary>Fails when approved files under a folder no longer have a test (a scenario or organization was removed), unless approving, which deletes them.</summary>
    /// <param name="folder">The folder under <c>Approved/</c>.</param>
    /// <param name="expected">The names the tests verify.</param>
    public static void NoStaleFiles(string folder, IEnumerable<string> expected)
    {
        var stale = Files(folder).Except(expected, StringComparer.Ordinal).ToList();
        if (Approving)
        {
            stale.ForEach(name => File.Delete(Path.Combine(Directory, name)));
            return;
        }

        if (stale.Count > 0)
        {
            Assert.Fail($"Approved files without a test: {string.Join(", ", stale)}. Run `eng/approve.sh` to delete them.");
        }
    }

    private static string Normalize(string text) => text.ReplaceLineEndings("\n").TrimEnd('\n') + "\n";

    // A line diff good enough for a failure message: the common prefix and suffix are cut, the rest shown line by line.
    private static string Diff(string approved, string received)
    {
        var a = approved.Split('\n');
        var b = received.Split('\n');
        var start = 0;
        while (start < a.Length && start < b.Length && a[start] == b[start])
        {
            start++;
        }

        var endA = a.Length;
        var endB = b.Length;
        while (endA > start && endB > start && a[endA - 1] == b[endB - 1])
        {
            endA--;
            endB--;
        }

        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"@@ line {start + 1}: {endA - start} approved line(s) became {endB - start} received line(s)\n");
        foreach (var line in a[start..endA].Take(ShownDifferences))
        {
            text.Append("- ").Append(line).Append('\n');
        }

        foreach (var line in b[start..endB].Take(ShownDifferences))
        {
            text.Append("+ ").Append(line).Append('\n');
        }

        if (endA - start > ShownDifferences || endB - start > ShownDifferences)
        {
            text.Append(CultureInfo.InvariantCulture, $"… (first {ShownDifferences} lines of each side shown)\n");
        }

        return text.ToString();
    }
}
