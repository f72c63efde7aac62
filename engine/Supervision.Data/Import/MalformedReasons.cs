using CsvHelper;

namespace Supervision.Data.Import;

/// <summary>Words for the reasons CsvHelper gives for malformed records.</summary>
internal static class MalformedReasons
{
    public static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.StrayQuote => "malformed row: a double quote inside an unquoted field",
        CsvMalformedReason.TextAfterClosingQuote => "malformed row: text after the closing quote of a quoted field",
        CsvMalformedReason.UnterminatedQuote => "malformed row: a quoted field is never closed",
        CsvMalformedReason.LineBreakInQuotes =>
            "malformed row: a quoted field is not closed on its line (line breaks inside quotes are not accepted)",
        CsvMalformedReason.FieldCountMismatch => "malformed row: the number of fields differs from the header",
        _ => $"malformed row ({reason})",
    };
}
