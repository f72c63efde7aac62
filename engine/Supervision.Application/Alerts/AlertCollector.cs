using Supervision.Data.Import;
using Supervision.Rules.Alerts;
using Supervision.Rules.Scoring;

namespace Supervision.Application.Alerts;

/// <summary>Collects assessments into batches and raises their alerts (made by <see cref="RaiseAlerts.Collector"/>).</summary>
public sealed class AlertCollector
{
    private readonly AlertWatch _watch;
    private readonly Population _population;
    private readonly IReadOnlyDictionary<string, PreviousStanding> _previous;
    private readonly DateOnly _asOf;
    private readonly int _batchSize;
    private readonly List<AlertSubject> _batch;
    private readonly List<Alert> _alerts = [];
    private readonly List<AlertFailure> _failures = [];

    internal AlertCollector(AlertWatch watch, Population population, IReadOnlyDictionary<string, PreviousStanding> previous, DateOnly asOf, int batchSize)
    {
        _watch = watch;
        _population = population;
        _previous = previous;
        _asOf = asOf;
        _batchSize = batchSize;
        _batch = new List<AlertSubject>(batchSize);
    }

    /// <summary>Adds one assessment; returns it, so that a stream of assessments can pass through.</summary>
    public Assessment Add(Assessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        if (!_watch.HasRules)
        {
            return assessment;
        }

        var uscc = assessment.Uscc;
        _batch.Add(new AlertSubject(assessment, NightSignalsBuilder.Build(
            _previous.GetValueOrDefault(uscc), _population.Inspections[uscc], _population.CreditRecords[uscc], _population.Complaints[uscc], _asOf,
            _population.Approvals[uscc])));
        if (_batch.Count == _batchSize)
        {
            Flush();
        }

        return assessment;
    }

    /// <summary>The alerts of every assessment added, in the order they were added.</summary>
    public NightAlerts Complete()
    {
        Flush();
        return new NightAlerts([.. _alerts], [.. _failures]);
    }

    private void Flush()
    {
        if (_batch.Count == 0)
        {
            return;
        }

        var raised = _watch.Evaluate(_batch, _asOf);
        _alerts.AddRange(raised.Alerts);
        _failures.AddRange(raised.Failures);
        _batch.Clear();
    }
}
