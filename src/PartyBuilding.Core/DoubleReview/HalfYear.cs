namespace PartyBuilding.Core.DoubleReview;

/// <summary>A half of an assessment year.</summary>
public enum HalfYear
{
    /// <summary>January to June (上半年).</summary>
    First = 1,

    /// <summary>July to December (下半年).</summary>
    Second = 2,
}
