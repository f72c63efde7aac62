namespace Supervision.Storage.Reports;

/// <summary>How many enterprises of a run share one industry, district, category, safety level, credit class and regime.</summary>
public sealed record BreakdownCount(
    string IndustryCode, string District, string Category, string SafetyLevel, string CreditClass, string Regime, long Enterprises);
