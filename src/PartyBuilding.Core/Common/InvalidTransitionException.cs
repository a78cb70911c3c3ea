namespace PartyBuilding.Core.Common;

/// <summary>
/// Thrown when a domain object is asked to move from one state to another that its rules do not allow, such as an
/// accountability stage skipped or a declaration audited twice. The message names both states.
/// </summary>
/// <remarks>
/// This is the library's one exception for illegal state transitions; bad input data is reported with
/// <see cref="Validation.PartyBuildingValidationException"/> instead, and broken preconditions with the
/// <see cref="ArgumentException"/> family.
/// </remarks>
public sealed class InvalidTransitionException : InvalidOperationException
{
    /// <summary>Initializes a new instance.</summary>
    public InvalidTransitionException()
        : this("(unknown)", "(unknown)", "(unknown)")
    {
    }

    /// <summary>Initializes a new instance with a message.</summary>
    /// <param name="message">The message.</param>
    public InvalidTransitionException(string message)
        : base(message)
    {
        Subject = CurrentState = RequestedState = "(unknown)";
    }

    /// <summary>Initializes a new instance with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public InvalidTransitionException(string message, Exception innerException)
        : base(message, innerException)
    {
        Subject = CurrentState = RequestedState = "(unknown)";
    }

    /// <summary>Initializes a new instance naming the subject and both states.</summary>
    /// <param name="subject">What is changing state, e.g. <c>responsibility item R-01</c>.</param>
    /// <param name="currentState">The state it is in.</param>
    /// <param name="requestedState">The state it was asked to move to.</param>
    public InvalidTransitionException(string subject, string currentState, string requestedState)
        : base($"{subject} cannot move from '{currentState}' to '{requestedState}'.")
    {
        Subject = subject;
        CurrentState = currentState;
        RequestedState = requestedState;
    }

    /// <summary>Gets what was changing state.</summary>
    public string Subject { get; }

    /// <summary>Gets the state it was in.</summary>
    public string CurrentState { get; }

    /// <summary>Gets the state it was asked to move to.</summary>
    public string RequestedState { get; }
}
