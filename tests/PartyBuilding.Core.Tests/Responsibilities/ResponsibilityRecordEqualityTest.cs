using PartyBuilding.Core.Common;
using PartyBuilding.Core.Responsibilities;
using static PartyBuilding.Core.Tests.Responsibilities.Fixtures;
using static PartyBuilding.Core.Tests.RecordEquality;

namespace PartyBuilding.Core.Tests.Responsibilities;

/// <summary>
/// Pins value equality of the responsibility records member by member (each overrides <c>Equals</c> because it holds
/// <see cref="ImmutableArray{T}"/>s): equal copies built from new arrays are equal, a copy differing in any one member is not, and
/// nothing equals <see langword="null"/>. Also pins that unset lists read as empty.
/// </summary>
public sealed class ResponsibilityRecordEqualityTest
{
    private static readonly OrganizationId A = OrganizationId.Parse("BZ-001");
    private static readonly OrganizationId B = OrganizationId.Parse("BZ-002");
    private static readonly MemberId Secretary = MemberId.Parse("BZ-001-B01-M001");
    private static readonly LocalizedText Text = new("文本", "Text");
    private static readonly LocalizedText OtherText = new("另一文本", "Other text");
    private static readonly Citation Cited = ResponsibilityCitations.ThreeLevelSplit;

    private static ResponsibilityItem Yearly(string id) => Item(id, ResponsibilityLevel.Principal, DueRule.Recurring(RecurrencePeriod.Year));

    private static RectificationMeasure Measure(string id, RectificationCompletion? completion = null, ImmutableArray<LookBackCheck> rechecks = default) =>
        new(RectificationMeasureId.Parse(id), Text, Secretary, DeadlineClass.YearEnd, completion, rechecks);

    private static RectificationProblem Problem(string id, params RectificationMeasure[] measures) =>
        new(RectificationProblemId.Parse(id), A, RectificationAreaId.Parse("X"), Text, [.. measures]);

    private static RectificationLedger Ledger() => new(
        RectificationLedgerId.Parse("LEDGER"), Text, Y2019, D(2019, 9, 1), [new(RectificationAreaId.Parse("X"), Text)],
        [Problem("Q1", Measure("M1", new RectificationCompletion(D(2019, 10, 1), "report"), [new(D(2019, 10, 2), RecheckOutcome.Confirmed)]))],
        Cited);

    private static ResponsibilityListStatus ListStatus() =>
        ResponsibilityStatusEngine.Evaluate(List(Yearly("X"), Yearly("Y")), Evidence("X", D(2019, 3, 1)), D(2020, 1, 1));

    private static OrganizationResponsibilityResult Result() =>
        ResponsibilityAssessmentEngine.Evaluate(
            new ResponsibilityDataSet(Y2019, [List(Yearly("X"), Yearly("Y"))], Evidence("X", D(2019, 3, 1))),
            new ResponsibilityScheme("s", Text, OrganizationId.Parse("BZ-WC"), [], new ScoringConfiguration("proportional")),
            D(2020, 1, 1)).Organizations.Single();

    [Fact]
    public void AccountabilityChainEquals_AnyMemberChanged_IsFalse()
    {
        var chain = AccountabilityChain.Start(ListId, Id("X")).Advance(AccountabilityStage.Clarify, D(2019, 3, 1));

        ShouldEqualCopyAndDifferFromEach(
            chain,
            new AccountabilityChain(ListId, Id("X"), [.. chain.Steps]),
            new AccountabilityChain(ResponsibilityListId.Parse("L-OTHER"), Id("X"), chain.Steps),
            new AccountabilityChain(ListId, Id("Y"), chain.Steps),
            AccountabilityChain.Start(ListId, Id("X")));
    }

    [Fact]
    public void ItemStatusEquals_AnyMemberChanged_IsFalse()
    {
        var item = ListStatus().Items[0];

        ShouldEqualCopyAndDifferFromEach(
            item,
            new ItemStatus(item.ListId, item.ItemId, item.Level, item.Status, [.. item.Occurrences], item.Explanation),
            new ItemStatus(ResponsibilityListId.Parse("L-OTHER"), item.ItemId, item.Level, item.Status, item.Occurrences, item.Explanation),
            new ItemStatus(item.ListId, Id("Z"), item.Level, item.Status, item.Occurrences, item.Explanation),
            new ItemStatus(item.ListId, item.ItemId, ResponsibilityLevel.Assisting, item.Status, item.Occurrences, item.Explanation),
            new ItemStatus(item.ListId, item.ItemId, item.Level, DutyStatus.Overdue, item.Occurrences, item.Explanation),
            new ItemStatus(item.ListId, item.ItemId, item.Level, item.Status, item.Occurrences, Explanation.Given(Text, 1m)),
            new ItemStatus(item.ListId, item.ItemId, item.Level, item.Status, [], item.Explanation));
    }

