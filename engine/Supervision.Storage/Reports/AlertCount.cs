namespace Supervision.Storage.Reports;

/// <summary>A night's alerts of one level and kind under the filters, and how many became case leads.</summary>
public sealed record AlertCount(string Level, string Kind, long Alerts, long Leads);
