using PartyBuilding.Core.Common;
using PartyBuilding.Core.Evaluation;
using PartyBuilding.Core.Serialization;

namespace PartyBuilding.Core.Tests.Evaluation;

/// <summary>The committee-by-committee run: one committee at a time from a sequence, failures kept per committee.</summary>
public sealed class CommitteeByCommitteeTest
{
    private static CommitteeInputs Seed => new(EvaluationFixtures.Inputs, EvaluationFixtures.AsOf);

    private static CommitteeInputs WrongYear => new(EvaluationFixtures.Inputs with { Year = AssessmentYear.Create(2017) }, EvaluationFixtures.AsOf);

    private static EvaluationManifest Manifest
    {
        get
        {
            using var stream = File.OpenRead(EvaluationFixtures.ManifestPath);
            return PartyBuildingJson.Deserialize<EvaluationManifest>(stream);
        }
    }

    [Fact]
    public void Run_EvaluatesEachCommitteeInOrder_AsAnnualEvaluationDoes_AndKeepsAnInvalidOneAsProblems()
    {
        var results = CommitteeByCommittee.Run([Seed, WrongYear, Seed]).ToArray();

        results.Select(r => r.Succeeded).Should().Equal(true, false, true);
        results[0].Result.Should().Be(EvaluationFixtures.Result);
        results[0].Problems.Should().BeEmpty();
        results[0].Committee.Should().Be(OrganizationId.Parse("BZ-WC"));
        results[1].Year.Should().Be(AssessmentYear.Create(2017));
        results[1].Result.Should().BeNull();
        results[1].Problems.Should().Contain(p => p.ErrorCode == EvaluationErrorCodes.YearMismatch);
        results[2].Should().Be(results[0]);
    }

    [Fact]
    public void Run_IsLazy_ReadingTheNextCommitteeOnlyWhenItsTurnComes()
    {
        var produced = 0;
        IEnumerable<CommitteeInputs> Produce()
        {
            for (var i = 0; i < 3; i++)
            {
                produced++;
                yield return Seed;
            }
        }

        var run = CommitteeByCommittee.Run(Produce());
        produced.Should().Be(0);

        using var enumerator = run.GetEnumerator();
        enumerator.MoveNext().Should().BeTrue();
        produced.Should().Be(1);
        enumerator.Current.Succeeded.Should().BeTrue();
    }

    [Fact]
    public async Task RunAsync_GivesTheSameResults_AndStopsWhenCancelled()
    {
        var results = new List<CommitteeEvaluation>();
        await foreach (var result in CommitteeByCommittee.RunAsync(Produce([Seed, WrongYear])))
        {
            results.Add(result);
        }

        results.Should().Equal(CommitteeByCommittee.Run([Seed, WrongYear]));

        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var run = async () =>
        {
            await foreach (var _ in CommitteeByCommittee.RunAsync(Produce([Seed]), cancelled.Token))
            {
            }
        };
        await run.Should().ThrowAsync<OperationCanceledException>();

        static async IAsyncEnumerable<CommitteeInputs> Produce(CommitteeInputs[] items)
        {
            foreach (var item in items)
            {
                await Task.Yield();
                yield return item;
            }
        }
    }

    [Fact]
    public void RunManifests_ReadsEachManifestsDocuments_AndReportsAnUnreadableOneWithoutStopping()
    {
        var broken = Manifest with { Documents = Manifest.Documents with { GivenInputs = "missing-given-inputs.json" } };
        var opened = new List<string>();

        var results = CommitteeByCommittee.RunManifests([broken, Manifest], (manifest, path) =>
        {
            opened.Add(path);
            return EvaluationFixtures.Open(path);
        }).ToArray();

        results[0].Succeeded.Should().BeFalse();
        results[0].Problems.Should().ContainSingle().Which.Path.Should().Be("missing-given-inputs.json");
        results[0].Problems[0].ErrorCode.Should().Be(EvaluationErrorCodes.DocumentUnreadable);
        results[1].Result.Should().Be(EvaluationFixtures.Result);
        opened.Should().Contain("missing-given-inputs.json").And.Contain("given-inputs-2018.json");
    }

    [Fact]
    public void Run_NullArguments_ThrowAtOnce_NullItems_WhenReached()
    {
        var nullSequence = () => CommitteeByCommittee.Run(null!);
        var nullAsync = () => CommitteeByCommittee.RunAsync(null!);
        var nullManifests = () => CommitteeByCommittee.RunManifests(null!, (_, path) => EvaluationFixtures.Open(path));
        var nullOpener = () => CommitteeByCommittee.RunManifests([Manifest], null!);

        nullSequence.Should().Throw<ArgumentNullException>();
        nullAsync.Should().Throw<ArgumentNullException>();
        nullManifests.Should().Throw<ArgumentNullException>();
        nullOpener.Should().Throw<ArgumentNullException>();

        var run = CommitteeByCommittee.Run([null!]);
        run.Invoking(r => r.ToArray()).Should().Throw<ArgumentException>();
        CommitteeByCommittee.RunManifests([null!], (_, path) => EvaluationFixtures.Open(path)).Invoking(r => r.ToArray()).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void CommitteeEvaluation_ComparesProblemsByValue()
    {
        var problem = new PartyBuilding.Core.Validation.ValidationProblem("x", "EVAL.X", "message", null);
        var a = new CommitteeEvaluation(OrganizationId.Parse("BZ-WC"), AssessmentYear.Create(2018), null, [problem]);
        var b = new CommitteeEvaluation(OrganizationId.Parse("BZ-WC"), AssessmentYear.Create(2018), null, [problem]);

        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
        (a with { Problems = default }).Problems.Should().BeEmpty();
    }
}
