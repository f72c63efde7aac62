using Supervision.Data.Import;
using Supervision.Data.Results;
using Supervision.Draws.Record;

namespace Supervision.Application.Results;

/// <summary>
/// Inspection results come back: each row of a results file checked against the draw it answers (task, enterprise,
/// team, items, findings coded by violation), accepted or rejected with file:line:column and reason.
/// </summary>
public static class ImportResults
{
    /// <summary>Reads the draw record at <paramref name="drawPath"/> and checks the results file against it.</summary>
    /// <exception cref="FileNotFoundException">Either file does not exist.</exception>
    public static ResultsImport Run(string drawPath, string resultsPath)
    {
        foreach (var path in (string[])[drawPath, resultsPath])
        {
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"{path} does not exist", path);
            }
        }

        // The teams as they stand after recusals, when `results export` wrote them beside the record.
        var record = TeamsAsTheyStand.ApplyBeside(RecordJson.Read(drawPath), drawPath);
        return new ResultsImport(record, ResultImporter.Import(resultsPath, record));
    }

    /// <summary>The results of <paramref name="record"/>'s tasks in <paramref name="resultsPath"/>.</summary>
    public static ImportResult<InspectionResult> Run(DrawRecord record, string resultsPath) => ResultImporter.Import(resultsPath, record);
}
