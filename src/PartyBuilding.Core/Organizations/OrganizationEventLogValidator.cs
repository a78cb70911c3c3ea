using FluentValidation;
using FluentValidation.Results;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Organizations;

/// <summary>
/// Validates the shape of an <see cref="OrganizationEventLog"/>: events in date order, each with the fields its record
/// needs set (no empty identifier, blank name or unset enumeration), counts not negative, and a membership-change
/// reason that fits its event. Whether the events agree with the snapshot and with each other is checked by
/// <see cref="OrganizationsEngine.Validate"/>, which replays them.
/// </summary>
/// <remarks>Thread-safe.</remarks>
public sealed class OrganizationEventLogValidator : AbstractValidator<OrganizationEventLog>
{
    /// <summary>Initializes the validator.</summary>
    public OrganizationEventLogValidator()
    {
        RuleFor(l => l).Custom(CheckEvents);
    }

    /// <summary>Gets the membership-change reasons an event of a kind may give: admission or transfer in for a member joining; transfer out, death, removal, withdrawal or expulsion for a member leaving; none otherwise.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The reasons, in declaration order.</returns>
    public static ImmutableArray<MembershipChangeReason> ReasonsFor(OrganizationEventKind kind) => kind switch
    {
        OrganizationEventKind.MemberJoined => [MembershipChangeReason.Admitted, MembershipChangeReason.TransferredIn],
        OrganizationEventKind.MemberLeft =>
        [
            MembershipChangeReason.TransferredOut, MembershipChangeReason.Died, MembershipChangeReason.Removed,
            MembershipChangeReason.Withdrew, MembershipChangeReason.Expelled,
        ],
        _ => [],
    };

    private static void CheckEvents(OrganizationEventLog log, ValidationContext<OrganizationEventLog> context)
    {
        for (var i = 0; i < log.Events.Length; i++)
        {
            var e = log.Events[i];
            if (i > 0 && e.Date < log.Events[i - 1].Date)
            {
                context.AddFailure(new ValidationFailure(
                    $"Events[{i}].Date",
                    string.Create(CultureInfo.InvariantCulture, $"Events must be in date order; {e.Date:uuuu-MM-dd} follows {log.Events[i - 1].Date:uuuu-MM-dd}."),
                    e.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture))
                { ErrorCode = OrganizationsErrorCodes.EventOutOfOrder });
            }

            CheckStaffCount(e, i, context);
            CheckReason(e, i, context);
            foreach (var field in e.MissingFields())
            {
                context.AddFailure(new ValidationFailure($"Events[{i}].{field}", $"A {e.Kind} event needs '{field}'.", null)
                { ErrorCode = OrganizationsErrorCodes.EventFieldRequired });
            }
        }
    }

    private static void CheckStaffCount(OrganizationEvent e, int index, ValidationContext<OrganizationEventLog> context)
    {
        var count = e switch
        {
            StaffCountChanged changed => changed.StaffCount,
            OrganizationCreated created => created.StaffCount,
            _ => null,
        };
        if (count < 0)
        {
            context.AddFailure(new ValidationFailure($"Events[{index}].StaffCount", "'Staff Count' must be greater than or equal to '0'.", count)
            { ErrorCode = OrganizationsErrorCodes.CountNegative });
        }
    }

    private static void CheckReason(OrganizationEvent e, int index, ValidationContext<OrganizationEventLog> context)
    {
        if (e.ChangeReason is not { } reason)
        {
            return;
        }

        var allowed = ReasonsFor(e.Kind);
        var value = reason.ToString();
        if (!Enum.IsDefined(reason))
        {
            context.AddFailure(new ValidationFailure($"Events[{index}].Reason", "'Reason' is not a known value.", value)
            { ErrorCode = CommonErrorCodes.UndefinedEnumValue });
        }
        else if (!allowed.Contains(reason))
        {
            context.AddFailure(new ValidationFailure(
                $"Events[{index}].Reason",
                $"A {e.Kind} event's reason is one of {string.Join(", ", allowed)}; '{value}' is not.",
                value)
            { ErrorCode = OrganizationsErrorCodes.EventReasonMismatch });
        }
        else if (reason == MembershipChangeReason.Admitted && e is MemberJoined { Status: MembershipStatus.Full })
        {
            context.AddFailure(new ValidationFailure(
                $"Events[{index}].Status",
                "A member admitted to the party joins as a probationary member, not a full member.",
                nameof(MembershipStatus.Full))
            { ErrorCode = OrganizationsErrorCodes.EventReasonMismatch });
        }
    }
}
