using PartyBuilding.Core.Common;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Responsibilities;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Supervision;

/// <summary>
/// Checks and evaluates a committee's accountability cases (问责案例): whom each holds to account — a party organization or a
/// leading cadre (《中国共产党问责条例》（2019年修订）第五条, <see cref="AccountabilityRules.Article5Subjects"/>) — the facts it rests
/// on (supervision findings, overdue rectification measures, vetoes), the stage of the accountability chain it reached (article
/// 003, <see cref="ResponsibilityCitations.AccountabilityChain"/>), and its outcome in the forms 第八条 allows for the subject's
/// kind (<see cref="AccountabilityRules.OrganizationForms"/>, <see cref="AccountabilityRules.CadreForms"/>), with the year's
/// statistics.
/// </summary>
/// <remarks>
/// <para>Rules, each with its citation:</para>
/// <list type="bullet">
/// <item>A party organization may be held to account by 检查, 通报, 改组; a leading cadre by 通报, 诫勉, 组织调整或者组织处理,
/// 纪律处分; alone or combined (第八条). A form not allowed for the subject's kind on the decision date is
/// <see cref="SupervisionErrorCodes.CaseFormNotAllowed"/>; before 2019-09-01 no form is in force in the library.</item>
/// <item>A case with an outcome is at the stage 问责; one stopped at an earlier stage (e.g. 评责, nobody held to account) has no
/// form (<see cref="SupervisionErrorCodes.CaseOutcome"/>).</item>
/// <item>Each fact resolves against the documents given (<see cref="AccountabilityBasis"/>) and precedes the decision: a finding
/// of a visit on or before it, a measure overdue on it (past its due date and not done, <see cref="RectificationMeasure.IsDoneAsOf"/>),
/// a veto raised.</item>
/// <item>Against the organization structure on the decision date, the subject's organization is under the committee, a cadre is
/// a member of the structure under the name given, and each fact concerns the subject's organization or one within it.</item>
/// </list>
/// <para>Only cases decided by the as-of date are seen. Results do not depend on input order. Pure and thread-safe.</para>
/// </remarks>
public static class AccountabilityEngine
{
    private const string Subject = "accountability records";

