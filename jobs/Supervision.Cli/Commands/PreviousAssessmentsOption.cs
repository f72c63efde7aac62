using System.CommandLine;
using Supervision.Data.Import;
using Supervision.Rules.Alerts;

namespace Supervision.Cli.Commands;

/// <summary>
/// <c>--previous</c> of <c>score</c> and <c>draw</c>: an earlier assessments export the night's alerts compare with. Read
/// whole or not at all: alerts compared with part of a night would report rises that are not there.
/// </summary>
internal static class PreviousAssessmentsOption
{
    public static Option<string?> Create() => new("--previous")
    {
        Description = "an earlier assessments CSV (of score or of a night) the alerts compare with; without it only new records raise alerts",
    };

    /// <summary>The previous assessments by USCC (empty without a file); false, with the problems written, when the file is unusable.</summary>
    public static bool TryRead(string? path, out IReadOnlyDictionary<string, PreviousStanding> previous)
    {
        previous = new Dictionary<string, PreviousStanding>(StringComparer.Ordinal);
        if (path is null)
        {
            return true;
        }

        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"'{path}' not found: --previous must name an assessments CSV");
            return false;
        }

        var read = PreviousAssessmentImporter.Import(path);
        ImportReportFormatter.Write(Console.Error, [read.Report]);
        if (read.Report.Rejected > 0 || read.Rows.Count == 0)
        {
            Console.Error.WriteLine($"{path}: {(read.Rows.Count == 0 ? "no assessment was read" : "rows were rejected")}; "
                + "nothing was done (alerts compared with part of a night would mislead)");
            return false;
        }

        previous = read.Rows.ToDictionary(r => r.Uscc, r => r.Standing, StringComparer.Ordinal);
        return true;
    }
}
