using FluentValidation;
using FluentValidation.Results;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Organizations;

/// <summary>
/// Validates the shape of an <see cref="OrganizationEventLog"/>: events in date order, each with the fields its kind
/// needs. Whether the events agree with the snapshot and with each other is checked by
/// <see cref="OrganizationRegistry.Check"/>, which replays them.
/// </summary>
/// <remarks>Thread-safe.</remarks>
public sealed class OrganizationEventLogValidator : AbstractValidator<OrganizationEventLog>
{
    /// <summary>Initializes the validator.</summary>
    public OrganizationEventLogValidator()
    {
        RuleForEach(l => l.Events).ChildRules(e =>
        {
            e.RuleFor(x => x.Kind).MustBeDefined();
            e.RuleFor(x => x.StaffCount).GreaterThanOrEqualTo(0).WithErrorCode(OrganizationsErrorCodes.CountNegative);
        });
        RuleFor(l => l).Custom(CheckEvents);
    }

    /// <summary>Gets the fields an event of a kind needs, by property name.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The names of the required properties.</returns>
    public static ImmutableArray<string> RequiredFields(OrganizationEventKind kind) => kind switch
    {
        OrganizationEventKind.Created => ["OrganizationId", "OrganizationKind", "Name"],
        OrganizationEventKind.Renamed => ["OrganizationId", "Name"],
        OrganizationEventKind.Added => ["OrganizationId", "MemberId", "Role"],
        OrganizationEventKind.Reparented => ["OrganizationId", "ParentId"],
        OrganizationEventKind.MemberJoined => ["OrganizationId", "MemberId", "Name", "Status"],
        OrganizationEventKind.MemberTransferred => ["OrganizationId", "MemberId"],
        OrganizationEventKind.MemberConfirmed or OrganizationEventKind.MemberLeft => ["MemberId"],
        OrganizationEventKind.RoleAssigned or OrganizationEventKind.RoleEnded => ["OrganizationId", "MemberId", "Role"],
        OrganizationEventKind.DistrictAssigned => ["OrganizationId", "DistrictId"],
        OrganizationEventKind.StaffCountChanged => ["OrganizationId", "StaffCount"],
        _ => ["OrganizationId"],
    };

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

            if (!Enum.IsDefined(e.Kind))
            {
                continue;
            }

            CheckReason(e, i, context);
            foreach (var field in RequiredFields(e.Kind).Where(f => IsMissing(e, f)))
            {
                context.AddFailure(new ValidationFailure($"Events[{i}].{field}", $"A {e.Kind} event needs '{field}'.", null)
                { ErrorCode = OrganizationsErrorCodes.EventFieldRequired });
            }
        }
    }

    private static void CheckReason(OrganizationEvent e, int index, ValidationContext<OrganizationEventLog> context)
    {
        if (e.Reason is not { } reason)
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
                allowed.IsEmpty
                    ? $"A {e.Kind} event gives no membership-change reason; '{value}' belongs to a member joining or leaving."
                    : $"A {e.Kind} event's reason is one of {string.Join(", ", allowed)}; '{value}' is not.",
                value)
            { ErrorCode = OrganizationsErrorCodes.EventReasonMismatch });
        }
        else if (reason == MembershipChangeReason.Admitted && e.Status == MembershipStatus.Full)
        {
            context.AddFailure(new ValidationFailure(
                $"Events[{index}].Status",
                "A member admitted to the party joins as a probationary member, not a full member.",
                nameof(MembershipStatus.Full))
            { ErrorCode = OrganizationsErrorCodes.EventReasonMismatch });
        }
    }

    private static bool IsMissing(OrganizationEvent e, string field) => field switch
    {
        "OrganizationId" => e.OrganizationId is null,
        "ParentId" => e.ParentId is null,
        "OrganizationKind" => e.OrganizationKind is null,
        "Name" => string.IsNullOrWhiteSpace(e.Name),
        "MemberId" => e.MemberId is null,
        "Status" => e.Status is null,
        "Role" => e.Role is null,
        "DistrictId" => e.DistrictId is null,
        _ => e.StaffCount is null,
    };
}
