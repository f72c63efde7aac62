using System.Globalization;
using System.Text.RegularExpressions;
using Supervision.Model.Indicators;
using Supervision.Rules.Diagnostics;
using Supervision.Rules.Language;

namespace Supervision.Rules.Bundle;

internal static partial class IndicatorReader
{
    public const string RegistryFile = "enterprises.csv";
    public const string SafetyFile = "safety-indicators.csv";
    public const string CreditFile = "credit-records.csv";
    public const string InspectionsFile = "inspections.csv";
    public const string ComplaintsFile = "complaints.csv";
    public const string ApprovalsFile = "approvals.csv";

    /// <summary>The learned violation risk written by `supervision ml score` (docs/learned-risk.md).</summary>
    public const string LearnedRiskFile = "learned-risk.csv";

    /// <summary>The one indicator learned-risk.csv provides: a probability from 0 to 1.</summary>
    public const string LearnedRiskIndicator = "learned_violation_risk";

    /// <summary>Registry fields that can be declared as indicators with source enterprises.csv.</summary>
    public static readonly IReadOnlyDictionary<string, IndicatorType> RegistryFields = new Dictionary<string, IndicatorType>
    {
        ["industry_code"] = IndicatorType.Text,
        ["region"] = IndicatorType.Text,
        ["district"] = IndicatorType.Text,
        ["grid"] = IndicatorType.Text,
        ["status"] = IndicatorType.Enum,
        ["registration_date"] = IndicatorType.Date,
        ["new_business_form"] = IndicatorType.Boolean,
    };

    private static readonly string[] CreditRecordTypes = ["penalty", "abnormal_operation", "blacklist", "tax_grade", "public_credit"];

    private static readonly Dictionary<string, (string From, IndicatorType[] Types, bool NeedsMonths)> Operations = new()
    {
        ["count"] = ("*", [IndicatorType.Integer, IndicatorType.Number], true),
        ["sum_amount"] = (CreditFile, [IndicatorType.Number], true),
        ["active"] = (CreditFile, [IndicatorType.Boolean], false),
        ["months_active"] = (CreditFile, [IndicatorType.Integer, IndicatorType.Number], false),
        ["latest_grade"] = (CreditFile, [IndicatorType.Enum, IndicatorType.Text], false),
        ["count_violations"] = (InspectionsFile, [IndicatorType.Integer, IndicatorType.Number], true),
        ["count_verified"] = (ComplaintsFile, [IndicatorType.Integer, IndicatorType.Number], true),
        ["count_false_commitments"] = (ApprovalsFile, [IndicatorType.Integer, IndicatorType.Number], true),
    };

    public static IReadOnlyList<IndicatorDefinition> Read(YamlMap? map, DiagnosticBag diagnostics)
    {
        if (map is null)
        {
            return [];
        }

        map.RejectUnknownKeys("indicators");
        var result = new List<IndicatorDefinition>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in map.MapList("indicators", required: true))
        {
            if (ReadOne(entry, diagnostics) is { } indicator)
            {
                if (!names.Add(indicator.Name))
                {
                    diagnostics.Error("SV020", $"indicator '{indicator.Name}' is declared twice", indicator.Location);
                    continue;
                }

                result.Add(indicator);
            }
        }

