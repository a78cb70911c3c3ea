using NodaTime;
using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.DoubleReview;
using PartyBuilding.Core.MemberPoints;
using PartyBuilding.Core.OrganizationalLife;
using PartyBuilding.Core.Responsibilities;
using PartyBuilding.Core.Standardization;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Cli.Documents;

/// <summary>
/// The full checks of data sets that need a second document (<c>validate --scheme FILE</c>): each pairs the kind of the
/// second document (a scheme or catalogue) with the kind of data set it completes, and runs the area's own validator of
/// the data set under it — the check the engine runs before it evaluates, so nothing that would fail the evaluation
/// passes <c>validate</c>. Holds no rule of its own: every rule is the library's.
/// </summary>
internal sealed class SchemeChecks
{
    private readonly ImmutableSortedDictionary<string, SchemeCheck> checks;

    /// <summary>Creates the checks.</summary>
    /// <param name="checks">The checks; each scheme kind once.</param>
    /// <exception cref="ArgumentException">A scheme kind is registered twice.</exception>
    public SchemeChecks(IEnumerable<SchemeCheck> checks) =>
        this.checks = UniqueKeys.Create(checks, c => c.SchemeKind, "scheme kind", nameof(checks));

    /// <summary>Gets the checks of every data set of the library that needs a second document.</summary>
    public static SchemeChecks Default { get; } = new(
    [
        SchemeCheck.Create<PointsScheme, MemberPointsDataSet>((scheme, data, asOf) => OfData(MemberPointsEngine.Validate(data, scheme, asOf ?? data.Year.LastDay))),
        SchemeCheck.Create<IndicatorCatalogue, StandardizationDataSet>((catalogue, data, asOf) => OfData(StandardizationEngine.ValidateData(data, catalogue, asOf ?? LastDayAssessed(data)))),
        SchemeCheck.Create<DoubleReviewScheme, DoubleReviewDataSet>((scheme, data, asOf) => OfData(DoubleReviewEngine.Validate(data, scheme, asOf ?? data.Period.End))),
        SchemeCheck.Create<ResponsibilityScheme, ResponsibilityDataSet>((scheme, data, asOf) => OfData(ResponsibilityAssessmentEngine.Validate(data, scheme, asOf ?? data.Year.LastDay))),
        SchemeCheck.Create<AssessmentScheme, AssessmentDataSet>((scheme, data, asOf) => OfData(AnnualAssessment.Validate(data, scheme, asOf ?? data.Year.LastDay))),
        SchemeCheck.Create<OrganizationalLifeScheme, OrganizationalLifeRecords>((scheme, records, asOf) => OfData(OrganizationalLifeEngine.Validate(records, scheme, asOf ?? records.Year.LastDay))),
    ]);

    /// <summary>Gets the checks in scheme-kind order.</summary>
    public IEnumerable<SchemeCheck> All => checks.Values;

    /// <summary>Finds the check whose second document is of a kind.</summary>
    /// <param name="schemeKind">The kind of the scheme or catalogue, e.g. <c>member-points-scheme</c>.</param>
    /// <returns>The check, or <see langword="null"/>.</returns>
    public SchemeCheck? Find(string schemeKind) => checks.GetValueOrDefault(schemeKind);

    /// <summary>The default date of a standardization check: the last day of the latest year assessed.</summary>
    private static LocalDate LastDayAssessed(StandardizationDataSet data) =>
        data.Assessments.IsEmpty ? LocalDate.MaxIsoValue : data.Assessments.Max(a => a.Year).LastDay;

    /// <summary>Paths of an engine's report as paths of its data set (<c>Data.Inputs[3]</c> → <c>Inputs[3]</c>).</summary>
    private static ValidationReport OfData(ValidationReport report) =>
        new([.. report.Problems.Select(p => p.Path.StartsWith("Data.", StringComparison.Ordinal) ? p with { Path = p.Path["Data.".Length..] } : p)]);
}

/// <summary>The full check of one kind of data set under one kind of scheme or catalogue.</summary>
internal abstract class SchemeCheck
{
    /// <summary>Gets the kind of the scheme or catalogue, e.g. <c>member-points-scheme</c>.</summary>
    public abstract string SchemeKind { get; }

    /// <summary>Gets the kind of the data set it completes, e.g. <c>member-points-data-set</c>.</summary>
    public abstract string DataKind { get; }

    /// <summary>Creates a check.</summary>
    /// <typeparam name="TScheme">The scheme's content type.</typeparam>
    /// <typeparam name="TData">The data set's content type.</typeparam>
    /// <param name="check">Runs the area's validator of the data under the scheme, with the date given by <c>--as-of</c> (or <see langword="null"/>).</param>
    /// <returns>The check.</returns>
    public static SchemeCheck Create<TScheme, TData>(Func<TScheme, TData, LocalDate?, ValidationReport> check)
        where TScheme : class, IDocumentContent
        where TData : class, IDocumentContent => new Typed<TScheme, TData>(check);

    /// <summary>Checks a data set read by its <see cref="DocumentKind"/> under a scheme read by its own.</summary>
    /// <param name="scheme">The scheme's content.</param>
    /// <param name="data">The data set's content.</param>
    /// <param name="asOf">The date of <c>--as-of</c>, or <see langword="null"/> for the check's default.</param>
    /// <returns>Every problem, with paths under <c>$.content</c>.</returns>
    public abstract ImmutableArray<ValidationProblem> Check(object scheme, object data, LocalDate? asOf);

    private sealed class Typed<TScheme, TData>(Func<TScheme, TData, LocalDate?, ValidationReport> check) : SchemeCheck
        where TScheme : class, IDocumentContent
        where TData : class, IDocumentContent
    {
        public override string SchemeKind => TScheme.DocumentKind;

        public override string DataKind => TData.DocumentKind;

        public override ImmutableArray<ValidationProblem> Check(object scheme, object data, LocalDate? asOf) =>
            [.. check((TScheme)scheme, (TData)data, asOf).Problems.Select(p => p with { Path = DocumentKind.JsonPath(p.Path) })];
    }
}
