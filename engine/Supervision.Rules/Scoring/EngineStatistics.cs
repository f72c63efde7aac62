namespace Supervision.Rules.Scoring;

/// <summary>Counters of one scoring run, for progress and benchmarks.</summary>
public sealed class EngineStatistics
{
    private long _enterprises;
    private long _sessions;
    private long _nrulesCases;
    private long _errors;

    public long Enterprises => Interlocked.Read(ref _enterprises);

    /// <summary>NRules sessions created.</summary>
    public long Sessions => Interlocked.Read(ref _sessions);

    /// <summary>Cases evaluated by NRules (distinct patterns in memoized mode, every enterprise in direct mode).</summary>
    public long NRulesCases => Interlocked.Read(ref _nrulesCases);

    public long Errors => Interlocked.Read(ref _errors);

    internal void AddEnterprises(long n) => Interlocked.Add(ref _enterprises, n);

    internal void AddSession() => Interlocked.Increment(ref _sessions);

    internal void AddNRulesCases(long n) => Interlocked.Add(ref _nrulesCases, n);

    internal void AddError() => Interlocked.Increment(ref _errors);
}
