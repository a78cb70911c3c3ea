using FluentValidation;
using FluentValidation.Results;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Responsibilities;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Supervision;

/// <summary>
/// Checks accountability records against the documents their facts name: identifiers unique, each case decided in the year by
/// a named body, its subject an organization or a cadre (member, name, post), its facts each exactly one finding, overdue
/// measure or veto that the documents hold and that precedes the decision, its outcome forms present exactly at the stage of
/// holding to account and each allowed for the subject's kind by the regulation in force on the decision date
/// (<see cref="AccountabilityRules.FormsFor"/>).
/// </summary>
/// <remarks>Behind <see cref="AccountabilityEngine.Validate"/>. Every problem has a path under the records and a code of
/// <see cref="SupervisionErrorCodes"/> or <see cref="CommonErrorCodes"/>.</remarks>
internal sealed class AccountabilityValidator : AbstractValidator<AccountabilityRecords>
{
    /// <summary>Initializes the validator with the documents the facts resolve against.</summary>
    /// <param name="index">The findings, measures and vetoes of the documents given.</param>
    public AccountabilityValidator(AccountabilityIndex index)
    {
        RuleFor(r => r.CommitteeId).MustBeSetId();
        RuleFor(r => r.Cases).Custom((cases, context) =>
        {
            var seen = new HashSet<AccountabilityCaseId>();
            for (var i = 0; i < cases.Length; i++)
            {
                if (cases[i] is { } c && !seen.Add(c.Id))
                {
                    Fail(context, I($"Cases[{i}].Id"), SupervisionErrorCodes.CaseDuplicateId, "Two cases share this identifier.", c.Id.Value);
                }
            }
        });
        RuleForEach(r => r.Cases).NotNull().WithErrorCode(CommonErrorCodes.Required).WithMessage("A case is missing.");
        RuleForEach(r => r.Cases).Custom((c, context) =>
        {
            if (c is null)
            {
                return;
            }

            var path = context.PropertyPath;
            if (c.Id.IsEmpty)
            {
                Fail(context, path + ".Id", CommonErrorCodes.IdentifierEmpty, "'Id' must be a non-empty identifier.", null);
            }

            if (c.DecidedBy is null)
            {
                Fail(context, path + ".DecidedBy", CommonErrorCodes.Required, "A case names the body that decided it.", null);
            }

            if (c.DecidedOn.Year != context.InstanceToValidate.Year.Value)
            {
                Fail(context, path + ".DecidedOn", SupervisionErrorCodes.CaseDateOutOfYear, "The case is decided outside the records' year.", Date(c.DecidedOn));
            }

            Subject(c.Subject, path + ".Subject", context);
            Facts(c, index, path, context);
            Outcome(c, path, context);
        });
    }

    private static void Subject(AccountabilitySubject? subject, string path, ValidationContext<AccountabilityRecords> context)
    {
        if (subject is null)
        {
            Fail(context, path, CommonErrorCodes.Required, "A case names its subject.", null);
            return;
        }

        if (subject.Organization.IsEmpty)
        {
            Fail(context, path + ".Organization", CommonErrorCodes.IdentifierEmpty, "'Organization' must be a non-empty identifier.", null);
        }

        var valid = subject.Kind switch
        {
            AccountabilitySubjectKind.PartyOrganization => subject.Person is null && subject.Name is null && subject.Post is null,
            AccountabilitySubjectKind.LeadingCadre => subject.Person is { IsEmpty: false } && !string.IsNullOrWhiteSpace(subject.Name) && subject.Post is not null,
            _ => false,
        };
        if (!valid)
        {
            Fail(
                context,
                path,
                SupervisionErrorCodes.CaseSubject,
                I($"A subject is a party organization (no person) or a leading cadre with a member identifier, a name and a post ({AccountabilityRules.Article5Subjects})."),
                subject.Kind.ToString());
        }
    }