    [Fact]
    public void ResponsibilityListStatusEquals_AnyMemberChanged_IsFalse()
    {
        var status = ListStatus();

        ShouldEqualCopyAndDifferFromEach(
            status,
            new ResponsibilityListStatus(status.ListId, status.Owner, status.Year, status.AsOf, [.. status.Items]),
            new ResponsibilityListStatus(ResponsibilityListId.Parse("L-OTHER"), status.Owner, status.Year, status.AsOf, status.Items),
            new ResponsibilityListStatus(status.ListId, B, status.Year, status.AsOf, status.Items),
            new ResponsibilityListStatus(status.ListId, status.Owner, AssessmentYear.Create(2020), status.AsOf, status.Items),
            new ResponsibilityListStatus(status.ListId, status.Owner, status.Year, status.AsOf.PlusDays(1), status.Items),
            new ResponsibilityListStatus(status.ListId, status.Owner, status.Year, status.AsOf, status.Items.RemoveAt(1)));
    }

    [Fact]
    public void OrganizationResponsibilityResultEquals_AnyMemberChanged_IsFalse()
    {
        var r = Result();

        ShouldEqualCopyAndDifferFromEach(
            r,
            new OrganizationResponsibilityResult(r.Organization, r.Year, r.AsOf, r.Score, r.MaxPoints, r.Strategy, [.. r.Lists], r.Explanation),
            new OrganizationResponsibilityResult(B, r.Year, r.AsOf, r.Score, r.MaxPoints, r.Strategy, r.Lists, r.Explanation),
            new OrganizationResponsibilityResult(r.Organization, AssessmentYear.Create(2020), r.AsOf, r.Score, r.MaxPoints, r.Strategy, r.Lists, r.Explanation),
            new OrganizationResponsibilityResult(r.Organization, r.Year, r.AsOf.PlusDays(1), r.Score, r.MaxPoints, r.Strategy, r.Lists, r.Explanation),
            new OrganizationResponsibilityResult(r.Organization, r.Year, r.AsOf, new Score(1m), r.MaxPoints, r.Strategy, r.Lists, r.Explanation),
            new OrganizationResponsibilityResult(r.Organization, r.Year, r.AsOf, r.Score, new Score(10m), r.Strategy, r.Lists, r.Explanation),
            new OrganizationResponsibilityResult(r.Organization, r.Year, r.AsOf, r.Score, r.MaxPoints, "level-weighted", r.Lists, r.Explanation),
            new OrganizationResponsibilityResult(r.Organization, r.Year, r.AsOf, r.Score, r.MaxPoints, r.Strategy, r.Lists, Explanation.Given(Text, r.Score.Value)),
            new OrganizationResponsibilityResult(r.Organization, r.Year, r.AsOf, r.Score, r.MaxPoints, r.Strategy, [], r.Explanation));
    }

    [Fact]
    public void ResponsibilityAssessmentEquals_AnyMemberChanged_IsFalse()
    {
        var r = Result();
        var assessment = new ResponsibilityAssessment("s", Y2019, D(2020, 1, 1), [r]);

        ShouldEqualCopyAndDifferFromEach(
            assessment,
            new ResponsibilityAssessment("s", Y2019, D(2020, 1, 1), [r]),
            new ResponsibilityAssessment("t", Y2019, D(2020, 1, 1), [r]),
            new ResponsibilityAssessment("s", AssessmentYear.Create(2020), D(2020, 1, 1), [r]),
            new ResponsibilityAssessment("s", Y2019, D(2020, 1, 2), [r]),
            new ResponsibilityAssessment("s", Y2019, D(2020, 1, 1), []));
    }

    [Fact]
    public void ResponsibilityListEquals_AnyMemberChanged_IsFalse()
    {
        ResponsibilityList Make(
            ResponsibilityListId? id = null, OrganizationId? owner = null, AssessmentYear? year = null, ResponsibilityListKind kind = ResponsibilityListKind.TargetAgreement,
            LocalizedText? title = null, ImmutableArray<ResponsibilityItem> items = default, LocalDate? signedOn = null, Citation? citation = null) =>
            new(id ?? ListId, owner ?? A, year ?? Y2019, kind, title ?? Text, items.IsDefault ? [Yearly("X")] : items, signedOn ?? D(2019, 1, 10), citation ?? Cited);

        ShouldEqualCopyAndDifferFromEach(
            Make(),
            Make(),
            Make(id: ResponsibilityListId.Parse("L-OTHER")),
            Make(owner: B),
            Make(year: AssessmentYear.Create(2020)),
            Make(kind: ResponsibilityListKind.Annual),
            Make(title: OtherText),
            Make(signedOn: D(2019, 1, 11)),
            Make(citation: ResponsibilityCitations.LedgerDeadlineClasses),
            Make(items: [Yearly("Y")]));
    }

