using System.Text.Json.Serialization.Metadata;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Supervision;

/// <summary>An aspect of a supervision catalogue (督导方面), under which key supervision points are listed.</summary>
/// <param name="Id">The aspect's identifier, unique within the catalogue.</param>
/// <param name="Title">What the aspect covers.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record SupervisionAspect(SupervisionAspectId Id, LocalizedText Title);

/// <summary>A key supervision point (重点督导内容) of a catalogue: what a supervision group checks, under one aspect.</summary>
/// <param name="Id">The point's identifier, unique within the catalogue.</param>
/// <param name="Aspect">The aspect it belongs to.</param>
/// <param name="Text">What is checked.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record SupervisionPoint(SupervisionPointId Id, SupervisionAspectId Aspect, LocalizedText Text);

/// <summary>
/// A working committee's catalogue of supervision (督导内容清单): aspects, each with its key points, that the supervision
/// groups check and that findings are measured against. Article 004 sets 14 aspects with 53 key points
/// (<see cref="SupervisionCitations.FourteenAspects"/>) and gives only the counts.
/// </summary>
/// <param name="Title">The catalogue's title.</param>
/// <param name="Aspects">The aspects.</param>
/// <param name="Points">The key points, each under one aspect.</param>
/// <remarks>The area's scheme: <see cref="SupervisionEngine"/> checks records against it. Immutable and thread-safe; value-equal.</remarks>
public sealed record SupervisionCatalogue(
    LocalizedText Title,
    ValueArray<SupervisionAspect> Aspects,
    ValueArray<SupervisionPoint> Points) : IDocumentContent
{
    /// <inheritdoc />
    public static string DocumentKind => "supervision-catalogue";

    /// <inheritdoc />
    static IJsonTypeInfoResolver IDocumentContent.JsonMetadata => SupervisionJson.Metadata;

    /// <summary>Gets a value indicating whether the texts are illustrative (示例), e.g. a seed in the shape of article 004 whose texts the article does not give.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault)]
    public bool IsIllustrative { get; init; }

    /// <summary>Gives the citation of a node that rests on the catalogue: article 004's shape, marked illustrative when the catalogue is.</summary>
    /// <returns>The citation.</returns>
    internal Citation Cite() => IsIllustrative ? SupervisionCitations.FourteenAspects.AsIllustrative() : SupervisionCitations.FourteenAspects;
}
