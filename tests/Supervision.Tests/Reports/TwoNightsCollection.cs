namespace Supervision.Tests.Reports;

/// <summary>
/// The test classes that read the two stored nights share one database: each night is a real nightly run of the shipped
/// data, and making them once instead of once per class keeps the suite's load (and its browser tests' patience) down.
/// </summary>
[CollectionDefinition(Name)]
public sealed class TwoNightsCollection : ICollectionFixture<TwoNightsFixture>
{
    public const string Name = "two stored nights";
}
