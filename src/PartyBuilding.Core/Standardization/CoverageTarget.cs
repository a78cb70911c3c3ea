using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Standardization;

/// <summary>A coverage target of a standardization campaign: by its n-th year, at least a share of branches named at a minimum tier.</summary>
/// <param name="CampaignYear">The year of the campaign, 1 for its first year.</param>
/// <param name="Share">The share of branches to be named, 0 to 1; reached when the actual share is at least this (以上 includes the bound).</param>
/// <param name="MinimumTier">The lowest tier that counts; <see cref="BranchTier.Standard"/> by default.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record CoverageTarget(int CampaignYear, Proportion Share, BranchTier MinimumTier = BranchTier.Standard);
