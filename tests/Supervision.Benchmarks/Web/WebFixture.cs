namespace Supervision.Benchmarks.Web;

/// <summary>What route templates are filled with: signed-in inspectors, the draws, a name fragment and a USCC prefix.</summary>
/// <param name="Inspectors">The signed-in inspectors, busiest first.</param>
/// <param name="DrawIds">The draws, oldest first.</param>
/// <param name="NameFragment">Part of an enterprise name with tasks.</param>
/// <param name="UsccPrefix">The first fourteen characters of that enterprise's USCC.</param>
/// <param name="Anonymous">Makes a fresh session (no cookies) for anonymous pages, as a first visit.</param>
internal sealed record WebFixture(
    IReadOnlyList<WebInspector> Inspectors, IReadOnlyList<string> DrawIds, string NameFragment, string UsccPrefix, Func<WebSession> Anonymous)
{
    /// <summary>The inspector of request <paramref name="n"/>: each request another, in turn.</summary>
    public WebInspector InspectorOf(long n) => Inspectors[(int)(n % Inspectors.Count)];

    /// <summary>One of the inspector of request <paramref name="n"/>'s tasks, another one each round.</summary>
    public (WebInspector Inspector, long TaskNo, string Uscc) TaskOf(long n)
    {
        var inspector = InspectorOf(n);
        var (taskNo, uscc) = inspector.Tasks[(int)(n / Inspectors.Count % inspector.Tasks.Count)];
        return (inspector, taskNo, uscc);
    }

    /// <summary>The latest published draw (the last one is still 'drawn').</summary>
    public string PublishedDraw => DrawIds[^2];
}
