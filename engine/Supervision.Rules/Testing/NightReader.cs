using System.Globalization;
using Supervision.Rules.Alerts;
using Supervision.Rules.Bundle;
using Supervision.Rules.Diagnostics;

namespace Supervision.Rules.Testing;

/// <summary>
/// Reads a case's <c>night:</c>, what its alert rules compare with: the previous assessment (previous_as_of, which
/// defaults to the day before the case's as_of, previous_category, previous_safety_score, previous_credit_score) and the
/// counts of new records (new_violations, new_penalties, new_penalty_max_amount, complaints_30d, complaints_90d,
/// verified_complaints_90d, new_false_commitments). Problems are SV095 at the key or value.
/// </summary>
internal static class NightReader
{
    private static readonly string[] Counts =
    [
        AlertVocabulary.NewViolations, AlertVocabulary.NewPenalties, AlertVocabulary.Complaints30d, AlertVocabulary.Complaints90d,
        AlertVocabulary.VerifiedComplaints90d, AlertVocabulary.NewFalseCommitments,
    ];

    /// <summary>The case's night, or <see cref="NightSignals.None"/> when it gives none (no previous assessment, nothing new).</summary>
    public static NightSignals Read(YamlMap owner, BundleManifest manifest, DateOnly? asOf, DiagnosticBag diagnostics)
    {
        var night = owner.Map("night", required: false);
        if (night is null)
        {
            return NightSignals.None;
        }

        night.RejectUnknownKeys([
            "previous_as_of", AlertVocabulary.PreviousCategory, AlertVocabulary.PreviousSafetyScore, AlertVocabulary.PreviousCreditScore,
            .. Counts, AlertVocabulary.NewPenaltyMaxAmount]);
        PreviousStanding? previous = null;
        var category = night.Text(AlertVocabulary.PreviousCategory, required: false);
        if (category is not null && !manifest.Categories.Contains(category))
        {
            diagnostics.Error("SV095", $"previous_category must be one of {string.Join(", ", manifest.Categories)}, found '{category}'",
                night.ValueLocation(AlertVocabulary.PreviousCategory));
        }

        var safety = Score(night, AlertVocabulary.PreviousSafetyScore, diagnostics);
        var credit = Score(night, AlertVocabulary.PreviousCreditScore, diagnostics);
        if (category is not null || safety is not null || credit is not null)
        {
            var previousAsOf = (asOf ?? DateOnly.MinValue.AddDays(1)).AddDays(-1);
            if (night.Text("previous_as_of", required: false) is { } text)
            {
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out previousAsOf))
                {
                    diagnostics.Error("SV095", $"previous_as_of must be a date (yyyy-MM-dd), found '{text}'", night.ValueLocation("previous_as_of"));
                }
                else if (asOf is { } day && previousAsOf >= day)
                {
                    diagnostics.Error("SV095", $"previous_as_of {text} must come before the case's as_of {day:yyyy-MM-dd}", night.ValueLocation("previous_as_of"));
                }
            }

            previous = new PreviousStanding(previousAsOf, category ?? "", safety, credit);
        }
        else if (night.Node("previous_as_of") is not null)
        {
            diagnostics.Error("SV095", "previous_as_of needs the previous assessment: previous_category, previous_safety_score or previous_credit_score",
                night.ValueLocation("previous_as_of"));
        }

        var counts = Counts.Select(key => Count(night, key, diagnostics)).ToArray();
        var amount = night.Number(AlertVocabulary.NewPenaltyMaxAmount) ?? 0;
        if (amount < 0)
        {
            diagnostics.Error("SV095", "new_penalty_max_amount must not be negative", night.ValueLocation(AlertVocabulary.NewPenaltyMaxAmount));
        }

        return new NightSignals(previous, counts[0], counts[1], amount, counts[2], counts[3], counts[4]) { NewFalseCommitments = counts[5] };
    }

    private static double? Score(YamlMap night, string key, DiagnosticBag diagnostics)
    {
        var value = night.Number(key);
        if (value is < 0 or > 100)
        {
            diagnostics.Error("SV095", $"{key} must be a score from 0 to 100", night.ValueLocation(key));
        }

        return value;
    }

    private static int Count(YamlMap night, string key, DiagnosticBag diagnostics)
    {
        var value = night.Number(key) ?? 0;
        if (value < 0 || value % 1 != 0 || value > int.MaxValue)
        {
            diagnostics.Error("SV095", $"{key} must be a whole number from 0", night.ValueLocation(key));
            return 0;
        }

        return (int)value;
    }
}
