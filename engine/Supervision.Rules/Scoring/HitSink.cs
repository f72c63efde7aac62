namespace Supervision.Rules.Scoring;

/// <summary>
/// Where the actions of one NRules session record their matches (a session dependency). Inserting a fact per match
/// would make NRules propagate every one of them through the network; a plain list is all resolution needs.
/// </summary>
/// <remarks>One per session; sessions are single-threaded, so no locking.</remarks>
public sealed class HitSink
{
    private readonly List<(long CaseId, int Element)> _hits = [];

    public int Count => _hits.Count;

    public void Record(long caseId, int element) => _hits.Add((caseId, element));

    public (long CaseId, int Element) this[int index] => _hits[index];
}
