namespace Supervision.Application.Reports;

/// <summary>How finely a trend is told: every night, or each month by its last night.</summary>
public enum TrendStep
{
    Night,
    Month,
}
