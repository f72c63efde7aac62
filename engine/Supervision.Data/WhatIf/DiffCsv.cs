using System.Globalization;
using Supervision.Data.Import;
using Supervision.Rules.Scoring;

namespace Supervision.Data.WhatIf;

/// <summary>The what-if's CSV exports, for Excel (BOM, formula-injection safe): the changed enterprises and the transition matrix.</summary>
public static class DiffCsv
{
    public const string ChangesFile = "diff.csv";
    public const string TransitionsFile = "transitions.csv";

    public static readonly IReadOnlyList<string> ChangeHeaders =
    [
        "uscc", "name", "changed",
        "base_category", "candidate_category", "base_ratio", "candidate_ratio", "base_regime", "candidate_regime",
        "base_safety_level", "candidate_safety_level", "base_credit_class", "candidate_credit_class",
        "base_safety_score", "candidate_safety_score", "base_credit_score", "candidate_credit_score",
        "rules_delta", "base_error", "candidate_error",
    ];

    /// <summary>One row per changed enterprise, all of them, in registry order.</summary>
    public static void WriteChanges(Stream stream, RulesDiffReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        SafeCsvWriter.Write(stream, ChangeHeaders, report.Changed.Select(ChangeRow));
    }

    /// <summary>The matrix with the base's labels as rows, the candidate's as columns, and totals.</summary>
    public static void WriteTransitions(Stream stream, TransitionMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var labels = matrix.Labels;
        var rows = labels.Select((label, row) => (IReadOnlyList<string?>)
            [label, .. labels.Select((_, column) => Integer(matrix[row, column])), Integer(matrix.RowTotal(row))]).ToList();
        rows.Add(["total", .. labels.Select((_, column) => Integer(matrix.ColumnTotal(column))), Integer(matrix.Total)]);
        SafeCsvWriter.Write(stream, ["base\\candidate", .. labels, "total"], rows);
    }

    /// <summary>Names the changed fields, e.g. "category;ratio;safety_level".</summary>
    public static string ChangedFields(OutcomeChanges changes) => string.Join(';', new (OutcomeChanges Flag, string Name)[]
    {
        (OutcomeChanges.Category, "category"), (OutcomeChanges.Ratio, "ratio"), (OutcomeChanges.Regime, "regime"),
        (OutcomeChanges.SafetyLevel, "safety_level"), (OutcomeChanges.CreditClass, "credit_class"), (OutcomeChanges.Evaluation, "evaluation"),
    }.Where(f => changes.HasFlag(f.Flag)).Select(f => f.Name));

    private static IReadOnlyList<string?> ChangeRow(ChangedEnterprise c)
    {
        var (a, b) = (c.Base, c.Candidate);
        return
        [
            c.Uscc, c.Name, ChangedFields(c.Changes),
            Value(a, a.Category), Value(b, b.Category), Value(a, Number(a.Ratio)), Value(b, Number(b.Ratio)),
            Value(a, a.Regime), Value(b, b.Regime), Value(a, a.SafetyLevel), Value(b, b.SafetyLevel),
            Value(a, a.CreditClass), Value(b, b.CreditClass),
            Value(a, Number(a.SafetyScore)), Value(b, Number(b.SafetyScore)), Value(a, Number(a.CreditScore)), Value(b, Number(b.CreditScore)),
            c.RuleDelta, a.Error ?? "", b.Error ?? "",
        ];
    }

    /// <summary>A failed evaluation has no outcome values: its cells stay empty and the error column says why.</summary>
    private static string Value(Outcome outcome, string value) => outcome.Error is null ? value : "";

    private static string Number(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    private static string Integer(int value) => value.ToString(CultureInfo.InvariantCulture);
}
