using Supervision.Data.Results;

namespace Supervision.Application.Results;

/// <summary>
/// The results file's column names, for hosts that build or read a result as a row of it (the web's result form): the
/// importer declares them, hosts do not reach into it.
/// </summary>
public static class ResultColumns
{
    public static string Date => ResultImporter.Date.Name;

    public static string Inspectors => ResultImporter.Inspectors.Name;

    public static string ItemsChecked => ResultImporter.ItemsChecked.Name;

    public static string Findings => ResultImporter.Findings.Name;

    public static string Harm => ResultImporter.Harm.Name;

    public static string Quantity => ResultImporter.Quantity.Name;

    public static string Deadline => ResultImporter.Deadline.Name;

    public static string Status => ResultImporter.Status.Name;

    public static string Timing => ResultImporter.Timing.Name;

    public static string CorrectedOn => ResultImporter.CorrectedOn.Name;

    public static string Outcome => ResultImporter.Outcome.Name;
}
