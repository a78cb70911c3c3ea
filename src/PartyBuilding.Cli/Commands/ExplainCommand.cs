using PartyBuilding.Cli.Arguments;
using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Cli.Commands;

/// <summary>
/// <c>explain [DATASET] --org ID</c>: prints one organization's assessment as its explanation tree — every component,
/// bonus and deduction down to the inputs, with the strategies, parameters and citations that made each figure — then
/// the vetoes and downgrades applied, its ranks and the reproducibility receipt.
/// </summary>
internal sealed class ExplainCommand : ICommand
{
    private static readonly OptionSpec Org = new("org", "ID", "The organization to explain.", Required: true);

    public CommandSpec Spec { get; } = new(
        "explain",
        "Print the explanation tree of one organization's result, with citations.",
        "[DATASET]",
        0,
        1,
        [Org, EvaluationInputs.Scheme, EvaluationInputs.Year, EvaluationInputs.AsOf]);

    public int Execute(ParsedArguments arguments, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(context);
        var text = arguments.Required(Org.Name);
        if (!OrganizationId.TryParse(text, out var id))
        {
            throw CliException.Usage($"--org must be an organization identifier, not '{text}'.");
        }

        var result = EvaluationInputs.Run(arguments, context with { Stderr = TextWriter.Null }).Result;
        var organization = result.Organizations.FirstOrDefault(o => o.Organization == id)
            ?? throw CliException.Input($"organization '{id}' is not in the data set; it holds {string.Join(", ", result.Organizations.Select(o => o.Organization))}.");

        var english = context.Language == DisplayLanguage.English;
        var output = context.Stdout;
        output.Write(organization.Explanation.ToText(context.Language));
        foreach (var rule in organization.Rules)
        {
            output.WriteLine(english
                ? $"{AssessmentLabels.PrecedenceRuleKinds[rule.Kind].English} {rule.Rule}: {AssessmentLabels.GradeBands[rule.Before].English} → {AssessmentLabels.GradeBands[rule.After].English} ({rule.Reason})"
                : $"{AssessmentLabels.PrecedenceRuleKinds[rule.Kind].ZhCn} {rule.Rule}：{AssessmentLabels.GradeBands[rule.Before].ZhCn} → {AssessmentLabels.GradeBands[rule.After].ZhCn}（{rule.Reason}）");
        }

        var band = AssessmentLabels.GradeBands[organization.Band].In(context.Language);
        output.WriteLine(english
            ? $"band {band}; rank {organization.CommitteeRank} of {result.Organizations.Length} in {result.CommitteeId}, {organization.DistrictRank} in district {organization.District}"
            : $"档次 {band}；全委排名 {organization.CommitteeRank}/{result.Organizations.Length}，责任区 {organization.District} 内排名 {organization.DistrictRank}");
        output.WriteLine($"receipt {result.Receipt.Algorithm} {result.Receipt.Sha256} (library {result.Receipt.LibraryVersion})");
        return ExitCodes.Success;
    }
}