    private static void Facts(AccountabilityCase c, AccountabilityIndex index, string path, ValidationContext<AccountabilityRecords> context)
    {
        if (c.Facts.IsEmpty)
        {
            Fail(context, path + ".Facts", SupervisionErrorCodes.CaseFactShape, "A case rests on at least one fact.", c.Id.Value);
        }

        for (var j = 0; j < c.Facts.Length; j++)
        {
            var at = I($"{path}.Facts[{j}]");
            if (c.Facts[j] is not { } fact || fact.Kind is not { } kind)
            {
                Fail(context, at, SupervisionErrorCodes.CaseFactShape, "A fact names exactly one of a finding, a ledger problem with its measure, or a veto.", null);
                continue;
            }

            switch (kind)
            {
                case AccountabilityFactKind.SupervisionFinding:
                    if (!index.Findings.TryGetValue(fact.Finding!.Value, out var found))
                    {
                        Fail(context, at + ".Finding", SupervisionErrorCodes.CaseFactUnknown, "No supervision records given hold the finding.", fact.Finding.Value.Value);
                    }
                    else if (found.Visit.Date > c.DecidedOn)
                    {
                        Fail(context, at + ".Finding", SupervisionErrorCodes.CaseFactNotYet, I($"The finding comes from a visit on {Date(found.Visit.Date)}, after the decision."), fact.Finding.Value.Value);
                    }

                    break;
                case AccountabilityFactKind.OverdueMeasure:
                    var measureValue = I($"{fact.Problem}/{fact.Measure}");
                    if (!index.Measures.TryGetValue((fact.Problem!.Value, fact.Measure!.Value), out var measure))
                    {
                        Fail(context, at + ".Measure", SupervisionErrorCodes.CaseFactUnknown, "No rectification ledger given holds the measure under the problem.", measureValue);
                    }
                    else if (!AccountabilityIndex.IsOverdue(measure, c.DecidedOn))
                    {
                        Fail(
                            context,
                            at + ".Measure",
                            SupervisionErrorCodes.CaseFactNotYet,
                            I($"The measure is not overdue on {Date(c.DecidedOn)}: it is done by then, a long-term task, or not past its due date."),
                            measureValue);
                    }

                    break;
                default:
                    if (!index.HasVeto(fact.Veto!))
                    {
                        Fail(context, at + ".Veto", SupervisionErrorCodes.CaseFactUnknown, "No veto of that year, organization and rule is among the vetoes given.", I($"{fact.Veto!.Year}/{fact.Veto.Organization}/{fact.Veto.Rule}"));
                    }

                    break;
            }
        }
    }

    private static void Outcome(AccountabilityCase c, string path, ValidationContext<AccountabilityRecords> context)
    {
        if (!Enum.IsDefined(c.Stage))
        {
            Fail(context, path + ".Stage", SupervisionErrorCodes.CaseOutcome, "The stage is not a stage of the accountability chain.", c.Stage.ToString());
            return;
        }

        var held = c.Stage == AccountabilityStage.HoldAccountable;
        if (held == c.Forms.IsEmpty || c.Forms.Distinct().Count() != c.Forms.Length || c.Forms.Any(f => !Enum.IsDefined(f)))
        {
            Fail(
                context,
                path + ".Forms",
                SupervisionErrorCodes.CaseOutcome,
                "A case held to account (问责) names at least one form of accountability, each once and defined; a case at an earlier stage names none.",
                string.Join(",", c.Forms));
            return;
        }

        if (!held || c.Subject is null || !Enum.IsDefined(c.Subject.Kind))
        {
            return;
        }

        if (!AccountabilityRules.FormsFor(c.Subject.Kind).TryGetEntryAsOf(c.DecidedOn, out var entry))
        {
            Fail(context, path + ".Forms", SupervisionErrorCodes.CaseFormNotAllowed, I($"No regulation of the forms of accountability is in force on {Date(c.DecidedOn)} (the library has {Sources.AccountabilityRegulation2019.Title.ZhCn}, from {Date(Sources.AccountabilityRegulation2019.EffectiveFrom!.Value)})."), Date(c.DecidedOn));
            return;
        }

        for (var k = 0; k < c.Forms.Length; k++)
        {
            if (!entry.Value.Contains(c.Forms[k]))
            {
                Fail(
                    context,
                    I($"{path}.Forms[{k}]"),
                    SupervisionErrorCodes.CaseFormNotAllowed,
                    I($"{SupervisionLabels.AccountabilityForms[c.Forms[k]].ZhCn} is not a form of accountability for a {SupervisionLabels.SubjectKinds[c.Subject.Kind].English.ToLowerInvariant()} ({entry.Citation})."),
                    c.Forms[k].ToString());
            }
        }
    }

