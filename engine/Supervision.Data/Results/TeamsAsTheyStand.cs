using CsvHelper;
using Supervision.Data.Import;
using Supervision.Draws.Record;

namespace Supervision.Data.Results;

/// <summary>
/// The teams of a draw's tasks as they stand after recusals and reassignments (回避, 重新指派), where they differ from the
/// teams drawn: what a result's inspectors are checked against. The draw record keeps the teams as drawn (its
/// verification needs them), so the changed teams travel beside it as <see cref="File"/> (<c>task_id,team</c>, the team's
/// inspector ids separated by <c>;</c>), written by `results export` and read wherever the record is read for results.
/// </summary>
public static class TeamsAsTheyStand
{
    public const string File = "teams.csv";

    private static readonly string[] Header = ["task_id", "team"];

    /// <summary>Writes <paramref name="teams"/> (task id → team as it stands) to <paramref name="path"/>, in task order.</summary>
    public static void Write(string path, IReadOnlyDictionary<string, IReadOnlyList<string>> teams)
    {
        ArgumentNullException.ThrowIfNull(teams);
        SafeCsvWriter.Write(path, Header, teams.OrderBy(t => t.Key, StringComparer.Ordinal)
            .Select(t => (IReadOnlyList<string?>)[t.Key, string.Join(';', t.Value)]));
    }

    /// <summary><paramref name="record"/> with the teams of <see cref="File"/> beside <paramref name="recordPath"/>, when there is one.</summary>
    /// <exception cref="InvalidDataException">The file names a task the draw does not have, or lacks a column.</exception>
    public static DrawRecord ApplyBeside(DrawRecord record, string recordPath)
    {
        var path = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(recordPath))!, File);
        return System.IO.File.Exists(path) ? Apply(record, Read(path)) : record;
    }

    /// <summary><paramref name="record"/> whose tasks named in <paramref name="teams"/> have those teams.</summary>
    /// <exception cref="InvalidDataException">A task the draw does not have.</exception>
    public static DrawRecord Apply(DrawRecord record, IReadOnlyDictionary<string, IReadOnlyList<string>> teams)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(teams);
        if (teams.Count == 0)
        {
            return record;
        }

        var unknown = teams.Keys.Except(record.Outcome.Tasks.Select(t => t.TaskId), StringComparer.Ordinal).FirstOrDefault();
        if (unknown is not null)
        {
            throw new InvalidDataException($"{File}: task {unknown} is not a task of draw {record.DrawId}");
        }

        var tasks = record.Outcome.Tasks.Select(t => teams.TryGetValue(t.TaskId, out var team) ? t with { Team = team } : t).ToList();
        return record with { Outcome = record.Outcome with { Tasks = tasks } };
    }

    private static Dictionary<string, IReadOnlyList<string>> Read(string path)
    {
        var teams = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        using var reader = CsvReader.FromFile(path, CsvReaderOptions.Default with { Separator = ',' });
        var headers = reader.Headers.Select(h => h.Trim().TrimStart('\uFEFF')).ToList();
        int Column(string name) => headers.IndexOf(name) is >= 0 and var i ? i : throw new InvalidDataException($"{path}: no column {name}; is it a {File}?");
        var (task, team) = (Column("task_id"), Column("team"));
        while (reader.Read())
        {
            var ids = reader.GetString(team);
            teams[reader.GetString(task)] = ids.Length == 0 ? [] : ids.Split(';');
        }

        return teams;
    }
}
