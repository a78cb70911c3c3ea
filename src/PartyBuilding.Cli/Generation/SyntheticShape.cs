namespace PartyBuilding.Cli.Generation;

/// <summary>
/// The size of a synthetic data set: how many department-level organizations, branches per department and members
/// per branch, in how many responsibility districts.
/// </summary>
/// <param name="Name">The scale's name (<c>municipal</c> or <c>province</c>).</param>
/// <param name="Prefix">The prefix of the organization identifiers (<c>BZ</c> or <c>PR</c>).</param>
/// <param name="Departments">The number of department-level party organizations.</param>
/// <param name="Districts">The number of responsibility districts the departments are spread over.</param>
/// <param name="MinBranches">The fewest branches of a department.</param>
/// <param name="MaxBranches">The most branches of a department.</param>
/// <param name="MinMembers">The fewest members of a branch.</param>
/// <param name="MaxMembers">The most members of a branch.</param>
internal sealed record SyntheticShape(
    string Name,
    string Prefix,
    int Departments,
    int Districts,
    int MinBranches,
    int MaxBranches,
    int MinMembers,
    int MaxMembers)
{
    /// <summary>The scale names <c>generate</c> accepts.</summary>
    public const string ScaleNames = "municipal|province";

    /// <summary>
    /// Gets article 002's shape: one working committee, 5 responsibility districts, 97 department-level
    /// organizations with a few branches each.
    /// </summary>
    public static SyntheticShape Municipal { get; } = new("municipal", "BZ", 97, 5, 1, 4, 5, 15);

    /// <summary>
    /// Gets the provincial order of magnitude of articles 000 and 004: about 130 departments, about 5,000 branches
    /// and about 50,000 members.
    /// </summary>
    public static SyntheticShape Province { get; } = new("province", "PR", 130, 5, 30, 47, 6, 14);

    /// <summary>Finds a scale by name.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The shape, or <see langword="null"/> for an unknown name.</returns>
    public static SyntheticShape? Find(string name) => name switch
    {
        "municipal" => Municipal,
        "province" => Province,
        _ => null,
    };

    /// <summary>Multiplies the organization count.</summary>
    /// <param name="factor">The factor (at least 1).</param>
    /// <returns>The scaled shape.</returns>
    public SyntheticShape Times(int factor) => this with { Departments = Departments * factor };
}
