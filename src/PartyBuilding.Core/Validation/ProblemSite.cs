namespace PartyBuilding.Core.Validation;

/// <summary>
/// Where the problems of one element of a list go (<c>Meetings[3]</c>, <c>Assessments[2].Scores[12]</c>): a collector and
/// the element, whose path is built only when a problem is added, so that a check passing over millions of rows builds no
/// path for a row without a problem (issue 23, "no per-record heap allocation"). With no list, the collector's own place.
/// </summary>
/// <remarks>The paths are those of <see cref="ProblemCollector.At"/> with the same elements, and the problems are added in
/// the same order, so a check written with a site reports exactly what it reported with views.</remarks>
/// <param name="Problems">The collector the element's list belongs to.</param>
/// <param name="List">The list's name relative to the collector, or <see langword="null"/> for the collector's own place.</param>
/// <param name="Index">The element's index in the list.</param>
/// <param name="Inner">The name of a list inside the element, or <see langword="null"/>.</param>
/// <param name="InnerIndex">The index in that inner list.</param>
internal readonly record struct ProblemSite(ProblemCollector Problems, string? List, int Index, string? Inner = null, int InnerIndex = 0)
{
    /// <summary>Gets the site of an element of a list inside this one (<c>Scores[12]</c> of <c>Assessments[2]</c>).</summary>
    /// <param name="list">The list's name relative to this site.</param>
    /// <param name="index">The element's index.</param>
    /// <returns>The site.</returns>
    public ProblemSite Item(string list, int index) =>
        List is null ? new(Problems, list, index)
        : Inner is null ? new(Problems, List, Index, list, index)
        : new(At(), list, index);

    /// <summary>Adds a problem at a path relative to the element, as <see cref="ProblemCollector.Add"/> on the view <see cref="At"/> would.</summary>
    /// <param name="path">The path, relative to the element (empty for the element itself).</param>
    /// <param name="errorCode">The stable error code.</param>
    /// <param name="message">What is wrong and what is expected.</param>
    /// <param name="attemptedValue">The offending value as text, or <see langword="null"/>.</param>
    public void Add(string path, string errorCode, string message, string? attemptedValue)
    {
        if (List is null)
        {
            Problems.Add(path, errorCode, message, attemptedValue);
            return;
        }

        var element = Element();
        Problems.Add(path.Length == 0 ? element : path[0] == '[' ? element + path : element + "." + path, errorCode, message, attemptedValue);
    }

    /// <summary>Gets a collector placed at the element (built when a nested check needs one).</summary>
    /// <returns>The collector.</returns>
    public ProblemCollector At() => List is null ? Problems : Problems.At(Element());

    private string Element() => Inner is null
        ? string.Create(CultureInfo.InvariantCulture, $"{List}[{Index}]")
        : string.Create(CultureInfo.InvariantCulture, $"{List}[{Index}].{Inner}[{InnerIndex}]");
}
