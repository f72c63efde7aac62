using CsvHelper;

namespace Supervision.Application.Reports;

/// <summary>An enterprise's learned violation risk as <c>supervision ml score</c> wrote it into the data directory.</summary>
/// <param name="Probability">The predicted probability that an inspection finds a violation, as written.</param>
/// <param name="ModelId">The model that predicted it.</param>
/// <param name="Reasons">The features that pushed the prediction most, signed ("feature +0.12; feature -0.05").</param>
public sealed record LearnedRiskEntry(string Probability, string ModelId, string Reasons)
{
    private static readonly CsvReaderOptions Options = CsvReaderOptions.Default with { Separator = ',' };

    /// <summary>
    /// The row of <paramref name="uscc"/> in <paramref name="path"/> (learned-risk.csv), or null when the file or the row
    /// is missing: a model is in use only where someone scored with one. Reads the file to the row, asked for by one page.
    /// </summary>
    public static LearnedRiskEntry? Find(string path, string uscc)
    {
        ArgumentNullException.ThrowIfNull(uscc);
        if (!File.Exists(path))
        {
            return null;
        }

        using var reader = CsvReader.FromFile(path, Options);
        var headers = reader.Headers.Select(h => h.Trim().TrimStart('\uFEFF')).ToList();
        int Column(string name) => headers.IndexOf(name);
        var (id, risk, model, reasons) = (Column("uscc"), Column("learned_violation_risk"), Column("model_id"), Column("reasons"));
        if (id < 0 || risk < 0)
        {
            return null;
        }

        while (reader.Read())
        {
            if (string.Equals(reader.GetString(id).Trim(), uscc, StringComparison.Ordinal))
            {
                return new LearnedRiskEntry(reader.GetString(risk), model < 0 ? "" : reader.GetString(model), reasons < 0 ? "" : reader.GetString(reasons));
            }
        }

        return null;
    }

    /// <summary>
    /// The learned risk of each enterprise of <paramref name="usccs"/> that <paramref name="path"/> (learned-risk.csv)
    /// scores, or an empty map when the file is missing; unreadable probabilities are left out.
    /// </summary>
    public static IReadOnlyDictionary<string, double> ReadAll(string path, IReadOnlySet<string> usccs)
    {
        ArgumentNullException.ThrowIfNull(usccs);
        var risks = new Dictionary<string, double>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return risks;
        }

        using var reader = CsvReader.FromFile(path, Options);
        var headers = reader.Headers.Select(h => h.Trim().TrimStart('\uFEFF')).ToList();
        var (id, risk) = (headers.IndexOf("uscc"), headers.IndexOf("learned_violation_risk"));
        if (id < 0 || risk < 0)
        {
            return risks;
        }

        while (reader.Read())
        {
            var uscc = reader.GetString(id).Trim();
            if (usccs.Contains(uscc) && double.TryParse(reader.GetString(risk), System.Globalization.NumberStyles.Float,
                    System.Globalization.CultureInfo.InvariantCulture, out var probability))
            {
                risks[uscc] = probability;
            }
        }

        return risks;
    }
}
