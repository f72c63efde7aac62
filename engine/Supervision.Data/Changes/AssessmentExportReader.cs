using CsvHelper;
using Supervision.Data.Scoring;
using Supervision.Rules.Bundle;

namespace Supervision.Data.Changes;

/// <summary>Reads an assessments export (what `score`, `draw` and `nightly` write) back by header name.</summary>
public static class AssessmentExportReader
{
    /// <exception cref="InvalidDataException">The file is not an assessments export.</exception>
    public static Dictionary<string, StatusSnapshot> Read(string path)
    {
        using var reader = CsvReader.FromFile(path, StrictCsv.Options);
        var headers = reader.Headers.Select(h => h.Trim().TrimStart('\uFEFF')).ToList();
        if (!headers.SequenceEqual(AssessmentCsv.Headers, StringComparer.Ordinal))
        {
            throw new InvalidDataException($"{path}:1: not an assessments export (expected the columns {string.Join(",", AssessmentCsv.Headers)})");
        }

        int Column(string name) => headers.IndexOf(name);
        var (uscc, name, asOf, level, cls, category, regime, fired) = (Column("uscc"), Column("name"), Column("as_of"), Column("safety_level"),
            Column("credit_class"), Column("category"), Column("regime"), Column("fired"));
        var rows = new Dictionary<string, StatusSnapshot>(StringComparer.Ordinal);
        while (reader.Read())
        {
            var id = reader.GetString(uscc);
            var ids = reader.GetString(fired);
            var snapshot = new StatusSnapshot(id, reader.GetString(name), reader.GetString(asOf), reader.GetString(level), reader.GetString(cls),
                reader.GetString(category), reader.GetString(regime), ids.Length == 0 ? new HashSet<string>() : ids.Split(';').ToHashSet(StringComparer.Ordinal));
            if (!rows.TryAdd(id, snapshot))
            {
                throw new InvalidDataException($"{path}:{reader.LineNumber}: enterprise {id} appears twice");
            }
        }

        return rows;
    }
}
