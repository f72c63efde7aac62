using System.Globalization;
using Supervision.Rules.Diagnostics;

namespace Supervision.Rules.Bundle;

/// <summary>Parses valid_from / valid_to (yyyy-MM-dd, both days included) with diagnostics.</summary>
internal static class ValidityReader
{
    public static Validity Read(string? from, SourceLocation fromLocation, string? to, SourceLocation toLocation, DiagnosticBag diagnostics)
    {
        var start = Date(from, fromLocation, diagnostics);
        var end = Date(to, toLocation, diagnostics);
        if (start > end)
        {
            diagnostics.Error("SV035", $"valid_to {to} is before valid_from {from}", toLocation);
        }

        return start is null && end is null ? Validity.Always : new Validity(start, end);
    }

    private static DateOnly? Date(string? text, SourceLocation location, DiagnosticBag diagnostics)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        diagnostics.Error("SV035", $"'{text}' is not a yyyy-MM-dd date", location);
        return null;
    }
}