    private static void Fail(ValidationContext<AccountabilityRecords> context, string path, string code, string message, string? value) =>
        context.AddFailure(new ValidationFailure(path, message, value) { ErrorCode = code });

    private static string Date(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static string I(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

/// <summary>The findings, ledger measures and vetoes of the documents an accountability case's facts resolve against.</summary>
internal sealed class AccountabilityIndex
{
    /// <summary>Initializes the index; when two documents hold the same identifier, the first given wins.</summary>
    /// <param name="basis">The documents.</param>
    public AccountabilityIndex(AccountabilityBasis basis)
    {
        foreach (var records in basis.Supervision.Where(r => r is not null))
        {
            foreach (var visit in records.Visits.Where(v => v is not null))
            {
                foreach (var finding in visit.Findings.Where(f => f is not null))
                {
                    Findings.TryAdd(finding.Id, (visit, finding));
                }
            }
        }

        foreach (var ledger in basis.Ledgers.Where(l => l is not null))
        {
            foreach (var problem in ledger.Problems.Where(p => p is not null))
            {
                foreach (var measure in problem.Measures.Where(m => m is not null))
                {
                    Measures.TryAdd((problem.Id, measure.Id), (ledger, problem, measure));
                }
            }
        }

        Vetoes = basis.Vetoes.Where(v => v is not null).ToArray();
    }

    /// <summary>Gets the findings by identifier, with their visits.</summary>
    public Dictionary<SupervisionFindingId, (SupervisionVisit Visit, SupervisionFinding Finding)> Findings { get; } = [];

    /// <summary>Gets the measures by problem and measure identifier, with their ledgers and problems.</summary>
    public Dictionary<(RectificationProblemId, RectificationMeasureId), (RectificationLedger Ledger, RectificationProblem Problem, RectificationMeasure Measure)> Measures { get; } = [];

    /// <summary>Gets the vetoes raised.</summary>
    public RaisedVeto[] Vetoes { get; }

    /// <summary>
    /// Gets the due date of a ledger measure as the ledger reads it (<see cref="RectificationMeasure.DueDate"/>): its explicit
    /// date, else its deadline class resolved in the ledger's year; <see langword="null"/> for a long-term task without a date
    /// or an undefined class (a problem the ledger's own validation reports).
    /// </summary>
    public static LocalDate? DueOf((RectificationLedger Ledger, RectificationProblem Problem, RectificationMeasure Measure) m) =>
        m.Measure.DueOn is not null || Enum.IsDefined(m.Measure.Deadline) ? m.Measure.DueDate(m.Ledger.Year) : null;

    /// <summary>Tells whether a measure is overdue on a date: past its due date and not done by then.</summary>
    public static bool IsOverdue((RectificationLedger Ledger, RectificationProblem Problem, RectificationMeasure Measure) m, LocalDate date) =>
        DueOf(m) is { } due && date > due && !m.Measure.IsDoneAsOf(date);

    /// <summary>Finds the veto a fact names: the same year, organization and rule.</summary>
    public RaisedVeto? Veto(RaisedVeto reference) =>
        Array.Find(Vetoes, v => v.Year == reference.Year && v.Organization == reference.Organization && string.Equals(v.Rule, reference.Rule, StringComparison.Ordinal));

    /// <summary>Tells whether a veto a fact names was raised.</summary>
    public bool HasVeto(RaisedVeto reference) => Veto(reference) is not null;

    /// <summary>Gets the organization a resolved fact concerns, or <see langword="null"/> when it does not resolve.</summary>
    public OrganizationId? OrganizationOf(AccountabilityFact fact) => fact.Kind switch
    {
        AccountabilityFactKind.SupervisionFinding => Findings.TryGetValue(fact.Finding!.Value, out var f) ? f.Finding.Organization : null,
        AccountabilityFactKind.OverdueMeasure => Measures.TryGetValue((fact.Problem!.Value, fact.Measure!.Value), out var m) ? m.Problem.Organization : null,
        AccountabilityFactKind.Veto => Veto(fact.Veto!)?.Organization,
        _ => null,
    };
}
