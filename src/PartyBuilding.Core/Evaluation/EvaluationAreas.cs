namespace PartyBuilding.Core.Evaluation;

/// <summary>The areas of the annual evaluation: one registration per area, one line each.</summary>
internal static class EvaluationAreas
{
    /// <summary>Gets the library's areas, in the order their problems and component inputs are listed.</summary>
    public static ImmutableArray<EvaluationArea> BuiltIn { get; } =
    [
        new DoubleReviewArea(),
        new StandardizationArea(),
        new MemberPointsArea(),
        new ResponsibilitiesArea(),
        new RectificationArea(),
        new OrganizationalLifeArea(),
        new SupervisionArea(),
    ];
}
