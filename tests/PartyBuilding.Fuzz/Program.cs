namespace PartyBuilding.Fuzz;

/// <summary>
/// The fuzz harness of PartyBuilding.Core:
/// <c>dotnet run --project tests/PartyBuilding.Fuzz -c Release -- [--count N] [--seed N] [--start N] [--time-limit SECONDS] [--jobs N] [--seeds DIR] [--findings DIR] [--mutator bytes|typed] [--target library|cli] [--profile] [--replay FILE]</c>.
/// Prints one summary line; exit code 0 when nothing was found, 1 on any finding, 2 on a usage error.
/// </summary>
internal static class Program
{
    private const string Usage = "usage: PartyBuilding.Fuzz [--count N] [--seed N] [--start N] [--time-limit SECONDS] [--jobs N] [--seeds DIR] [--findings DIR] [--mutator bytes|typed] [--target library|cli] [--profile] [--replay FILE]";

    public static int Main(string[] args)
    {
        FuzzOptions options;
        try
        {
            options = Parse(args);
        }
        catch (FormatException e)
        {
            Console.Error.WriteLine(e.Message);
            Console.Error.WriteLine(Usage);
            return 2;
        }

        var corpus = SeedCorpus.Load(options.SeedDirectory);
        if (options.Replay is { } replay)
        {
            return Replay(corpus, replay, options.Cli);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"fuzz: {corpus.Seeds.Length} seed documents from {options.SeedDirectory}, {options.Count} inputs from {options.Start}, seed {options.Seed}, {(options.Typed ? "typed" : "byte-level")} mutations into {(options.Cli ? "pbeval's commands" : "the library")}, {options.Jobs} jobs, time limit {options.TimeLimit.TotalSeconds} s"));
        var summary = FuzzRunner.Run(options, corpus, Console.WriteLine);
        foreach (var finding in summary.Findings)
        {
            Console.WriteLine($"finding: input {finding.Index} from {finding.SeedPath} as {finding.Kind} ({finding.Recipe}): {finding.Problem} -> {finding.SavedAs}");
        }

        Console.WriteLine(summary.Line(options));
        return summary.Findings.IsEmpty ? 0 : 1;
    }

    /// <summary>Runs one saved input again (<c>--replay FILE.json</c>, next to the FILE.txt the run wrote), with its time.</summary>
    private static int Replay(SeedCorpus corpus, string path, bool cli)
    {
        var notes = File.ReadAllLines(Path.ChangeExtension(path, ".txt"));
        string Note(string name) => notes.First(l => l.StartsWith(name + ": ", StringComparison.Ordinal))[(name.Length + 2)..];
        var input = new FuzzInput(0, Note("seed path"), Note("read as"), File.ReadAllBytes(path), Note("recipe"));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using var tool = cli ? new CliTargets(corpus) : null;
        var outcome = (tool ?? (ITargets)new Targets(corpus)).Run(input);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"replay: {outcome} in {clock.Elapsed.TotalSeconds:F2} s"));
        return 0;
    }

    internal static FuzzOptions Parse(IReadOnlyList<string> args)
    {
        var options = new FuzzOptions(10_000, 1, 0, TimeSpan.FromSeconds(2), 1, FuzzOptions.DefaultSeeds, Path.Combine(Environment.CurrentDirectory, "fuzz-findings"));
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new FormatException($"{name} needs a value.");
            long Number(long min) => long.TryParse(Value(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min
                ? n
                : throw new FormatException($"{name} needs a whole number of at least {min}.");
            options = name switch
            {
                "--count" => options with { Count = Number(1) },
                "--seed" => options with { Seed = checked((int)Number(0)) },
                "--start" => options with { Start = Number(0) },
                "--time-limit" => options with { TimeLimit = TimeSpan.FromSeconds(Number(1)) },
                "--jobs" => options with { Jobs = checked((int)Number(1)) },
                "--seeds" => options with { SeedDirectory = Value() },
                "--findings" => options with { FindingsDirectory = Value() },
                "--mutator" => options with
                {
                    Typed = Value() switch
                    {
                        "bytes" => false,
                        "typed" => true,
                        var other => throw new FormatException($"--mutator is bytes or typed, not '{other}'."),
                    },
                },
                "--target" => options with
                {
                    Cli = Value() switch
                    {
                        "library" => false,
                        "cli" => true,
                        var other => throw new FormatException($"--target is library or cli, not '{other}'."),
                    },
                },
                "--profile" => options with { Profile = true },
                "--replay" => options with { Replay = Value() },
                _ => throw new FormatException($"Unknown option {name}."),
            };
        }

        return options;
    }
}
