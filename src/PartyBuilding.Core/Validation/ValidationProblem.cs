namespace PartyBuilding.Core.Validation;

/// <summary>One problem found in input: where, which rule, what was wrong and with which value.</summary>
/// <param name="Path">The property path of the offending value, e.g. <c>Organizations[3].ParentId</c>; empty for the document as a whole.</param>
/// <param name="ErrorCode">The stable error code of the rule, e.g. <c>ORG.PARENT_UNKNOWN</c>; listed in <c>docs/errors.md</c>.</param>
/// <param name="Message">A human-readable description.</param>
/// <param name="AttemptedValue">The offending value as text, or <see langword="null"/>.</param>
/// <param name="Severity">How serious the problem is.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ValidationProblem(
    string Path,
    string ErrorCode,
    string Message,
    string? AttemptedValue,
    ProblemSeverity Severity = ProblemSeverity.Error)
{
    /// <summary>Formats the problem on one line.</summary>
    /// <returns>For example <c>Organizations[3].ParentId: [ORG.PARENT_UNKNOWN] … (value: 'X')</c>.</returns>
    public override string ToString()
    {
        var where = Path.Length == 0 ? "(document)" : Path;
        var value = AttemptedValue is null ? string.Empty : $" (value: '{AttemptedValue}')";
        return $"{where}: [{ErrorCode}] {Message}{value}";
    }
}
