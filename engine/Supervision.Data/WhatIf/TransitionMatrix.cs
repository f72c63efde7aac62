using Supervision.Rules.Scoring;

namespace Supervision.Data.WhatIf;

/// <summary>
/// Enterprises counted by (category under the base bundle, category under the candidate): the categories of both
/// bundles, then <see cref="ErrorLabel"/> for an evaluation that failed.
/// </summary>
public sealed class TransitionMatrix
{
    public const string ErrorLabel = "error";

    private readonly Dictionary<string, int> _index;
    private readonly int[,] _counts;

    public TransitionMatrix(IReadOnlyList<string> categories)
    {
        ArgumentNullException.ThrowIfNull(categories);
        Categories = categories;
        Labels = [.. categories, ErrorLabel];
        _index = categories.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i, StringComparer.Ordinal);
        _counts = new int[Labels.Count, Labels.Count];
    }

    /// <summary>The categories of both bundles: the base's in order, then those only the candidate has.</summary>
    public IReadOnlyList<string> Categories { get; }

    /// <summary>Row and column labels: <see cref="Categories"/>, then <see cref="ErrorLabel"/>.</summary>
    public IReadOnlyList<string> Labels { get; }

    public int Total { get; private set; }

    public int this[int row, int column] => _counts[row, column];

    public void Add(Outcome baseOutcome, Outcome candidateOutcome)
    {
        ArgumentNullException.ThrowIfNull(baseOutcome);
        ArgumentNullException.ThrowIfNull(candidateOutcome);
        _counts[IndexOf(baseOutcome), IndexOf(candidateOutcome)]++;
        Total++;
    }

    public int RowTotal(int row) => Enumerable.Range(0, Labels.Count).Sum(column => _counts[row, column]);

    public int ColumnTotal(int column) => Enumerable.Range(0, Labels.Count).Sum(row => _counts[row, column]);

    /// <summary>Enterprises whose category (or failure) is the same under both bundles.</summary>
    public int Unchanged => Enumerable.Range(0, Labels.Count).Sum(i => _counts[i, i]);

    private int IndexOf(Outcome outcome)
    {
        if (outcome.Error is not null)
        {
            return Labels.Count - 1;
        }

        // The binder only lets a bundle produce its own categories; an unknown one is a defect, not data.
        return _index.TryGetValue(outcome.Category, out var index)
            ? index
            : throw new InvalidOperationException($"category '{outcome.Category}' is declared by neither bundle");
    }
}
