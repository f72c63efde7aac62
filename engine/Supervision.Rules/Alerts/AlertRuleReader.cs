using Supervision.Rules.Bundle;
using Supervision.Rules.Diagnostics;

namespace Supervision.Rules.Alerts;

/// <summary>Reads the effect of an alert rule: <c>alert:</c> and <c>level:</c> (diagnostic SV094).</summary>
internal static class AlertRuleReader
{
    public static AlertEffect? ReadEffect(YamlMap entry, DiagnosticBag diagnostics)
    {
        var kind = entry.Text("alert", required: true);
        var level = entry.Text("level", required: true);
        if (kind is null || level is null)
        {
            return null;
        }

        var ok = true;
        if (!AlertVocabulary.Kinds.ContainsKey(kind))
        {
            diagnostics.Error("SV094", $"alert '{kind}' is not a kind of alert the engine raises ({string.Join(", ", AlertVocabulary.Kinds.Keys)})",
                entry.ValueLocation("alert"));
            ok = false;
        }

        if (!AlertVocabulary.Levels.ContainsKey(level))
        {
            diagnostics.Error("SV094", $"level must be one of {string.Join(", ", AlertVocabulary.Levels.Keys)}, found '{level}'", entry.ValueLocation("level"));
            ok = false;
        }

        return ok ? new AlertEffect(kind, level) : null;
    }
}
