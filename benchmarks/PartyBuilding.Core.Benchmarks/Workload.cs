using PartyBuilding.Cli.Generation;

namespace PartyBuilding.Core.Benchmarks;

/// <summary>
/// The province-scale workload of issue 11, built in memory by the synthetic generator (seed 1): about 130 departments,
/// 5,000 branches and 50,000 members times the scale, with 12 months of declarations and their audits, quarterly mass
/// reviews, a 52-indicator standardization assessment per branch and both double-review rounds.
/// </summary>
/// <remarks>
/// Building the 16× workload takes minutes and gigabytes, so the last one built is kept for the next benchmark case of
/// the same scale (run in-process); only one scale is held at a time.
/// </remarks>
internal static class Workload
{
    /// <summary>The environment variable that lists the scales to run, comma-separated (e.g. <c>1x,4x,16x</c>; default <c>smoke</c>).</summary>
    public const string ScalesVariable = "PBBENCH_SCALES";

    /// <summary>The scale of CI's dry run: ten province-shaped departments (about 380 branches, 3,800 members).</summary>
    public const string Smoke = "smoke";

    private static readonly object Gate = new();
    private static (string Scale, SyntheticEvaluation Evaluation)? _current;

    /// <summary>
    /// Gets the scales to run: <see cref="ScalesVariable"/> (<c>1x</c>, <c>4x</c>, <c>16x</c> times the province), by default
    /// <see cref="Smoke"/> only, so that CI's dry run of every benchmark stays within a couple of minutes.
    /// </summary>
    public static IEnumerable<string> Scales =>
        (Environment.GetEnvironmentVariable(ScalesVariable) is { Length: > 0 } text ? text : Smoke)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Gets the shape of a scale.</summary>
    /// <param name="scale"><see cref="Smoke"/> or a factor of the province such as <c>4x</c>.</param>
    /// <returns>The shape.</returns>
    /// <exception cref="ArgumentException">The scale is neither.</exception>
    public static SyntheticShape Shape(string scale) => scale == Smoke
        ? SyntheticShape.Province with { Departments = 10 }
        : int.TryParse(scale.TrimEnd('x'), NumberStyles.None, CultureInfo.InvariantCulture, out var factor) && factor > 0
            ? SyntheticShape.Province.Times(factor)
            : throw new ArgumentException($"Unknown scale '{scale}': use {Smoke} or a factor such as 4x.", nameof(scale));

    /// <summary>Builds (or reuses) the province workload at a scale.</summary>
    /// <param name="scale"><see cref="Smoke"/> or a factor of the province such as <c>4x</c>.</param>
    /// <returns>The typed inputs, the evaluation date and the manifest.</returns>
    public static SyntheticEvaluation Province(string scale)
    {
        lock (Gate)
        {
            if (_current is { } cached && cached.Scale == scale)
            {
                return cached.Evaluation;
            }

            _current = null;
            GC.Collect();
            var evaluation = new SyntheticDataSet(Shape(scale), 1, Console.Error.WriteLine).BuildEvaluation();
            _current = (scale, evaluation);
            return evaluation;
        }
    }
}
