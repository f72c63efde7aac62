using System.Globalization;
using System.Text;

namespace Supervision.Rules.Explanation;

/// <summary>
/// Prints a condition trace, one part per line: ✓ held, ✗ failed, ? could not be evaluated; the actual values it
/// read and its source location. And/or/not are indented trees; an and/or at the top is printed as its operands.
/// </summary>
internal static class TraceWriter
{
    public static void Write(StringBuilder text, TraceNode root, string indent)
        => Write(text, root.Kind is TraceKind.All or TraceKind.Any ? root.Children : [root], indent);

    public static void Write(StringBuilder text, IEnumerable<TraceNode> parts, string indent)
    {
        // A value is repeated on a line that holds only if no earlier line showed it.
        var shown = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in parts)
        {
            Write(text, part, indent, shown);
        }
    }

    /// <summary>Which parts made a condition fail, in plain words; null when it held.</summary>
    public static string? Failure(TraceNode root) => root switch
    {
        { Held: true } => null,
        { Held: null } => $"无法求值 (cannot be evaluated): {root.Error}；评估会因此失败 (the enterprise's evaluation fails)",
        { Kind: TraceKind.All } => "不成立，因为 (failed on): " + string.Join("；", root.Children.Where(c => c.Failed).Select(Name)),
        { Kind: TraceKind.Any } => "不成立：没有一项成立 (none of the alternatives held)",
        { Kind: TraceKind.Not } => $"不成立，因为 {root.Children[0].Text} 成立 (failed: the negated part held)",
        _ => $"不成立 (failed on): {root.Text}",
    };

    private static string Name(TraceNode part) => part.Held is null ? $"{part.Text}（无法求值 cannot be evaluated）" : part.Text;

    private static void Write(StringBuilder text, TraceNode part, string indent, HashSet<string> shown)
    {
        var line = new StringBuilder();
        line.Append(CultureInfo.InvariantCulture, $"{indent}{Mark(part)} {part.Text}");
        if (part.Kind switch
            {
                TraceKind.All => "全部须成立 (all of)",
                TraceKind.Any => "任一成立即可 (any of)",
                TraceKind.Not => "须不成立 (not)",
                _ => null,
            } is { } words)
        {
            line.Append("   ").Append(words);
        }

        var values = part.Values.Where(v => part.Failed || !shown.Contains(v)).ToList();
        if (values.Count > 0)
        {
            line.Append("   实际 ").Append(string.Join(", ", values));
            shown.UnionWith(values);
        }

        if (part.Held is null && !values.Contains(part.Error ?? ""))
        {
            line.Append("   无法求值 (cannot be evaluated): ").Append(part.Error);
        }
        else if (part.Held is null)
        {
            line.Append("   无法求值 (cannot be evaluated)");
        }

        line.Append(CultureInfo.InvariantCulture, $"   ({part.Location})");
        text.AppendLine(line.ToString());
        foreach (var child in part.Children)
        {
            Write(text, child, indent + "  ", shown);
        }
    }

    private static string Mark(TraceNode part) => part.Held switch
    {
        true => "✓",
        false => "✗",
        null => "?",
    };
}
