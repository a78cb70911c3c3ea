using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Standardization;

/// <summary>A coverage target of a standardization campaign: by its n-th year, at least a share of branches named at a minimum tier.</summary>
/// <param name="CampaignYear">The year of the campaign, 1 for its first year.</param>
/// <param name="Share">The share of branches to be named, an exact fraction from 0 to 1 (<c>"2/3"</c> or <c>0.8</c> in a document); reached when
/// the branches named at least <paramref name="MinimumTier"/> are at least this share of the roster (以上 includes the bound), compared
/// in whole numbers: covered × denominator ≥ numerator × branches.</param>
/// <param name="MinimumTier">The lowest tier that counts; <see cref="BranchTier.Standard"/> by default.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record CoverageTarget(int CampaignYear, Share Share, BranchTier MinimumTier = BranchTier.Standard);
