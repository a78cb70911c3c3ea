using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Responsibilities;

/// <summary>
/// The accountability chain of one responsibility item: the stages 明责 → 定责 → 督责 → 述责 → 评责 → 问责 it has passed,
/// each with its date (<see cref="ResponsibilityCitations.AccountabilityChain"/>).
/// </summary>
/// <remarks>
/// <para>A chain moves one stage at a time, in order, starting with <see cref="AccountabilityStage.Clarify"/>; it may end at
/// <see cref="AccountabilityStage.Evaluate"/> when nobody is held to account. Any other move throws
/// <see cref="InvalidTransitionException"/> naming both stages. A stage's date is never before the previous one's.</para>
/// <para>Immutable: <see cref="Advance"/> returns a new chain. Equality is by value over the steps.</para>
/// </remarks>
public sealed record AccountabilityChain
{
    /// <summary>Initializes a chain with the steps taken so far; checked as part of a data set by <see cref="ResponsibilityAssessmentEngine.ValidateData"/>.</summary>
    /// <param name="listId">The list the item belongs to.</param>
    /// <param name="itemId">The item.</param>
    /// <param name="steps">The steps taken, in order; <c>default</c> reads as none.</param>
    public AccountabilityChain(ResponsibilityListId listId, ResponsibilityItemId itemId, ValueArray<AccountabilityStep> steps = default)
    {
        ListId = listId;
        ItemId = itemId;
        Steps = steps;
    }

    /// <summary>Gets the list the item belongs to.</summary>
    public ResponsibilityListId ListId { get; }

    /// <summary>Gets the item.</summary>
    public ResponsibilityItemId ItemId { get; }

    /// <summary>Gets the steps taken, in order.</summary>
    public ValueArray<AccountabilityStep> Steps { get; }

    /// <summary>Gets the stage reached last, or <see langword="null"/> before the chain starts.</summary>
    public AccountabilityStage? Current => Steps.IsEmpty ? null : Steps[^1].Stage;

    /// <summary>Gets the only stage the chain may move to next, or <see langword="null"/> when it is complete.</summary>
    public AccountabilityStage? Next => NextAfter(Current);

    /// <summary>Starts an empty chain for an item.</summary>
    /// <param name="listId">The list.</param>
    /// <param name="itemId">The item.</param>
    /// <returns>A chain with no steps.</returns>
    public static AccountabilityChain Start(ResponsibilityListId listId, ResponsibilityItemId itemId) => new(listId, itemId);

    /// <summary>Gets the stage that follows another.</summary>
    /// <param name="stage">The current stage, or <see langword="null"/> before the chain starts.</param>
    /// <returns>The next stage, or <see langword="null"/> after <see cref="AccountabilityStage.HoldAccountable"/>.</returns>
    public static AccountabilityStage? NextAfter(AccountabilityStage? stage) => stage switch
    {
        null => AccountabilityStage.Clarify,
        AccountabilityStage.HoldAccountable => null,
        { } s => s + 1,
    };

    /// <summary>Moves the chain to its next stage.</summary>
    /// <param name="stage">The stage requested; must be <see cref="Next"/>.</param>
    /// <param name="date">The date the stage is reached; not before the previous step's date.</param>
    /// <param name="note">A note, or <see langword="null"/>.</param>
    /// <returns>The chain with the step added.</returns>
    /// <exception cref="InvalidTransitionException"><paramref name="stage"/> is not the next stage; the message names both stages.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is before the previous step's date.</exception>
    public AccountabilityChain Advance(AccountabilityStage stage, LocalDate date, string? note = null)
    {
        if (!Enum.IsDefined(stage) || Next != stage)
        {
            throw new InvalidTransitionException(
                $"Accountability chain of item '{ItemId}' in list '{ListId}'",
                Current is { } current ? Name(current) : "(not started)",
                Enum.IsDefined(stage) ? Name(stage) : stage.ToString());
        }

        if (!Steps.IsEmpty && date < Steps[^1].Date)
        {
            throw new ArgumentOutOfRangeException(
                nameof(date), date, string.Create(CultureInfo.InvariantCulture, $"The stage cannot be reached before the previous one ({Steps[^1].Date:uuuu-MM-dd})."));
        }

        return new(ListId, ItemId, Steps.AsImmutableArray().Add(new AccountabilityStep(stage, date, note)));
    }

    /// <summary>Gets the stage reached as of a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The last stage dated on or before <paramref name="date"/>, or <see langword="null"/>.</returns>
    public AccountabilityStage? StageAsOf(LocalDate date)
    {
        AccountabilityStage? stage = null;
        foreach (var step in Steps)
        {
            if (step.Date <= date)
            {
                stage = step.Stage;
            }
        }

        return stage;
    }


    private static string Name(AccountabilityStage stage) => $"{ResponsibilitiesLabels.Stages[stage].ZhCn} {stage}";
}