        return result;
    }

    private static IndicatorDefinition? ReadOne(YamlMap entry, DiagnosticBag diagnostics)
    {
        entry.RejectUnknownKeys("name", "type", "values", "min", "max", "default", "description", "source", "derive");
        var name = entry.Text("name", required: true);
        var typeText = entry.Text("type", required: true);
        var description = entry.Text("description", required: true) ?? "";
        if (name is null || typeText is null)
        {
            return null;
        }

        if (!IdentifierPattern().IsMatch(name) || Lexer.IsReserved(name) || VariableCatalog.IsPipelineName(name))
        {
            diagnostics.Error("SV021",
                $"'{name}' cannot be an indicator name: use lower-case letters, digits and '_', not a keyword, function or pipeline variable",
                entry.ValueLocation("name"));
            return null;
        }

        if (!Enum.TryParse<IndicatorType>(typeText, ignoreCase: true, out var type) || int.TryParse(typeText, out _))
        {
            diagnostics.Error("SV022", $"unknown type '{typeText}'; use number, integer, boolean, date, text or enum", entry.ValueLocation("type"));
            return null;
        }

        var values = entry.TextList("values", required: type == IndicatorType.Enum);
        if (type != IndicatorType.Enum && values.Count > 0)
        {
            diagnostics.Error("SV023", "'values' is only for enum indicators", entry.ValueLocation("values"));
        }

        var min = entry.Number("min");
        var max = entry.Number("max");
        if ((min is not null || max is not null) && type is not (IndicatorType.Number or IndicatorType.Integer))
        {
            diagnostics.Error("SV024", "'min' and 'max' are only for number and integer indicators", entry.Location);
        }

        foreach (var (key, bound) in new[] { ("min", min), ("max", max) })
        {
            if (bound is { } value && !NumericLimits.IsSaneConstant(value))
            {
                diagnostics.Error("SV024", $"{key} {value.ToString(CultureInfo.InvariantCulture)} is beyond ±10^15, the largest magnitude a bundle may write",
                    entry.ValueLocation(key));
            }
        }

        if (min > max)
        {
            diagnostics.Error("SV024", $"min {min} is above max {max}", entry.ValueLocation("min"));
        }

        var defaultText = entry.Text("default", required: false);
        if (defaultText is not null && CheckValue(defaultText, type, values, min, max) is { } problem)
        {
            diagnostics.Error("SV025", $"default '{defaultText}': {problem}", entry.ValueLocation("default"));
        }

        var source = entry.Text("source", required: false);
        var derive = ReadDerive(entry, type, diagnostics);
        if ((source is null) == (entry.Node("derive") is null))
        {
            diagnostics.Error("SV026", "an indicator needs exactly one of 'source' (a data file) or 'derive' (an aggregation)", entry.Location);
        }
        else if (source is not null)
        {
            CheckSource(name, type, source, entry, diagnostics);
        }

        return new IndicatorDefinition(name, type, values, min, max, defaultText, description, source, derive, entry.Location);
    }

    private static void CheckSource(string name, IndicatorType type, string source, YamlMap entry, DiagnosticBag diagnostics)
    {
        if (source == RegistryFile)
        {
            if (!RegistryFields.TryGetValue(name, out var registryType))
            {
                diagnostics.Error("SV027",
                    $"enterprises.csv has no field '{name}'; registry indicators are {string.Join(", ", RegistryFields.Keys)}",
                    entry.ValueLocation("name"));
            }
            else if (registryType != type)
            {
                diagnostics.Error("SV027", $"registry field '{name}' has type {registryType.ToString().ToLowerInvariant()}", entry.ValueLocation("type"));
            }
        }
        else if (source == LearnedRiskFile)
        {
            if (name != LearnedRiskIndicator || type != IndicatorType.Number)
            {
                diagnostics.Error("SV027", $"{LearnedRiskFile} provides one indicator, '{LearnedRiskIndicator}' of type number", entry.ValueLocation("name"));
            }
        }
        else if (source != SafetyFile)
        {
            diagnostics.Error("SV028", $"unknown source '{source}'; indicators come from {RegistryFile}, {SafetyFile} or {LearnedRiskFile}, or are derived",
                entry.ValueLocation("source"));
        }
    }

    private static DeriveSpec? ReadDerive(YamlMap entry, IndicatorType type, DiagnosticBag diagnostics)
    {
        var derive = entry.Map("derive", required: false);
        if (derive is null)
        {
            return null;
        }

        derive.RejectUnknownKeys("from", "record_type", "op", "months");
        var from = derive.Text("from", required: true);
        var recordType = derive.Text("record_type", required: false);
        var op = derive.Text("op", required: true);
        var months = derive.Number("months");
        if (from is null || op is null)
        {
            return null;
        }

        if (from is not (CreditFile or InspectionsFile or ComplaintsFile or ApprovalsFile))
        {
            diagnostics.Error("SV029", $"derive.from must be {CreditFile}, {InspectionsFile}, {ComplaintsFile} or {ApprovalsFile}", derive.ValueLocation("from"));
            return null;
        }

        if (!Operations.TryGetValue(op, out var spec) || (spec.From != "*" && spec.From != from))
        {
            diagnostics.Error("SV029", $"operation '{op}' is not available on {from}", derive.ValueLocation("op"));
            return null;
        }

        if (!spec.Types.Contains(type))
        {
            diagnostics.Error("SV029", $"operation '{op}' gives {spec.Types[0].ToString().ToLowerInvariant()} values", entry.ValueLocation("type"));
        }

        if (spec.NeedsMonths != months.HasValue || (months is { } window && (window < 1 || window > 240 || window % 1 != 0)))
        {
            diagnostics.Error("SV029", spec.NeedsMonths ? $"operation '{op}' needs months: a whole number from 1 to 240" : $"operation '{op}' takes no months",
                derive.Location);
        }

        if (from == CreditFile && (recordType is null || !CreditRecordTypes.Contains(recordType)))
        {
            diagnostics.Error("SV029", $"derive.record_type must be one of {string.Join(", ", CreditRecordTypes)}", derive.Location);
        }
        else if (from != CreditFile && recordType is not null)
        {
            diagnostics.Error("SV029", $"{from} has no record_type", derive.ValueLocation("record_type"));
        }

        return new DeriveSpec(from, recordType, op, months is { } m ? (int)m : null);
    }

    /// <summary>Null when <paramref name="text"/> is a valid value of the type, otherwise the reason.</summary>
    public static string? CheckValue(string text, IndicatorType type, IReadOnlyList<string> values, double? min, double? max)
    {
        switch (type)
        {
            case IndicatorType.Number or IndicatorType.Integer:
                if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                {
                    return "not a number";
                }

                if (!double.IsFinite(number))
                {
                    return "not a finite number";
                }

                if (type == IndicatorType.Integer && number % 1 != 0)
                {
                    return "not a whole number";
                }

                return number < min || number > max ? $"outside [{min}..{max}]" : null;
            case IndicatorType.Boolean:
                return text is "true" or "false" ? null : "use true or false";
            case IndicatorType.Date:
                return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) ? null : "use yyyy-MM-dd";
            case IndicatorType.Enum:
                return values.Contains(text) ? null : $"not one of {string.Join(", ", values)}";
            default:
                return null;
        }
    }

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex IdentifierPattern();
}
