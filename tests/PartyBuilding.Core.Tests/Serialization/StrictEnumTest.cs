using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Evaluation;
using PartyBuilding.Core.Serialization;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Tests.Serialization;

/// <summary>
/// Enumerations cross the JSON boundary only as the names of defined values: the rule behind the fuzz finding of a grade
/// given as <c>2147483647</c>, applied to every enumeration of the library.
/// </summary>
public sealed class StrictEnumTest
{
    private static string ExplanationWith(string combination) =>
        $$$"""{"schemaVersion":"1.0","kind":"explanation","content":{"label":{"zhCn":"分","english":"P"},"value":1,"combination":{{{combination}}}}}""";

    [Theory]
    [InlineData("\"Given\"")]
    [InlineData("\"given\"")]
    [InlineData("\"GIVEN\"")]
    public void Deserialize_EnumAsTheNameOfADefinedValue_IsRead_InAnyCase(string combination)
    {
        var explanation = PartyBuildingJson.Deserialize<Explanation>(ExplanationWith(combination));

        explanation.Combination.Should().Be(ExplanationCombination.Given);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("2147483647")]
    [InlineData("\"1\"")]
    [InlineData("\"Given, Sum\"")]
    [InlineData("\"Unknown\"")]
    [InlineData("\"\"")]
    [InlineData("true")]
    public void Deserialize_EnumAsANumberOrAnUnknownName_IsRefusedAsUndefinedWithItsPath(string combination)
    {
        var problem = FluentActions.Invoking(() => PartyBuildingJson.Deserialize<Explanation>(ExplanationWith(combination)))
            .Should().Throw<PartyBuildingValidationException>().Which.Problems.Should().ContainSingle().Subject;

        problem.ErrorCode.Should().Be(CommonErrorCodes.UndefinedEnumValue);
        problem.Path.Should().Be("$.content.combination");
        problem.Message.Should().Contain(nameof(ExplanationCombination.Given));
    }

    [Fact]
    public void Serialize_EnumIsWrittenAsItsName()
    {
        var explanation = PartyBuildingJson.Deserialize<Explanation>(ExplanationWith("\"given\""));

        PartyBuildingJson.Serialize(explanation).Should().Contain("\"combination\": \"Given\"");
    }

    [Fact]
    public void EveryEnumerationOfTheLibrary_IsReadByTheStrictConverter_UnderTheLibrarysMetadataAndAHostsDefaults()
    {
        // The converter is an attribute on each enumeration, so it applies wherever the type is read or written: in a
        // document, through the metadata a host registers, and under a host's reflection-based defaults.
        var library = new JsonSerializerOptions { TypeInfoResolver = PartyBuildingJsonMetadata.TypeInfoResolver };
        var host = new JsonSerializerOptions(JsonSerializerDefaults.Web) { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };
        var enums = typeof(Score).Assembly.GetExportedTypes().Where(type => type.IsEnum).ToArray();

        enums.Should().HaveCountGreaterThan(30);
        foreach (var type in enums)
        {
            if (library.TryGetTypeInfo(type, out var info))
            {
                info.Converter.GetType().Name.Should().StartWith("StrictEnumConverter", because: $"{type.Name} is read from documents");
            }

            host.GetTypeInfo(type).Converter.GetType().Name.Should().StartWith("StrictEnumConverter", because: $"{type.Name} is written by hosts");
        }
    }
}
