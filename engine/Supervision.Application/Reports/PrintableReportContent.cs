using Supervision.Storage.Reports;

namespace Supervision.Application.Reports;

/// <summary>What a printable report holds: a period's latest night in full, the moves into it, the trends and the effectiveness.</summary>
/// <param name="From">First day of the period.</param>
/// <param name="To">Last day of the period.</param>
/// <param name="FilterWords">The filter in words ("全部企业" when none).</param>
/// <param name="Latest">The period's latest night, whose overview the report opens with.</param>
/// <param name="Overview">That night's overview.</param>
/// <param name="Moves">That night's moves since the night before it.</param>
/// <param name="Trends">The period's trends.</param>
/// <param name="Effectiveness">The period's draws' effectiveness.</param>
/// <param name="Coverage">Coverage and 无事不扰 on the latest night.</param>
/// <param name="Vocabulary">The words of the bundle in force.</param>
public sealed record PrintableReportContent(
    DateOnly From,
    DateOnly To,
    string FilterWords,
    ReportRun Latest,
    RiskOverview Overview,
    RiskMoves Moves,
    TrendReport Trends,
    EffectivenessReport Effectiveness,
    CoverageReport Coverage,
    ReportVocabulary Vocabulary);
