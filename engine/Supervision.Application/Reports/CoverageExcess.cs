namespace Supervision.Application.Reports;

/// <summary>An enterprise visited more often this year than an annual cap allows.</summary>
/// <param name="Uscc">The enterprise.</param>
/// <param name="Name">Its name on the night.</param>
/// <param name="Visits">Its visits this calendar year, all departments.</param>
/// <param name="MostByOneDepartment">The most visits by one department.</param>
/// <param name="Triggered">True when a visit this year was triggered (a case, a complaint, an alert): caps do not bind those.</param>
public sealed record CoverageExcess(string Uscc, string Name, int Visits, int MostByOneDepartment, bool Triggered);
