using System.Globalization;
using Supervision.Model.Registry;
using Supervision.Rules.Bundle;
using Supervision.Rules.Diagnostics;
using Supervision.Rules.Lists;

namespace Supervision.Rules.Testing;

/// <summary>
/// Reads a case's <c>listings:</c> (each: list, listed_on, optional document_no, ended_on and an application's
/// applied_on, decided_on, penalties_fulfilled, harm_removed, commitment_signed, corrected) and <c>penalties:</c>
/// (dates of penalty decisions). Problems are SV093 at the key or value.
/// </summary>
internal static class ListingsReader
{
    private static readonly string[] ListingKeys =
        ["list", "listed_on", "document_no", "ended_on", "applied_on", "decided_on", "penalties_fulfilled", "harm_removed", "commitment_signed", "corrected"];

    /// <summary>The case's listings, or null when it gives none (its list indicators are then given directly, or default).</summary>
    public static GivenListings? Read(YamlMap owner, DiagnosticBag diagnostics)
    {
        if (owner.Node("listings") is null)
        {
            if (owner.Node("penalties") is not null)
            {
                diagnostics.Error("SV093", "penalties are read by the list rules only: give them with listings", owner.ValueLocation("penalties"));
            }

            return null;
        }

        var credit = new List<CreditRecord>();
        var applications = new List<ListApplication>();
        var entries = owner.MapList("listings", required: true);
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            entry.RejectUnknownKeys(ListingKeys);
            var list = entry.Text("list", required: true);
            var type = list switch
            {
                ListVocabulary.Blacklist => CreditRecordType.Blacklist,
                ListVocabulary.AbnormalOperation => (CreditRecordType?)CreditRecordType.AbnormalOperation,
                _ => null,
            };
            if (list is not null && type is null)
            {
                diagnostics.Error("SV093", $"list must be {string.Join(" or ", ListVocabulary.Lists)}, found '{list}'", entry.ValueLocation("list"));
            }

            var listedOn = Date(entry, "listed_on", required: true, diagnostics);
            var documentNo = entry.Text("document_no", required: false) ?? $"listing-{i + 1}";
            var endedOn = Date(entry, "ended_on", required: false, diagnostics);
            if (type is null || listedOn is null)
            {
                continue;
            }

            credit.Add(new CreditRecord("", type.Value, listedOn.Value, endedOn, null, null, documentNo, ""));
            var appliedOn = Date(entry, "applied_on", required: false, diagnostics);
            var decidedOn = Date(entry, "decided_on", required: false, diagnostics);
            if (appliedOn is null)
            {
                if (decidedOn is not null || new[] { "penalties_fulfilled", "harm_removed", "commitment_signed", "corrected" }.Any(k => entry.Node(k) is not null))
                {
                    diagnostics.Error("SV093", "an application's facts need its applied_on date", entry.Location);
                }

                continue;
            }

            applications.Add(new ListApplication("", type.Value, documentNo, appliedOn.Value, decidedOn,
                Flag(entry, "penalties_fulfilled", diagnostics), Flag(entry, "harm_removed", diagnostics),
                Flag(entry, "commitment_signed", diagnostics), Flag(entry, "corrected", diagnostics), ""));
        }

        foreach (var text in owner.Node("penalties") is null ? [] : owner.TextList("penalties", required: false))
        {
            if (Parse(text) is { } date)
            {
                credit.Add(new CreditRecord("", CreditRecordType.Penalty, date, null, null, null, $"penalty-{date:yyyyMMdd}", ""));
            }
            else
            {
                diagnostics.Error("SV093", $"penalties are dates yyyy-MM-dd, found '{text}'", owner.ValueLocation("penalties"));
            }
        }

        return new GivenListings(credit, applications);
    }

    private static DateOnly? Date(YamlMap entry, string key, bool required, DiagnosticBag diagnostics)
    {
        var text = entry.Text(key, required);
        if (text is null)
        {
            return null;
        }

        var date = Parse(text);
        if (date is null)
        {
            diagnostics.Error("SV093", $"{key} must be a date yyyy-MM-dd, found '{text}'", entry.ValueLocation(key));
        }

        return date;
    }

    private static bool Flag(YamlMap entry, string key, DiagnosticBag diagnostics)
    {
        var text = entry.Text(key, required: false);
        if (text is null or "false")
        {
            return false;
        }

        if (text != "true")
        {
            diagnostics.Error("SV093", $"{key} must be true or false, found '{text}'", entry.ValueLocation(key));
        }

        return text == "true";
    }

    private static DateOnly? Parse(string text)
        => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
