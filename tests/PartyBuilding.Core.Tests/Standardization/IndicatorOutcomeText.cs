using PartyBuilding.Core.Standardization;

namespace PartyBuilding.Core.Tests.Standardization;

/// <summary>Compares an indicator outcome by points, veto and reason; its display text is pinned by the explanation tests.</summary>
internal static class IndicatorOutcomeText
{
    public static IndicatorOutcome WithoutText(this IndicatorOutcome outcome) => outcome with { Text = null };
}
