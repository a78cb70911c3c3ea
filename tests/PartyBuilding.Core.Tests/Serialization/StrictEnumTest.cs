using PartyBuilding.Core.Common;
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
    public void EveryEnumerationOfADocument_IsReadByTheStrictConverter()
    {
        var typeInfo = typeof(PartyBuildingJson).GetMethod(nameof(PartyBuildingJson.TypeInfo))!;
        var enums = typeof(Score).Assembly.GetExportedTypes().Where(type => type.IsEnum).ToArray();
        var checkedCount = 0;

        foreach (var type in enums)
        {
            System.Text.Json.Serialization.Metadata.JsonTypeInfo info;
            try
            {
                info = (System.Text.Json.Serialization.Metadata.JsonTypeInfo)typeInfo.MakeGenericMethod(type).Invoke(null, null)!;
            }
            catch (System.Reflection.TargetInvocationException ex) when (ex.InnerException is NotSupportedException)
            {
                continue; // not part of any document
            }

            info.Converter.GetType().Name.Should().StartWith("StrictEnumConverter", because: $"{type.Name} is read from documents");
            checkedCount++;
        }

        checkedCount.Should().BeGreaterThan(30);
    }
}
