namespace PartyBuilding.Cli.Tests;

/// <summary>Files of the repository the tests read: docs and seeds, found from the test assembly upwards.</summary>
internal static class RepositoryFiles
{
    /// <summary>The repository root: the first directory above the test assembly that holds the solution file.</summary>
    public static string Root
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PartyBuilding.Core.sln")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new InvalidOperationException("The repository root (PartyBuilding.Core.sln) is not above the test assembly.");
        }
    }

    /// <summary>The full path of a file given relative to the repository root with forward slashes.</summary>
    public static string PathOf(string relative) => Path.Combine([Root, .. relative.Split('/')]);
}
