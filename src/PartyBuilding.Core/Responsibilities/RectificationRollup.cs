using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Responsibilities;

/// <summary>The roll-up of a rectification ledger for one organization as of a date: problems, measures, done, overdue.</summary>
/// <remarks>Immutable.</remarks>
public sealed record RectificationRollup
{
    private readonly DeferredExplanation _explanation;

    /// <summary>Initializes a roll-up; only the engine builds one.</summary>
    /// <param name="organization">The organization.</param>
    /// <param name="problems">The number of problems.</param>
    /// <param name="measures">The number of measures.</param>
    /// <param name="done">Measures done.</param>
    /// <param name="due">Measures due (open, deadline not passed, or long-term).</param>
    /// <param name="overdue">Measures overdue.</param>
    /// <param name="notYetDue">Measures not yet open.</param>
    /// <param name="problemsResolved">Problems whose every measure is done.</param>
    /// <param name="explanation">The counts as an explanation tree: measures as the sum of done, due, overdue and not yet due; <see langword="null"/> only when the engine sets <see cref="Tree"/>.</param>
    [System.Text.Json.Serialization.JsonConstructor]
    internal RectificationRollup(
        OrganizationId organization,
        int problems,
        int measures,
        int done,
        int due,
        int overdue,
        int notYetDue,
        int problemsResolved,
        Explanation? explanation)
    {
        Organization = organization;
        Problems = problems;
        Measures = measures;
        Done = done;
        Due = due;
        Overdue = overdue;
        NotYetDue = notYetDue;
        ProblemsResolved = problemsResolved;
        _explanation = new DeferredExplanation(explanation);
    }

    /// <summary>Gets the organization.</summary>
    public OrganizationId Organization { get; }

    /// <summary>Gets the number of problems.</summary>
    public int Problems { get; }

    /// <summary>Gets the number of measures.</summary>
    public int Measures { get; }

    /// <summary>Gets measures done.</summary>
    public int Done { get; }

    /// <summary>Gets measures due (open, deadline not passed, or long-term).</summary>
    public int Due { get; }

    /// <summary>Gets measures overdue.</summary>
    public int Overdue { get; }

    /// <summary>Gets measures not yet open.</summary>
    public int NotYetDue { get; }

    /// <summary>Gets problems whose every measure is done.</summary>
    public int ProblemsResolved { get; }

    /// <summary>Gets the counts as an explanation tree: measures as the sum of done, due, overdue and not yet due. Built when read (docs/architecture.md, "Explanations on demand").</summary>
    public Explanation Explanation => _explanation.Value;

    /// <summary>Sets the explanation to one built when read (the engine's, instead of a built tree).</summary>
    internal DeferredExplanation Tree
    {
        init => _explanation = value;
    }

    /// <summary>Gets the citation of <see cref="Explanation"/>'s root without building the tree (the article 000 deadline classes).</summary>
    internal static Citation ExplanationCitation => ResponsibilityCitations.LedgerDeadlineClasses;
}
