using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Validation;

/// <summary>Display labels of the enumerations of the <c>Validation</c> edge.</summary>
public static class ValidationLabels
{
    /// <summary>Gets the labels of <see cref="ProblemSeverity"/>.</summary>
    public static LabelTable<ProblemSeverity> Severities { get; } = LabelTables.Create(
        (ProblemSeverity.Error, "错误", "Error"),
        (ProblemSeverity.Warning, "警告", "Warning"),
        (ProblemSeverity.Info, "提示", "Information"));
}
