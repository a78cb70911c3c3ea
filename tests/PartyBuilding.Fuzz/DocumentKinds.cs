using System.Text;
using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.DoubleReview;
using PartyBuilding.Core.Evaluation;
using PartyBuilding.Core.MemberPoints;
using PartyBuilding.Core.OrganizationalLife;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Responsibilities;
using PartyBuilding.Core.Serialization;
using PartyBuilding.Core.Standardization;
using PartyBuilding.Core.Supervision;

namespace PartyBuilding.Fuzz;

/// <summary>How to read and write one document kind through <see cref="PartyBuildingJson"/>: read from bytes (the whole text) or from a stream that can seek (scanned a block at a time and bound from the stream).</summary>
internal sealed record DocumentKind(string Kind, Func<byte[], object> Read, Func<Stream, object> ReadStream, Func<object, string> Write)
{
    /// <summary>Every document kind of the library.</summary>
    public static ImmutableArray<DocumentKind> All { get; } =
    [
        Of<Explanation>(),
        Of<OrganizationSnapshot>(), Of<OrganizationEventLog>(), Of<ComplianceReport>(),
        Of<ResponsibilityScheme>(), Of<ResponsibilityDataSet>(), Of<RectificationLedger>(),
        Of<IndicatorCatalogue>(), Of<TierScheme>(), Of<BranchRoster>(), Of<StandardizationDataSet>(), Of<BranchScoreResult>(),
        Of<TierNamingRound>(), Of<CoverageReport>(), Of<StandardizationOutcome>(), Of<RectificationReport>(),
        Of<PointsScheme>(), Of<MemberPointsDataSet>(), Of<MemberPointsYearResult>(), Of<MemberGradeExport>(),
        Of<DoubleReviewScheme>(), Of<DoubleReviewDataSet>(), Of<DoubleReviewOutcome>(),
        Of<AssessmentScheme>(), Of<AssessmentDataSet>(), Of<AssessmentResult>(),
        Of<EvaluationManifest>(),
        Of<OrganizationalLifeRecords>(), Of<OrganizationalLifeScheme>(),
        Of<SupervisionCatalogue>(), Of<SupervisionRecords>(), Of<AccountabilityRecords>(),
    ];

    private static readonly ImmutableDictionary<string, DocumentKind> ByKind = All.ToImmutableDictionary(k => k.Kind, StringComparer.Ordinal);

    /// <summary>Finds a kind by its name in the envelope.</summary>
    public static DocumentKind? Find(string? kind) => kind is null ? null : ByKind.GetValueOrDefault(kind);

    /// <summary>The kind of a content type.</summary>
    public static DocumentKind Of<T>()
        where T : class, IDocumentContent =>
        new(T.DocumentKind, bytes => PartyBuildingJson.Deserialize<T>(bytes), stream => PartyBuildingJson.Deserialize<T>(stream), content => PartyBuildingJson.Serialize((T)content));

    /// <summary>Writes content and reads it back: the value read must equal the value written, and writing it again gives the same text.</summary>
    /// <returns>A description of the difference, or <see langword="null"/> when the round trip is the identity.</returns>
    public string? RoundTripProblem(object content)
    {
        var first = Write(content);
        var back = Read(Encoding.UTF8.GetBytes(first));
        if (!Equals(back, content))
        {
            return $"{Kind}: the value read back from its own JSON does not equal the value written";
        }

        return Write(back) == first ? null : $"{Kind}: writing the value read back gives different JSON";
    }
}
