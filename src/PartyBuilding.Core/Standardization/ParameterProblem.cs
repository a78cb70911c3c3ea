namespace PartyBuilding.Core.Standardization;

/// <summary>A problem with the parameters a method was configured with.</summary>
/// <param name="Parameter">The parameter's name, or an empty string for the indicator's maximum points.</param>
/// <param name="ErrorCode">The error code, one of <see cref="StandardizationErrorCodes"/>.</param>
/// <param name="Message">A human-readable description.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ParameterProblem(string Parameter, string ErrorCode, string Message);
