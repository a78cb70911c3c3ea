using System.Text.Json;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.MemberPoints;
using PartyBuilding.Core.Serialization;
using PartyBuilding.Core.Tests.Evaluation;

namespace PartyBuilding.Core.Tests.Serialization;

/// <summary>
/// The digest's own ways of writing a document (compact, dates and months written from their numbers, large lists digested
/// apart and handed in sorted) give the value of its definition: the digest of the JSON the library writes for the
/// content, read back token by token (<see cref="CanonicalDigest.DigestStream"/>, pinned byte for byte by
/// <see cref="CanonicalDigestValuesTest"/>).
/// </summary>
public sealed class CanonicalDigestPathsTest
{
    private static readonly MemberId Member = MemberId.Parse("BZ-001-B01-M001");
    private static readonly OrganizationId Branch = OrganizationId.Parse("BZ-001-B01");
    private static readonly PointsStandardId Standard = PointsStandardId.Parse("S-01");

    [Fact]
    public void LibraryRule_TheDigestOfEveryBundledDocument_IsTheDigestOfTheJsonTheLibraryWritesForIt()
    {
        var inputs = EvaluationFixtures.Inputs;

        Check(inputs.Organizations);
        Check(inputs.OrganizationEvents!);
        Check(inputs.GivenInputs!);
        Check(inputs.DoubleReviewScheme!);
        Check(inputs.DoubleReviewData!);
        Check(inputs.StandardizationCatalogue!);
        Check(inputs.StandardizationTiers!);
        Check(inputs.StandardizationData!);
        Check(inputs.MemberPointsScheme!);
        Check(inputs.MemberPointsData!);
        Check(inputs.ResponsibilityScheme!);
        Check(inputs.ResponsibilityData!);
        Check(inputs.RectificationLedger!);
        Check(inputs.OrganizationalLifeRecords!);
        Check(inputs.OrganizationalLifeScheme!);
    }

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(9, 12, 31)]
    [InlineData(999, 2, 28)]
    [InlineData(2024, 2, 29)]
    [InlineData(9999, 12, 31)]
    [InlineData(0, 6, 15)]
    [InlineData(-5, 3, 1)]
    public void LibraryRule_DatesAndMonthsWrittenForTheDigest_AreTheLibrarysText_InsideAndOutsideYears0To9999(int year, int month, int day)
    {
        var date = new LocalDate(year, month, day);
        var data = Points(
            [new Declaration(DeclarationId.Parse("D-1"), Member, Standard, new YearMonth(year, month), date, date, Note: "\"引号\" \\ <b>\u0001")],
            [new MemberRosterEntry(Member, date, [new BranchAssignment(Branch, date, date)], ProbationEndsOn: date)]);

        Check(data);
    }

    [Fact]
    public void LibraryRule_AListDigestedApartInSlices_CountsAsItsSortedElementDigests_WhateverItsOrder()
    {
        var declarations = Enumerable.Range(0, 50).Select(Declaration).ToArray();
        var data = Points(declarations, [new MemberRosterEntry(Member, new LocalDate(2012, 7, 1), [])]);
        var permuted = data with { Declarations = [.. Enumerable.Reverse(declarations)] };

        foreach (var content in new[] { data, permuted })
        {
            var elements = new ElementDigest[declarations.Length];
            using var sink = new CanonicalDigest.DigestStream();
            for (var start = 0; start < elements.Length; start += 7)
            {
                CanonicalDigest.ElementsOf<MemberPointsDataSet, Declaration>(content.Declarations, start, elements.AsSpan(start, Math.Min(7, elements.Length - start)), sink);
            }

            Array.Sort(elements);
            var substitute = new CanonicalDigest.Substitute("declarations"u8.ToArray(), elements);

            CanonicalDigest.Of(content with { Declarations = default }, [substitute]).Should().Be(Old(data));
        }
    }

    [Fact]
    public void LibraryRule_ASubstituteWhoseListIsMissingOrNotEmpty_GivesNoDigest_SoTheWholeDocumentIsDigested()
    {
        var data = Points([Declaration(1)], []);
        var none = new CanonicalDigest.Substitute("declarations"u8.ToArray(), []);

        CanonicalDigest.Of(data with { Declarations = default }, [none]).Should().NotBeNull("the list is where the substitute says, empty");
        CanonicalDigest.Of(data, [none]).Should().BeNull("the list is not empty");
        CanonicalDigest.Of(data with { Declarations = default }, [none with { Name = "declaration"u8.ToArray() }]).Should().BeNull("no property has the name");
        CanonicalDigest.Of(data with { Declarations = default }, [none with { Name = "memberId"u8.ToArray() }]).Should().BeNull("the name is not the content's own property");
    }

    private static MemberPointsDataSet Points(Declaration[] declarations, MemberRosterEntry[] roster) =>
        new(AssessmentYear.Create(2024), OrganizationId.Parse("BZ-WC"), [new BranchParent(Branch, OrganizationId.Parse("BZ-001"))], [.. roster], [.. declarations]);

    private static Declaration Declaration(int i) => new(
        DeclarationId.Parse(string.Create(CultureInfo.InvariantCulture, $"D-{i:D4}")), Member, Standard, new YearMonth(2024, 1 + (i % 12)),
        new LocalDate(2024, 1 + (i % 12), 1 + (i % 28)), new LocalDate(2024, 12, 31), 1 + (i % 3), i % 2 == 0 ? null : $"第{i}项 \"note\"");

    private static void Check<T>(T content)
        where T : class, IDocumentContent => CanonicalDigest.Of(content).Should().Be(Old(content), typeof(T).Name);

    /// <summary>The digest by its definition: the library's JSON of the content (indented, its own converters) read back in blocks.</summary>
    private static string Old<T>(T content)
        where T : class, IDocumentContent
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(content, PartyBuildingJson.TypeInfo<T>());
        using var sink = new CanonicalDigest.DigestStream();
        for (var at = 0; at < json.Length; at += 1000)
        {
            sink.Write(json, at, Math.Min(1000, json.Length - at));
        }

        return Convert.ToHexString(sink.Finish()).ToLowerInvariant();
    }
}
