using NodaTime;

namespace PartyBuilding.Cli.Generation;

/// <summary>A generated department-level organization: its district, a quality drawn once that biases every figure generated for it, and its branches.</summary>
/// <param name="Id">The organization identifier.</param>
/// <param name="District">The responsibility district.</param>
/// <param name="Quality">A draw from 0 to 1; better organizations get better ballots, points and indicator observations.</param>
internal sealed record SyntheticDepartment(string Id, string District, double Quality)
{
    /// <summary>Gets the branches, in identifier order.</summary>
    public List<SyntheticBranch> Branches { get; } = [];

    /// <summary>Gets the full members who may vote in the members' round of the double review.</summary>
    public List<string> Electorate { get; } = [];
}

/// <summary>A generated branch and its members.</summary>
/// <param name="Id">The branch identifier.</param>
internal sealed record SyntheticBranch(string Id)
{
    /// <summary>Gets the members, in identifier order.</summary>
    public List<SyntheticMember> Members { get; } = [];
}

/// <summary>A generated party member.</summary>
/// <param name="Id">The member identifier.</param>
/// <param name="JoinedOn">The day the member joined the party.</param>
/// <param name="FullSince">The day the member became a full member; <see langword="null"/> while probationary.</param>
internal readonly record struct SyntheticMember(string Id, LocalDate JoinedOn, LocalDate? FullSince);
