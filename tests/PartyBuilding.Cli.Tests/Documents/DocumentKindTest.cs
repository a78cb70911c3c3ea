using FluentValidation;
using PartyBuilding.Cli.Documents;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Cli.Tests.Documents;

public class DocumentKindTest
{
    [Theory]
    [InlineData("", "$.content")]
    [InlineData("Label.ZhCn", "$.content.label.zhCn")]
    [InlineData("Organizations[3].ParentId", "$.content.organizations[3].parentId")]
    [InlineData("Scores[BZ-001].Value", "$.content.scores[BZ-001].value")]
    [InlineData("ID", "$.content.id")]
    public void JsonPath_ValidatorPropertyPath_BecomesDocumentPath(string propertyPath, string expected) =>
        DocumentKind.JsonPath(propertyPath).Should().Be(expected);

    [Fact]
    public void Validate_ValidatorProblems_UseDocumentPaths()
    {
        var validator = new InlineValidator<Explanation>();
        validator.RuleFor(x => x.Label.ZhCn).Must(_ => false).WithErrorCode("TEST.CODE");
        var kind = DocumentKind.Create(validator);

        var problems = kind.Check(System.Text.Encoding.UTF8.GetBytes(Commands.ValidateCommandTest.ValidExplanation()));

        problems.Should().ContainSingle().Which.Path.Should().Be("$.content.label.zhCn");
    }
}