    /// <summary>Checks the records against the documents their facts name, without computing anything.</summary>
    /// <param name="data">The records.</param>
    /// <param name="basis">The supervision records, rectification ledgers and vetoes the facts resolve against.</param>
    /// <returns>Every problem, at paths under <c>Data.</c>, with a code of <see cref="SupervisionErrorCodes"/> or <see cref="CommonErrorCodes"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> or <paramref name="basis"/> is <see langword="null"/>.</exception>
    public static ValidationReport Validate(AccountabilityRecords data, AccountabilityBasis basis)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(basis);
        return new AccountabilityValidator(new AccountabilityIndex(basis)).Check(data, "Data");
    }

    /// <summary>
    /// Checks the records against the organization structure on each case's decision date: the subject's organization under
    /// the committee, a cadre a member of the structure under the name given, each resolved fact concerning the subject's
    /// organization or one within it.
    /// </summary>
    /// <param name="data">The records.</param>
    /// <param name="basis">The documents the facts resolve against (a fact that does not resolve is left to <see cref="Validate"/>).</param>
    /// <param name="registry">The organization registry. A date before its first date is checked on its first date.</param>
    /// <returns>Every problem, at paths under <c>Data.</c>, with <see cref="SupervisionErrorCodes.OrganizationUnknown"/>, <see cref="SupervisionErrorCodes.CasePersonUnknown"/> or <see cref="SupervisionErrorCodes.CaseFactOfAnotherOrganization"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static ValidationReport CheckAgainst(AccountabilityRecords data, AccountabilityBasis basis, OrganizationRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(basis);
        ArgumentNullException.ThrowIfNull(registry);
        var trees = new Dictionary<LocalDate, OrganizationTree>();
        return CheckStructure(data, basis, decidedOn =>
        {
            var day = decidedOn < registry.FirstDate ? registry.FirstDate : decidedOn;
            if (!trees.TryGetValue(day, out var tree))
            {
                trees[day] = tree = registry.AsOf(day);
            }

            return tree;
        });
    }

    /// <summary>Checks the records against the organization structure as <see cref="CheckAgainst"/> does, with the structure of each decision date given by <paramref name="structureOn"/> (the annual evaluation gives its one tree).</summary>
    /// <param name="data">The records.</param>
    /// <param name="basis">The documents the facts resolve against.</param>
    /// <param name="structureOn">The structure on a decision date.</param>
    /// <returns>Every problem, at paths under <c>Data.</c>.</returns>
    internal static ValidationReport CheckStructure(AccountabilityRecords data, AccountabilityBasis basis, Func<LocalDate, OrganizationTree> structureOn)
    {
        var index = new AccountabilityIndex(basis);
        var problems = new ProblemCollector();
        for (var i = 0; i < data.Cases.Length; i++)
        {
            if (data.Cases[i] is not { Subject: { } subject } c)
            {
                continue;
            }

            var tree = structureOn(c.DecidedOn);
            var path = I($"Data.Cases[{i}]");
            if (!Within(tree, data.CommitteeId, subject.Organization))
            {
                problems.Add(path + ".Subject.Organization", SupervisionErrorCodes.OrganizationUnknown, I($"The organization is not under {data.CommitteeId} in the organization structure on {Date(tree.Date)}."), subject.Organization.Value);
                continue;
            }

            if (subject.Kind == AccountabilitySubjectKind.LeadingCadre && subject.Person is { } person && (tree.FindMember(person) is not { } member || !string.Equals(member.Name, subject.Name, StringComparison.Ordinal)))
            {
                problems.Add(path + ".Subject.Person", SupervisionErrorCodes.CasePersonUnknown, I($"The organization structure on {Date(tree.Date)} has no member {person} named {subject.Name}."), person.Value);
            }

            for (var j = 0; j < c.Facts.Length; j++)
            {
                if (c.Facts[j] is { } fact && index.OrganizationOf(fact) is { } organization && !Within(tree, subject.Organization, organization))
                {
                    problems.Add(I($"{path}.Facts[{j}]"), SupervisionErrorCodes.CaseFactOfAnotherOrganization, I($"The fact concerns {organization}, which is neither {subject.Organization} nor within it on {Date(tree.Date)}."), organization.Value);
                }
            }
        }

        return problems.ToReport();
    }

    /// <summary>Evaluates a committee's accountability cases as of a date: each case with its explanation, and the year's statistics.</summary>
    /// <param name="data">The records.</param>
    /// <param name="basis">The documents the facts resolve against.</param>
    /// <param name="asOf">The as-of date: cases decided by then are seen.</param>
    /// <returns>The cases and the statistics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> or <paramref name="basis"/> is <see langword="null"/>.</exception>
    /// <exception cref="PartyBuildingValidationException">The records are not valid against the documents; every problem of <see cref="Validate"/> is listed.</exception>
    public static AccountabilityResult Evaluate(AccountabilityRecords data, AccountabilityBasis basis, LocalDate asOf)
    {
        Validate(data, basis).ThrowIfInvalid(Subject);
        var index = new AccountabilityIndex(basis);
        var cases = data.Cases.Where(c => c.DecidedOn <= asOf).OrderBy(c => c.DecidedOn).ThenBy(c => c.Id)
            .Select(c => Case(c, index, data.IsIllustrative))
            .ToImmutableArray();
        return new AccountabilityResult(data.Year, data.CommitteeId, asOf, cases, Statistics(data, cases, asOf));
    }

    private static AccountabilityCaseResult Case(AccountabilityCase c, AccountabilityIndex index, bool illustrative)
    {
        var forms = c.Forms.Order().ToImmutableArray();
        return new AccountabilityCaseResult(
            c.Id,
            c.Subject.Kind,
            c.Subject.Organization,
            c.Subject.Kind == AccountabilitySubjectKind.LeadingCadre ? c.Subject.Person : null,
            c.Facts.Select(f => f.Kind!.Value).ToImmutableArray(),
            c.Stage,
            c.DecidedOn,
            forms,
            null)
        {
            Tree = new DeferredExplanation(() => CaseNode(c, forms, index, illustrative)),
            FactsTree = new DeferredExplanation(() => FactsNode(c, index)),
        };
    }

    /// <summary>A case's facts: the sum of its facts' nodes.</summary>
    private static Explanation FactsNode(AccountabilityCase c, AccountabilityIndex index) =>
        Explanation.Sum(SupervisionTexts.CaseFacts, c.Facts.Select(f => Fact(f, index, c.DecidedOn))) with { Key = AccountabilityCaseResult.FactsKey };

    /// <summary>A case's explanation: its subject, facts, stage, decision and outcome.</summary>
    private static Explanation CaseNode(AccountabilityCase c, ImmutableArray<AccountabilityForm> forms, AccountabilityIndex index, bool illustrative)
    {
        var formCitation = c.Subject.Kind == AccountabilitySubjectKind.PartyOrganization ? AccountabilityRules.Article8Organizations : AccountabilityRules.Article8Cadres;
        var outcome = Explanation.Sum(SupervisionTexts.CaseOutcome(forms.Length), forms.Select(f => Explanation.Given(SupervisionTexts.CaseForm(f), 1m) with
        {
            Key = f.ToString(),
            Citation = formCitation,
        })) with
        {
            Key = "outcome",
            Citation = forms.Length > 1 ? AccountabilityRules.Article8Combined : null,
        };
        var children = ImmutableArray.Create(
            Explanation.Given(SupervisionTexts.CaseSubject(c.Subject), 0m) with { Key = c.Subject.Person?.Value ?? c.Subject.Organization.Value, Citation = AccountabilityRules.Article5Subjects },
            FactsNode(c, index),
            Explanation.Given(SupervisionTexts.CaseStage(c.Stage), 0m) with { Key = "stage", Citation = ResponsibilityCitations.AccountabilityChain },
            Explanation.Given(SupervisionTexts.CaseDecision(c.DecidedBy, c.DecidedOn), 0m) with { Key = "decision" },
            outcome);
        return new Explanation(SupervisionTexts.CaseRoot(c, illustrative), forms.Length, ExplanationCombination.Given, children: children)
        {
            Key = c.Id.Value,
            Summary = SupervisionTexts.CaseSummary(c, forms),
            Note = c.Summary,
        };
    }

    private static Explanation Fact(AccountabilityFact fact, AccountabilityIndex index, LocalDate decidedOn)
    {
        Explanation node;
        switch (fact.Kind!.Value)
        {
            case AccountabilityFactKind.SupervisionFinding:
                var (visit, finding) = index.Findings[fact.Finding!.Value];
                node = Explanation.Given(SupervisionTexts.CaseFinding(visit, finding), 1m) with { Key = finding.Id.Value };
                break;
            case AccountabilityFactKind.OverdueMeasure:
                var measure = index.Measures[(fact.Problem!.Value, fact.Measure!.Value)];
                node = Explanation.Given(SupervisionTexts.CaseMeasure(measure.Problem, measure.Measure, AccountabilityIndex.DueOf(measure)!.Value, decidedOn), 1m) with
                {
                    Key = measure.Measure.Id.Value,
                    Citation = ResponsibilityCitations.LedgerDeadlineClasses,
                };
                break;
            default:
                var veto = index.Veto(fact.Veto!)!;
                node = Explanation.Given(SupervisionTexts.CaseVeto(veto), 1m) with { Key = veto.Rule };
                break;
        }

        return fact.Note is null ? node : node with { Note = fact.Note };
    }

    private static AccountabilityStatistics Statistics(AccountabilityRecords data, ImmutableArray<AccountabilityCaseResult> cases, LocalDate asOf)
    {
        var held = cases.Where(c => c.Stage == AccountabilityStage.HoldAccountable).ToArray();
        var byForm = held.SelectMany(c => c.Forms.Select(f => (Form: f, c.SubjectKind)))
            .GroupBy(x => x)
            .OrderBy(g => g.Key.Form).ThenBy(g => g.Key.SubjectKind)
            .Select(g => new AccountabilityFormCount(g.Key.Form, g.Key.SubjectKind, g.Count()))
            .ToImmutableArray();
        var dealtWith = held.Where(c => c.Person is not null).Select(c => c.Person!.Value).Distinct().Order().ToArray();
        var disciplined = held.Where(c => c.Person is not null && c.Forms.Contains(AccountabilityForm.DisciplinarySanction)).Select(c => c.Person!.Value).Distinct().Order().ToArray();
        var pending = cases.Length - held.Length;
        return new AccountabilityStatistics(
            cases.Count(c => c.SubjectKind == AccountabilitySubjectKind.PartyOrganization),
            cases.Count(c => c.SubjectKind == AccountabilitySubjectKind.LeadingCadre),
            pending,
            byForm,
            dealtWith.Length,
            disciplined.Length,
            null)
        {
            Tree = new DeferredExplanation(() => StatisticsNode(data, cases, asOf, held.Length, byForm, dealtWith, disciplined)),
        };
    }

    /// <summary>The statistics' explanation: the cases by kind of subject, the cases by form, the cadres dealt with and disciplined.</summary>
    private static Explanation StatisticsNode(
        AccountabilityRecords data, ImmutableArray<AccountabilityCaseResult> cases, LocalDate asOf, int held, ImmutableArray<AccountabilityFormCount> byForm, MemberId[] dealtWith, MemberId[] disciplined)
    {
        var kinds = Enum.GetValues<AccountabilitySubjectKind>()
            .Select(kind => Explanation.Sum(
                SupervisionTexts.StatisticsKind(kind),
                cases.Where(c => c.SubjectKind == kind).Select(c => Explanation.Given(SupervisionTexts.StatisticsCase(c), 1m) with { Key = c.Case.Value })) with
            {
                Key = kind.ToString(),
                Citation = AccountabilityRules.Article5Subjects,
            });
        var forms = new Explanation(
            SupervisionTexts.StatisticsForms,
            byForm.Sum(f => f.Cases),
            ExplanationCombination.Given,
            children: byForm.Select(f => Explanation.Given(SupervisionTexts.StatisticsForm(f), f.Cases) with
            {
                Key = I($"{f.SubjectKind}/{f.Form}"),
                Citation = f.SubjectKind == AccountabilitySubjectKind.PartyOrganization ? AccountabilityRules.Article8Organizations : AccountabilityRules.Article8Cadres,
            }).ToImmutableArray())
        {
            Key = "forms",
        };
        var cadres = Explanation.Given(SupervisionTexts.StatisticsCadres(dealtWith), dealtWith.Length) with { Key = "cadres-dealt-with" };
        var sanctioned = Explanation.Given(SupervisionTexts.StatisticsDisciplined(disciplined), disciplined.Length) with
        {
            Key = "cadres-disciplined",
            Citation = AccountabilityRules.Article003Disciplined,
        };
        var pending = cases.Length - held;
        return new Explanation(
            SupervisionTexts.StatisticsRoot(data.Year, data.IsIllustrative),
            cases.Length,
            ExplanationCombination.Given,
            children: [Explanation.Sum(SupervisionTexts.StatisticsCases, kinds) with { Key = "cases" }, forms, cadres, sanctioned])
        {
            Key = I($"{data.CommitteeId}/{data.Year}"),
            Summary = SupervisionTexts.StatisticsSummary(asOf, cases.Length, held, pending, dealtWith.Length, disciplined.Length),
        };
    }

    private static bool Within(OrganizationTree tree, OrganizationId root, OrganizationId organization) =>
        tree.Contains(root) && tree.Contains(organization) && tree.Path(organization).Any(o => o.Id == root);

    private static string Date(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static string I(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