    [Fact]
    public void ResponsibilityDataSetEquals_AnyMemberChanged_IsFalse()
    {
        var list = List(Yearly("X"));
        var data = new ResponsibilityDataSet(Y2019, [list], Evidence("X", D(2019, 3, 1)), [AccountabilityChain.Start(ListId, Id("X"))]);

        ShouldEqualCopyAndDifferFromEach(
            data,
            new ResponsibilityDataSet(Y2019, [list], Evidence("X", D(2019, 3, 1)), [AccountabilityChain.Start(ListId, Id("X"))]),
            new ResponsibilityDataSet(AssessmentYear.Create(2020), [list], Evidence("X", D(2019, 3, 1)), [AccountabilityChain.Start(ListId, Id("X"))]),
            new ResponsibilityDataSet(Y2019, [], Evidence("X", D(2019, 3, 1)), [AccountabilityChain.Start(ListId, Id("X"))]),
            new ResponsibilityDataSet(Y2019, [list], Evidence("X", D(2019, 3, 2)), [AccountabilityChain.Start(ListId, Id("X"))]),
            new ResponsibilityDataSet(Y2019, [list], Evidence("X", D(2019, 3, 1)), []));
    }

    [Fact]
    public void ResponsibilitySchemeEquals_AnyMemberChanged_IsFalse()
    {
        var definition = new ResponsibilityDefinition(Id("P01"), ResponsibilityLevel.Principal, Text);
        var scoring = new ScoringConfiguration("proportional");
        ResponsibilityScheme Make(
            string code = "s", LocalizedText? title = null, OrganizationId? committee = null, ImmutableArray<ResponsibilityDefinition> responsibilities = default,
            ScoringConfiguration? configuration = null, Citation? citation = null) =>
            new(code, title ?? Text, committee ?? A, responsibilities.IsDefault ? [definition] : responsibilities, configuration ?? scoring, citation ?? Cited);

        ShouldEqualCopyAndDifferFromEach(
            Make(),
            Make(),
            Make(code: "S"),
            Make(title: OtherText),
            Make(committee: B),
            Make(responsibilities: []),
            Make(configuration: new ScoringConfiguration("level-weighted")),
            Make(citation: ResponsibilityCitations.LedgerDeadlineClasses));
    }

    [Fact]
    public void ScoringConfigurationEquals_StrategyOrParametersChanged_IsFalse()
    {
        static ImmutableSortedDictionary<string, decimal> Max(decimal value) =>
            ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [new KeyValuePair<string, decimal>("maxPoints", value)]);

