namespace Supervision.Benchmarks.Reports;

/// <summary>One district (区/街道) of the second run, as its pages must show it.</summary>
/// <param name="Name">The district as the registry writes it.</param>
/// <param name="Enterprises">Its enterprises.</param>
/// <param name="Movers">Its enterprises whose category changed since the first run.</param>
/// <param name="ByCategory">Its enterprises in categories I, II, III and IV.</param>
/// <param name="FirstPageHead">The first USCC of its list (ordinal order).</param>
/// <param name="Page200Head">The first USCC of its list's page 200, or null when it has fewer rows.</param>
internal sealed record ReportsDistrict(string Name, long Enterprises, long Movers, long[] ByCategory, string FirstPageHead, string? Page200Head);
