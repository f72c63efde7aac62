using System.Globalization;

namespace Supervision.Application.Results;

/// <summary>What a night took in (<see cref="TakeInResults"/>).</summary>
/// <param name="DataDirectory">The directory the night reads: the data directory itself when nothing was confirmed, else the copy with the results fed back.</param>
/// <param name="Results">Results accepted by the validator.</param>
/// <param name="Rejected">Confirmed results the validator no longer accepts (the draw or the team changed under them): reported, not fed back.</param>
/// <param name="Findings">Findings decided.</param>
/// <param name="InspectionRows">inspections.csv rows appended.</param>
/// <param name="PenaltyRows">credit-records.csv penalty rows appended.</param>
/// <param name="ListingRows">credit-records.csv abnormal-list rows appended (results whose category lists the enterprise).</param>
public sealed record ResultsIntake(string DataDirectory, int Results, int Rejected, int Findings, int InspectionRows, int PenaltyRows, int ListingRows)
{
    /// <summary>What was taken in, in a line for the operator.</summary>
    public string Summary => string.Create(CultureInfo.InvariantCulture,
        $"took in {Results} result(s) confirmed in the service ({Rejected} no longer accepted): {Findings} finding(s) decided, {InspectionRows} inspection row(s), {PenaltyRows} penalty row(s) and {ListingRows} abnormal-list row(s) fed back");
}
