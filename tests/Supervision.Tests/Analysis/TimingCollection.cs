namespace Supervision.Tests.Analysis;

/// <summary>Tests that measure time run in this collection, which xUnit runs after the others and on its own.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingCollection
{
    public const string Name = "Timing";
}