        ShouldEqualCopyAndDifferFromEach(
            new ScoringConfiguration("proportional", Max(50m)),
            new ScoringConfiguration("proportional", Max(50m)),
            new ScoringConfiguration("overdue-deduction", Max(50m)),
            new ScoringConfiguration("proportional", Max(60m)));
    }

    [Fact]
    public void RectificationLedgerEquals_AnyMemberChanged_IsFalse()
    {
        var l = Ledger();
        var area = new RectificationArea(RectificationAreaId.Parse("X"), Text);

        ShouldEqualCopyAndDifferFromEach(
            l,
            Ledger(),
            new RectificationLedger(RectificationLedgerId.Parse("OTHER"), l.Title, l.Year, l.EstablishedOn, l.Areas, l.Problems, l.Citation),
            new RectificationLedger(l.Id, OtherText, l.Year, l.EstablishedOn, l.Areas, l.Problems, l.Citation),
            new RectificationLedger(l.Id, l.Title, AssessmentYear.Create(2020), l.EstablishedOn, l.Areas, l.Problems, l.Citation),
            new RectificationLedger(l.Id, l.Title, l.Year, l.EstablishedOn.PlusDays(1), l.Areas, l.Problems, l.Citation),
            new RectificationLedger(l.Id, l.Title, l.Year, l.EstablishedOn, l.Areas, l.Problems),
            new RectificationLedger(l.Id, l.Title, l.Year, l.EstablishedOn, [area, area], l.Problems, l.Citation),
            new RectificationLedger(l.Id, l.Title, l.Year, l.EstablishedOn, l.Areas, [], l.Citation));
    }

    [Fact]
    public void RectificationProblemEquals_AnyMemberChanged_IsFalse()
    {
        var m = Measure("M1");
        var p = Problem("Q1", m);

        ShouldEqualCopyAndDifferFromEach(
            p,
            Problem("Q1", Measure("M1")),
            new RectificationProblem(RectificationProblemId.Parse("Q2"), p.Organization, p.Area, p.Description, p.Measures),
            new RectificationProblem(p.Id, B, p.Area, p.Description, p.Measures),
            new RectificationProblem(p.Id, p.Organization, RectificationAreaId.Parse("Y"), p.Description, p.Measures),
            new RectificationProblem(p.Id, p.Organization, p.Area, OtherText, p.Measures),
            new RectificationProblem(p.Id, p.Organization, p.Area, p.Description, [m, m]));
    }

    [Fact]
    public void RectificationMeasureEquals_AnyMemberChanged_IsFalse()
    {
        var completion = new RectificationCompletion(D(2019, 10, 1), "report");
        var m = Measure("M1", completion, [new(D(2019, 10, 2), RecheckOutcome.Confirmed)]);

        ShouldEqualCopyAndDifferFromEach(
            m,
            Measure("M1", new RectificationCompletion(D(2019, 10, 1), "report"), [new(D(2019, 10, 2), RecheckOutcome.Confirmed)]),
            new RectificationMeasure(RectificationMeasureId.Parse("M2"), m.Description, m.FirstResponsible, m.Deadline, m.Completion, m.Rechecks),
            new RectificationMeasure(m.Id, OtherText, m.FirstResponsible, m.Deadline, m.Completion, m.Rechecks),
            new RectificationMeasure(m.Id, m.Description, MemberId.Parse("BZ-001-B01-M002"), m.Deadline, m.Completion, m.Rechecks),
            new RectificationMeasure(m.Id, m.Description, m.FirstResponsible, DeadlineClass.LongTerm, m.Completion, m.Rechecks),
            new RectificationMeasure(m.Id, m.Description, m.FirstResponsible, m.Deadline, null, m.Rechecks),
            new RectificationMeasure(m.Id, m.Description, m.FirstResponsible, m.Deadline, m.Completion, [new(D(2019, 10, 2), RecheckOutcome.Relapsed)]));
    }

    [Fact]
    public void RectificationLedgerStatusEquals_AnyMemberChanged_IsFalse()
    {
        var s = RectificationLedgerEngine.Evaluate(Ledger(), D(2019, 12, 31));

        ShouldEqualCopyAndDifferFromEach(
            s,
            new RectificationLedgerStatus(s.LedgerId, s.AsOf, [.. s.Measures], [.. s.Organizations]),
            new RectificationLedgerStatus(RectificationLedgerId.Parse("OTHER"), s.AsOf, s.Measures, s.Organizations),
            new RectificationLedgerStatus(s.LedgerId, s.AsOf.PlusDays(1), s.Measures, s.Organizations),
            new RectificationLedgerStatus(s.LedgerId, s.AsOf, [], s.Organizations),
            new RectificationLedgerStatus(s.LedgerId, s.AsOf, s.Measures, []));
    }

    [Fact]
    public void Constructors_UnsetLists_ReadAsEmpty()
    {
        var explanation = Explanation.Given(Text, 0m);
        var item = new ItemStatus(ListId, Id("X"), ResponsibilityLevel.Principal, DutyStatus.NotYetDue, default, explanation);
        var listStatus = new ResponsibilityListStatus(ListId, A, Y2019, D(2019, 1, 1), default);
        var result = new OrganizationResponsibilityResult(A, Y2019, D(2019, 1, 1), Score.Zero, new Score(100m), "proportional", default, explanation);
        var assessment = new ResponsibilityAssessment("s", Y2019, D(2019, 1, 1), default);
        var data = new ResponsibilityDataSet(Y2019, default);
        var scheme = new ResponsibilityScheme("s", Text, A, default, new ScoringConfiguration("proportional"));
        var ledger = new RectificationLedger(RectificationLedgerId.Parse("L"), Text, Y2019, D(2019, 9, 1), default, default);
        var problem = new RectificationProblem(RectificationProblemId.Parse("Q1"), A, RectificationAreaId.Parse("X"), Text, default);
        var ledgerStatus = new RectificationLedgerStatus(RectificationLedgerId.Parse("L"), D(2019, 9, 1), default, default);

        new[]
        {
            item.Occurrences.IsDefault, listStatus.Items.IsDefault, result.Lists.IsDefault, assessment.Organizations.IsDefault,
            data.Lists.IsDefault, scheme.Responsibilities.IsDefault, ledger.Areas.IsDefault, ledger.Problems.IsDefault,
            problem.Measures.IsDefault, ledgerStatus.Measures.IsDefault, ledgerStatus.Organizations.IsDefault,
        }.Should().AllBeEquivalentTo(false);
        (item.DoneCount, listStatus.Levels.Length, result.ItemCount, result.Levels.Length, scheme.CountAt(ResponsibilityLevel.Principal)).Should().Be((0, 0, 0, 0, 0));
        (ledgerStatus.Overdue.Length, problem.Measures.Length, data.Lists.Length, assessment.Organizations.Length).Should().Be((0, 0, 0, 0));
    }
}
