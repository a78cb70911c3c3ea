using FluentValidation;
using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.DoubleReview;
using PartyBuilding.Core.Evaluation;
using PartyBuilding.Core.MemberPoints;
using PartyBuilding.Core.OrganizationalLife;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Responsibilities;
using PartyBuilding.Core.Standardization;
using PartyBuilding.Core.Supervision;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Cli.Documents;

/// <summary>The document kinds the tool reads, by kind.</summary>
internal sealed class DocumentCatalog
{
    private readonly ImmutableSortedDictionary<string, DocumentKind> kinds;

    /// <summary>Creates a catalog.</summary>
    /// <param name="kinds">The kinds; each kind once.</param>
    /// <exception cref="ArgumentException">A kind is registered twice.</exception>
    public DocumentCatalog(IEnumerable<DocumentKind> kinds) =>
        this.kinds = UniqueKeys.Create(kinds, k => k.Kind, "kind", nameof(kinds));

    /// <summary>
    /// Gets the catalog of every document kind of the library: one line per kind, with the area's validator
    /// (e.g. <c>DocumentKind.Create(new OrganizationSnapshotValidator())</c>).
    /// </summary>
    public static DocumentCatalog Default { get; } = new(
    [
        DocumentKind.Create<Explanation>(new ExplanationDocumentValidator()),

        // Organizations
        DocumentKind.Create(new OrganizationSnapshotValidator()),
        DocumentKind.Create(new OrganizationEventLogValidator()),
        DocumentKind.Output<ComplianceReport>(),

        // Responsibilities
        DocumentKind.Create(Checked<ResponsibilityScheme>(scheme => ResponsibilityAssessmentEngine.ValidateScheme(scheme))),
        DocumentKind.Create(Checked<ResponsibilityDataSet>(ResponsibilityAssessmentEngine.ValidateData)),
        DocumentKind.Create(Checked<RectificationLedger>(RectificationLedgerEngine.Validate)),

        // Standardization
        DocumentKind.Create(Checked<IndicatorCatalogue>(catalogue => StandardizationEngine.ValidateCatalogue(catalogue))),
        DocumentKind.Create(Checked<TierScheme>(tiers => StandardizationEngine.ValidateTiers(tiers))),
        DocumentKind.Create(Checked<BranchRoster>(StandardizationEngine.ValidateRoster)),
        DocumentKind.Create(new StructureOnlyValidator<StandardizationDataSet>(
            "its standardization-catalogue (each assessment is checked against the catalogue's indicators)",
            v => v.RuleFor(x => x.Roster).Custom((roster, context) => StructureOnlyValidator<StandardizationDataSet>.AddAll(context, Under("Roster", StandardizationEngine.ValidateRoster(roster)))))),
        DocumentKind.Output<StandardizationOutcome>(),
        DocumentKind.Output<BranchScoreResult>(),
        DocumentKind.Output<TierNamingRound>(),
        DocumentKind.Output<CoverageReport>(),
        DocumentKind.Output<RectificationReport>(),

        // MemberPoints
        DocumentKind.Create(new PointsSchemeValidator()),
        DocumentKind.Create(new StructureOnlyValidator<MemberPointsDataSet>(
            "its member-points-scheme (standards, periods and strategies of the scheme)")),
        DocumentKind.Output<MemberPointsYearResult>(),
        DocumentKind.Output<MemberGradeExport>(),

        // DoubleReview
        DocumentKind.Create(Checked<DoubleReviewScheme>(scheme => DoubleReviewEngine.ValidateScheme(scheme))),
        DocumentKind.Create(new StructureOnlyValidator<DoubleReviewDataSet>(
            "its double-review-scheme and the as-of date (rater groups, rating scale, eligibility)")),
        DocumentKind.Output<DoubleReviewOutcome>(),

        // OrganizationalLife
        DocumentKind.Create(new StructureOnlyValidator<OrganizationalLifeRecords>(
            "its organizational-life-scheme and the as-of date (the frequencies, quorum and dues rules the records are checked against)")),
        DocumentKind.Create(new StructureOnlyValidator<OrganizationalLifeScheme>(
            "the organizational-life-records it is applied to (a scheme may only tighten the regulation's frequencies)")),

        // Supervision
        DocumentKind.Create(new StructureOnlyValidator<SupervisionCatalogue>("the supervision-records measured against it")),
        DocumentKind.Create(new StructureOnlyValidator<SupervisionRecords>("its supervision-catalogue (the key points its findings name)")),
        DocumentKind.Create(new StructureOnlyValidator<AccountabilityRecords>(
            "the supervision-records, rectification-ledgers and vetoes its facts name (AccountabilityEngine.Validate)")),

        // Assessment
        DocumentKind.Create(Checked<AssessmentScheme>(scheme => AnnualAssessment.ValidateScheme(scheme))),
        DocumentKind.Create(new StructureOnlyValidator<AssessmentDataSet>(
            "its assessment-scheme and the as-of date (components, factors and rules of the scheme)")),
        DocumentKind.Output<AssessmentResult>(),

        // Evaluation
        DocumentKind.Create(new StructureOnlyValidator<EvaluationManifest>(
            "the documents it lists (`pbeval evaluate MANIFEST` reads and validates them all)")),
    ]);

    /// <summary>Gets the kinds in name order.</summary>
    public IEnumerable<DocumentKind> All => kinds.Values;

    /// <summary>Finds a kind.</summary>
    public DocumentKind? Find(string kind) => kinds.GetValueOrDefault(kind);

    /// <summary>A validator that runs an area's public check of a document alone (e.g. <c>DoubleReviewEngine.ValidateScheme</c>).</summary>
    /// <summary>Places a report's paths under a property (<c>Branches[3]</c> → <c>Roster.Branches[3]</c>).</summary>
    private static ValidationReport Under(string property, ValidationReport report) =>
        new([.. report.Problems.Select(p => p with { Path = p.Path.Length == 0 ? property : property + "." + p.Path })]);

    private static InlineValidator<T> Checked<T>(Func<T, ValidationReport> check)
    {
        var validator = new InlineValidator<T>();
        validator.RuleFor(x => x).Custom((x, context) => StructureOnlyValidator<T>.AddAll(context, check(x)));
        return validator;
    }
}
