using PartyBuilding.Core.Common;
using PartyBuilding.Core.Evaluation;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Tests.Evaluation;

/// <summary>The committee-by-committee run's documented contract: its argument errors, its result record, and where it resumes.</summary>
public sealed class CommitteeByCommitteeContractTest
{
    [Fact]
    public void RunManifests_NullItem_ThrowsArgumentExceptionNamingTheSequence_BeforeOpeningAnything()
    {
        var opened = 0;

        var run = CommitteeByCommittee.RunManifests([null!], (_, path) =>
        {
            opened++;
            return EvaluationFixtures.Open(path);
        });

        run.Invoking(r => r.ToArray()).Should().ThrowExactly<ArgumentException>()
            .WithParameterName("manifests")
            .WithMessage("The sequence of manifests holds a null item.*");
        opened.Should().Be(0);
    }

    [Fact]
    public void CommitteeEvaluation_ProblemsGivenThroughWith_AreKept()
    {
        var problem = new ValidationProblem("documents.givenInputs", EvaluationErrorCodes.DocumentUnreadable, "message", "x.json");
        var evaluation = new CommitteeEvaluation(OrganizationId.Parse("BZ-WC"), AssessmentYear.Create(2018), null, []);

        var withProblem = evaluation with { Problems = [problem] };

        withProblem.Problems.Should().Equal(problem);
        withProblem.Should().NotBe(evaluation);
    }

    [Fact]
    public async Task RunAsync_DoesNotResumeOnTheCallersSynchronizationContext()
    {
        // Everything runs on this thread, under a context that queues what is posted to it. The producer's own Task.Yield
        // posts once per committee; the run itself continues where the producer resumed it (ConfigureAwait(false)), so it
        // adds no post of its own.
        var inputs = new CommitteeInputs(EvaluationFixtures.Inputs with { Year = AssessmentYear.Create(2017) }, EvaluationFixtures.AsOf);
        var context = new QueueContext();
        var previous = SynchronizationContext.Current;
        Task<List<CommitteeEvaluation>> consuming;
        SynchronizationContext.SetSynchronizationContext(context);
        try
        {
            consuming = Consume(CommitteeByCommittee.RunAsync(Produce([inputs, inputs])));
            context.RunUntilCompleted(consuming);
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previous);
        }

        var results = await consuming;

        results.Should().HaveCount(2).And.OnlyContain(r => !r.Succeeded);
        context.Posts.Should().Be(2);

        static async Task<List<CommitteeEvaluation>> Consume(IAsyncEnumerable<CommitteeEvaluation> run)
        {
            var results = new List<CommitteeEvaluation>();
            await foreach (var result in run.ConfigureAwait(false))
            {
                results.Add(result);
            }

            return results;
        }

        static async IAsyncEnumerable<CommitteeInputs> Produce(CommitteeInputs[] items)
        {
            foreach (var item in items)
            {
                await Task.Yield();
                yield return item;
            }
        }
    }

    /// <summary>Queues the callbacks posted to it and runs them, one at a time, on the thread that pumps it.</summary>
    private sealed class QueueContext : SynchronizationContext
    {
        private readonly Queue<(SendOrPostCallback Callback, object? State)> _posted = new();

        public int Posts { get; private set; }

        public override void Post(SendOrPostCallback d, object? state)
        {
            Posts++;
            _posted.Enqueue((d, state));
        }

        public void RunUntilCompleted(Task task)
        {
            while (!task.IsCompleted)
            {
                _posted.Should().NotBeEmpty("the run goes on only through what is posted here");
                var (callback, state) = _posted.Dequeue();
                callback(state);
            }
        }
    }
}
