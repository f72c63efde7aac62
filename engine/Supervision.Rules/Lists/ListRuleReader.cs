using System.Globalization;
using System.Text.RegularExpressions;
using Supervision.Rules.Bundle;
using Supervision.Rules.Diagnostics;

namespace Supervision.Rules.Lists;

/// <summary>Reads the effect of a list rule: <c>list:</c>, <c>action:</c> and <c>on:</c> (diagnostics SV090–SV092).</summary>
internal static partial class ListRuleReader
{
    public static ListEffect? ReadEffect(YamlMap entry, DiagnosticBag diagnostics)
    {
        var list = entry.Text("list", required: true);
        var actionText = entry.Text("action", required: true);
        var on = entry.Text("on", required: true);
        if (list is null || actionText is null || on is null)
        {
            return null;
        }

        var ok = true;
        if (!ListVocabulary.Lists.Contains(list))
        {
            diagnostics.Error("SV090", $"list '{list}' is not a list the engine keeps ({string.Join(", ", ListVocabulary.Lists)})", entry.ValueLocation("list"));
            ok = false;
        }

        ListAction? action = actionText switch
        {
            "remove" => ListAction.Remove,
            "escalate" => ListAction.Escalate,
            _ => null,
        };
        if (action is null)
        {
            diagnostics.Error("SV091", $"action must be remove or escalate, found '{actionText}'", entry.ValueLocation("action"));
            ok = false;
        }
        else if (action == ListAction.Escalate && list != ListVocabulary.AbnormalOperation)
        {
            diagnostics.Error("SV091", "only abnormal_operation listings escalate (to the blacklist)", entry.ValueLocation("action"));
            ok = false;
        }

        var match = OnPattern().Match(on);
        if (!match.Success || !ListVocabulary.Dates.Contains(match.Groups["date"].Value))
        {
            diagnostics.Error("SV092",
                $"on must name a date of the listing ({string.Join(", ", ListVocabulary.Dates)}), optionally '+ N months', found '{on}'",
                entry.ValueLocation("on"));
            ok = false;
        }

        var months = match.Groups["months"].Success ? int.Parse(match.Groups["months"].Value, CultureInfo.InvariantCulture) : 0;
        return ok ? new ListEffect(list, action!.Value, match.Groups["date"].Value, months, entry.ValueLocation("on")) : null;
    }

    [GeneratedRegex(@"^\s*(?<date>[a-z_]+)\s*(\+\s*(?<months>[0-9]{1,3})\s*months?)?\s*$")]
    private static partial Regex OnPattern();
}
