using Supervision.Data.Results;
using Supervision.Storage.Results;
using Supervision.Storage.Tasks;

namespace Supervision.Service.Pages.Inspector;

/// <summary>
/// How the result form words the results file's codes (the codes themselves are the importer's, docs/tolerance-and-results.md).
/// </summary>
public static class ResultText
{
    public static IReadOnlyList<(string Code, string Words)> Harms { get; } =
    [
        ("none", "没有造成危害后果"),
        ("slight", "危害后果轻微"),
        ("serious", "造成危害后果"),
    ];

    public static IReadOnlyList<(string Code, string Words)> Statuses { get; } =
    [
        ("not_required", "无需整改（未发现问题）"),
        ("corrected", "已改正"),
        ("pending", "已责令限期改正，尚未改正"),
    ];

    public static IReadOnlyList<(string Code, string Words)> Timings { get; } =
    [
        ("", "—（未改正）"),
        ("before_discovery", "检查发现前已改正"),
        ("before_decision", "检查发现后、作出决定前改正"),
        ("within_deadline", "在整改期限内改正"),
        ("late", "超过整改期限改正"),
    ];

    /// <summary>The words of a category code (the code itself when it is not one).</summary>
    public static string Category(string code) => ResultCategory.Find(code)?.Words ?? code;

    /// <summary>The words of a code among <paramref name="choices"/>, or "—" when empty.</summary>
    public static string Of(IReadOnlyList<(string Code, string Words)> choices, string? code)
    {
        ArgumentNullException.ThrowIfNull(choices);
        return string.IsNullOrEmpty(code) ? "—" : choices.FirstOrDefault(c => c.Code == code).Words ?? code;
    }

    /// <summary>Inspector ids as the team's names (the id for one no longer on the team).</summary>
    public static string Names(IEnumerable<string> ids, IReadOnlyList<TeamMember> team)
        => string.Join("、", ids.Select(id => team.FirstOrDefault(m => m.InspectorId == id)?.Name ?? id));

    /// <summary>A ';'-separated list of item codes as the items' titles, with their codes.</summary>
    public static string Items(string? cell, IReadOnlyList<TaskItem> items)
        => Join(cell, code => items.FirstOrDefault(i => i.Code == code) is { } item ? $"{item.Title}（{item.Code}）" : code);

    /// <summary>A ';'-separated list of item:violation-code as item title and violation code.</summary>
    public static string Findings(string? cell, IReadOnlyList<TaskItem> items)
        => Join(cell, finding => finding.Split(':') is [var code, var violation]
            ? $"{items.FirstOrDefault(i => i.Code == code)?.Title ?? code}：{violation}"
            : finding);

    /// <summary>Where the entry stands, in a sentence.</summary>
    public static string State(ResultEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.Confirmed
            ? $"已由{entry.RecordedByName}录入（{Shanghai.Format(entry.RecordedAt)}），{entry.ConfirmedByName}确认（{Shanghai.Format(entry.ConfirmedAt!.Value)}）。"
            : $"已由{entry.RecordedByName}录入（{Shanghai.Format(entry.RecordedAt)}），待检查组另一名检查人员确认。";
    }

    private static string Join(string? cell, Func<string, string> words)
    {
        var entries = (cell ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return entries.Length == 0 ? "—" : string.Join("、", entries.Select(words));
    }
}
