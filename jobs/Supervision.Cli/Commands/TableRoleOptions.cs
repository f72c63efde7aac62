using System.CommandLine;
using Supervision.Learning.Tables;

namespace Supervision.Cli.Commands;

/// <summary>
/// The column roles of a feature table (`--table`) as options of every `ml` verb that reads one: which column is the
/// row id, the entity, the date, the label and the baseline score, which to leave out, which to take as categories.
/// </summary>
internal sealed class TableRoleOptions
{
    public Option<string?> Id { get; } = new("--id") { Description = "with --table: the row id column (outputs are keyed by it; default: the line number)" };

    public Option<string?> Entity { get; } = new("--entity") { Description = "with --table: the inspected entity column (default: enterprise_id or uscc)" };

    public Option<string?> Date { get; } = new("--date") { Description = "with --table: the inspection date column, yyyy-MM-dd (a time after it is allowed; default: inspection_date)" };

    public Option<string?> Label { get; } = new("--label") { Description = "with --table: the label column, true/false, 1/0 or yes/no (default: label)" };

    public Option<string?> Baseline { get; } = new("--baseline")
    {
        Description = "with --table: a score to compare with that is not a feature (a rule score, a published model's score; higher = riskier). "
            + "Default: a rule_score column, which is then also a feature",
    };

    public Option<string[]> Ignore { get; } = new("--ignore")
    {
        Description = "with --table: columns that are not features (names, free text, identifiers, columns written after the inspection); repeat or separate by commas",
        AllowMultipleArgumentsPerToken = true,
    };

    public Option<string[]> Categorical { get; } = new("--categorical")
    {
        Description = "with --table: columns taken as categories even when their values look like numbers (codes, classes); repeat or separate by commas",
        AllowMultipleArgumentsPerToken = true,
    };

    public Option<bool> NoHistory { get; } = new("--no-history")
    {
        Description = "with --table: do not derive features from each entity's earlier rows (inspections, violations and rate before, previous label, days since the last)",
    };

    public Option<double> MaxRejectedShare { get; } = new("--max-rejected-share")
    {
        Description = "with --table: refuse the table when more than this share of its rows is rejected (default 0.01); nothing is then learned or scored",
        DefaultValueFactory = _ => TableRoles.DefaultMaxRejectedShare,
    };

    public IEnumerable<Option> All => [Id, Entity, Date, Label, Baseline, Ignore, Categorical, NoHistory, MaxRejectedShare];

    /// <summary>The roles the options give; false (with the problem on standard error) when the share is out of range.</summary>
    public bool TryRead(ParseResult parse, out TableRoles roles)
    {
        ArgumentNullException.ThrowIfNull(parse);
        roles = TableRoles.Default;
        var share = parse.GetValue(MaxRejectedShare);
        if (!(share is >= 0 and <= 1))
        {
            Console.Error.WriteLine($"--max-rejected-share {share}: give a share between 0 and 1 (0.01 = one row in a hundred)");
            return false;
        }

        roles = new TableRoles
        {
            Id = parse.GetValue(Id),
            Entity = parse.GetValue(Entity),
            Date = parse.GetValue(Date),
            Label = parse.GetValue(Label),
            Baseline = parse.GetValue(Baseline),
            Ignore = Names(parse.GetValue(Ignore)),
            Categorical = Names(parse.GetValue(Categorical)),
            History = !parse.GetValue(NoHistory),
            MaxRejectedShare = share,
        };
        return true;
    }

    private static string[] Names(string[]? values)
        => [.. (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).Distinct(StringComparer.Ordinal)];
}
