using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Evaluation;

/// <summary>
/// One area of the annual evaluation, registered once in <see cref="EvaluationAreas.BuiltIn"/>: its documents, its checks,
/// its engine, the organization-structure references of its documents and its adapter to assessment component inputs.
/// <see cref="AnnualEvaluation"/> and <see cref="EvaluationManifestLoader"/> iterate the registrations and name no area.
/// </summary>
/// <remarks>
/// Internal: the registration is the library's seam for its own areas (and for tests, through
/// <see cref="AnnualEvaluation.Run(AnnualEvaluationInputs, LocalDate, ImmutableArray{EvaluationArea}, CancellationToken)"/>). A caller with
/// a component of its own gives it as <see cref="AnnualEvaluationInputs.GivenInputs"/> (docs/architecture.md).
/// </remarks>
internal abstract class EvaluationArea
{
    /// <summary>Initializes a registration.</summary>
    /// <param name="name">The area's key: <c>components.&lt;name&gt;</c> in problems about the component it feeds.</param>
    /// <param name="enginePath">The prefix of its engine's problems (e.g. <c>doubleReview.Data.Ballots[3]</c>).</param>
    /// <param name="title">The area's name in words (gap reasons and problems).</param>
    /// <param name="documents">Its documents, in manifest order.</param>
    protected EvaluationArea(string name, string enginePath, LocalizedText title, params EvaluationDocument[] documents)
    {
        Name = name;
        EnginePath = enginePath;
        Title = title;
        Documents = [.. documents];
    }

    /// <summary>Gets the area's key, e.g. <c>doubleReview</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the prefix of its engine's problems.</summary>
    public string EnginePath { get; }

    /// <summary>Gets the area's name in words, e.g. 双述双评 / double review.</summary>
    public LocalizedText Title { get; }

    /// <summary>Gets its documents.</summary>
    public ImmutableArray<EvaluationDocument> Documents { get; }

    /// <summary>
    /// Gets a value indicating whether other areas read the area's documents (the records of organizational life), so that
    /// they are not unused when the area feeds no component of its own.
    /// </summary>
    public virtual bool SuppliesOtherAreas => false;

    /// <summary>Gets the component of the assessment scheme the area feeds.</summary>
    /// <param name="components">The composition's settings.</param>
    /// <returns>The component, or <see langword="null"/> when the area feeds none (and is not run).</returns>
    public abstract AssessmentComponentId? Component(EvaluationComponents components);

    /// <summary>Gets the precedence rules of the scheme the area raises, with the path of the setting that names each.</summary>
    /// <param name="components">The composition's settings.</param>
    /// <returns>The rules; none by default.</returns>
    public virtual IEnumerable<(string Path, AssessmentFactorId? Rule)> Rules(EvaluationComponents components) => [];

    /// <summary>Gets the rules of the scheme the area raises that may be a veto, a forced downgrade or a deduction item, with the path of the setting that names each.</summary>
    /// <param name="components">The composition's settings.</param>
    /// <returns>The rules; none by default.</returns>
    public virtual IEnumerable<(string Path, AssessmentFactorId? Rule)> Factors(EvaluationComponents components) => [];

    /// <summary>Checks what the area's settings and documents must agree on beyond each document's own engine check.</summary>
    /// <param name="inputs">The evaluation's documents.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <returns>The problems; none by default.</returns>
    public virtual IEnumerable<ValidationProblem> Check(AnnualEvaluationInputs inputs, LocalDate asOf) => [];

    /// <summary>Checks every organization, branch, member and district the area's documents reference against the registry on the date.</summary>
    /// <param name="inputs">The evaluation's documents.</param>
    /// <param name="check">The check, which resolves references and collects the problems.</param>
    public virtual void CheckReferences(AnnualEvaluationInputs inputs, OrganizationStructureCheck check)
    {
    }

    /// <summary>Runs the area's engine (its <c>Evaluate</c>, which validates its documents first); only called when the area feeds a component and every document is given.</summary>
    /// <param name="inputs">The evaluation's documents.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <param name="cancellationToken">Stops the engine between members, branches or records where its work is long.</param>
    /// <returns>The area's result.</returns>
    /// <exception cref="PartyBuildingValidationException">A document of the area is not valid.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public abstract object Evaluate(AnnualEvaluationInputs inputs, LocalDate asOf, CancellationToken cancellationToken);

    /// <summary>Adapts the area's result to component inputs, with a reason for each organization it gives none.</summary>
    /// <param name="result">The result <see cref="Evaluate"/> gave.</param>
    /// <param name="context">The evaluation's documents, the registry's tree on the date and the component.</param>
    /// <returns>The inputs and the known gaps.</returns>
    public abstract AreaComponents Adapt(object result, AreaContext context);
}

/// <summary>A registration whose engine gives a result of a known type.</summary>
/// <typeparam name="TResult">The engine's result.</typeparam>
internal abstract class EvaluationArea<TResult> : EvaluationArea
    where TResult : class
{
    /// <summary>Initializes a registration.</summary>
    /// <param name="name">The area's key.</param>
    /// <param name="enginePath">The prefix of its engine's problems.</param>
    /// <param name="title">The area's name in words.</param>
    /// <param name="documents">Its documents.</param>
    protected EvaluationArea(string name, string enginePath, LocalizedText title, params EvaluationDocument[] documents)
        : base(name, enginePath, title, documents)
    {
    }

    /// <inheritdoc />
    public sealed override object Evaluate(AnnualEvaluationInputs inputs, LocalDate asOf, CancellationToken cancellationToken) => Run(inputs, asOf, cancellationToken);

    /// <inheritdoc />
    public sealed override AreaComponents Adapt(object result, AreaContext context) => Adapt((TResult)result, context);

    /// <summary>Runs the area's engine.</summary>
    /// <param name="inputs">The evaluation's documents, every one of the area given.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <param name="cancellationToken">
    /// Checked inside the engines whose work grows with the members and records (member points per member, standardization
    /// per branch assessment, organizational life per branch); the others finish in milliseconds and do not check it.
    /// </param>
    /// <returns>The result.</returns>
    protected abstract TResult Run(AnnualEvaluationInputs inputs, LocalDate asOf, CancellationToken cancellationToken);

    /// <summary>Adapts the result.</summary>
    /// <param name="result">The result.</param>
    /// <param name="context">The context.</param>
    /// <returns>The inputs and the known gaps.</returns>
    protected abstract AreaComponents Adapt(TResult result, AreaContext context);
}

/// <summary>What an area's adapter works from.</summary>
/// <param name="Inputs">The evaluation's documents.</param>
/// <param name="Tree">The registry's tree on the evaluation date.</param>
/// <param name="Component">The component the area feeds.</param>
internal sealed record AreaContext(AnnualEvaluationInputs Inputs, OrganizationTree Tree, AssessmentComponentId Component);

/// <summary>An area's component inputs and the organizations it knows it gives none, with reasons.</summary>
/// <param name="Inputs">The inputs.</param>
/// <param name="Missing">The known gaps.</param>
internal sealed record AreaComponents(ImmutableArray<ComponentInput> Inputs, ImmutableArray<MissingComponent> Missing)
{
    /// <summary>Gets the inputs of an area that knows no gap.</summary>
    /// <param name="inputs">The inputs.</param>
    /// <returns>The inputs with no gap.</returns>
    public static AreaComponents Of(ImmutableArray<ComponentInput> inputs) => new(inputs, []);
}
