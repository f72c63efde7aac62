namespace Supervision.Storage.Reports;

/// <summary>The SQL of <see cref="RunReportStore"/> (tables in 0015_analyst_reports.sql).</summary>
internal static class ReportSql
{
    /// <summary>Runs whose assessments are whole: completed, or scored again on a day already drawn.</summary>
    public const string ReportableStatus = "status IN ('completed', 'already_drawn')";

    public const string Runs = $"""
        SELECT run_id, as_of, enterprises, bundle_hash FROM supervision.assessment_runs
        WHERE {ReportableStatus} ORDER BY as_of DESC, updated_at DESC LIMIT $1
        """;

    public const string Run = $"SELECT run_id, as_of, enterprises, bundle_hash FROM supervision.assessment_runs WHERE run_id = $1 AND {ReportableStatus}";

    public const string Built = "SELECT previous_run_id FROM supervision.run_reports WHERE run_id = $1";

    public const string Lock = "SELECT pg_advisory_xact_lock($1)";

    public const string PreviousRun = $"""
        SELECT run_id FROM supervision.assessment_runs
        WHERE {ReportableStatus} AND as_of < $1 ORDER BY as_of DESC, updated_at DESC LIMIT 1
        """;

    public const string InsertBreakdown = """
        INSERT INTO supervision.run_breakdowns (run_id, industry_code, region, district, grid, category, safety_level, credit_class,
            regime, enterprises)
        SELECT $1, industry_code, region, district, grid, coalesce(category, ''), coalesce(safety_level, ''), coalesce(credit_class, ''),
               coalesce(regime, ''), count(*)
        FROM supervision.assessments WHERE run_id = $1
        GROUP BY industry_code, region, district, grid, coalesce(category, ''), coalesce(safety_level, ''), coalesce(credit_class, ''),
                 coalesce(regime, '')
        """;

    /// <summary>The comparison of two runs ($1 the later, $2 the earlier): enterprises in both whose standing differs.</summary>
    private const string MovesBetween = """
        SELECT n.uscc, n.name, n.industry_code, n.district, n.grid,
               coalesce(p.category, ''), coalesce(n.category, ''), coalesce(p.safety_level, ''), coalesce(n.safety_level, ''),
               coalesce(p.credit_class, ''), coalesce(n.credit_class, ''), coalesce(p.regime, ''), coalesce(n.regime, ''),
               ARRAY(SELECT x FROM unnest(n.fired) AS x EXCEPT SELECT y FROM unnest(p.fired) AS y ORDER BY 1),
               ARRAY(SELECT y FROM unnest(p.fired) AS y EXCEPT SELECT x FROM unnest(n.fired) AS x ORDER BY 1)
        FROM supervision.assessments AS n
        JOIN supervision.assessments AS p ON p.run_id = $2 AND p.uscc = n.uscc
        WHERE n.run_id = $1
          AND (n.category, n.safety_level, n.credit_class, n.regime) IS DISTINCT FROM (p.category, p.safety_level, p.credit_class, p.regime)
        """;

    public const string InsertMoves = $"""
        INSERT INTO supervision.run_moves (run_id, uscc, name, industry_code, district, grid, from_category, to_category, from_level,
            to_level, from_class, to_class, from_regime, to_regime, fired_now, fired_before)
        SELECT $1, m.* FROM ({MovesBetween}) AS m
        """;

    public const string InsertReport = """
        INSERT INTO supervision.run_reports (run_id, as_of, previous_run_id, enterprises, built_at)
        SELECT run_id, as_of, $2, (SELECT count(*) FROM supervision.assessments WHERE run_id = $1), $3
        FROM supervision.assessment_runs WHERE run_id = $1
        """;

    // The filters, shared by every query over a run's rows: industry by code prefix (a section letter, a division…),
    // the others exact; a null filter matches everything. Parameters $2–$5.
    private static string Filters(string category, string regime) => $"""
        ($2::text IS NULL OR industry_code LIKE $2::text || '%')
        AND ($3::text IS NULL OR district = $3::text)
        AND ($4::text IS NULL OR {category} = $4::text)
        AND ($5::text IS NULL OR {regime} = $5::text)
        """;

    private static readonly string BreakdownFilters = Filters("category", "regime");

    private static readonly string AssessmentFilters = Filters("coalesce(category, '')", "coalesce(regime, '')");

    private static readonly string MoveFilters = Filters("to_category", "to_regime");

    public static readonly string Breakdown = $"""
        SELECT industry_code, district, category, safety_level, credit_class, regime, sum(enterprises)::bigint
        FROM supervision.run_breakdowns
        WHERE run_id = $1 AND {BreakdownFilters}
        GROUP BY industry_code, district, category, safety_level, credit_class, regime
        """;

    /// <summary>Districts and industries present in a run, for the filter lists.</summary>
    public const string Facets = """
        SELECT 'district', district FROM supervision.run_breakdowns WHERE run_id = $1 GROUP BY district
        UNION ALL
        SELECT 'industry', industry_code FROM supervision.run_breakdowns WHERE run_id = $1 GROUP BY industry_code
        UNION ALL
        SELECT 'category', category FROM supervision.run_breakdowns WHERE run_id = $1 GROUP BY category
        UNION ALL
        SELECT 'regime', regime FROM supervision.run_breakdowns WHERE run_id = $1 GROUP BY regime
        """;

    // The lists are in USCC order by the column's own collation, not COLLATE "C": only then does PostgreSQL read them in
    // primary-key order (a page of a million-row run in milliseconds) instead of sorting the run. A USCC is upper-case
    // letters and digits, which the C and the usual locales order alike.
    public const string MoveColumns = """
        uscc, name, industry_code, district, grid, from_category, to_category, from_level, to_level, from_class, to_class, from_regime,
        to_regime, fired_now, fired_before
        """;

    public static readonly string StoredMoves = $"""
        SELECT {MoveColumns} FROM supervision.run_moves
        WHERE run_id = $1 AND {MoveFilters}
        ORDER BY uscc LIMIT $6
        """;

    public static readonly string StoredMoveCount = $"SELECT count(*) FROM supervision.run_moves WHERE run_id = $1 AND {MoveFilters}";

    /// <summary>Moves between two chosen runs, computed on demand ($1 later, $6 earlier, $7 limit).</summary>
    public static readonly string MovesOverPeriod = $"""
        SELECT * FROM ({MovesBetween.Replace("$2", "$6", StringComparison.Ordinal)}) AS m (uscc, name, industry_code, district, grid,
            from_category, to_category, from_level, to_level, from_class, to_class, from_regime, to_regime, fired_now, fired_before)
        WHERE {MoveFilters}
        ORDER BY uscc LIMIT $7
        """;

    public const string AssessmentColumns = """
        uscc, name, industry_code, region, district, grid, coalesce(category, ''), coalesce(safety_level, ''), safety_score,
        coalesce(credit_class, ''), credit_score, coalesce(regime, ''), fired, error
        """;

    /// <summary>A run's enterprises under the filters, in USCC order ($6 limit, $7 offset; a null limit for all).</summary>
    public static readonly string Assessments = $"""
        SELECT {AssessmentColumns} FROM supervision.assessments
        WHERE run_id = $1 AND {AssessmentFilters}
        ORDER BY uscc LIMIT $6 OFFSET $7
        """;

    // A night's alerts under the filters of its assessments ($2–$5) and a level ($6, null for all), leads only when $7.
    // The district, industry and category filters read the enterprise's assessment of the same night.
    private static readonly string AlertFilters = $"""
        n.run_id = $1 AND {Filters("coalesce(a.category, '')", "n.regime")}
        AND ($6::text IS NULL OR n.level = $6::text) AND (NOT $7::boolean OR n.lead)
        """;

    /// <summary>A night's alerts in the night's order, most urgent first ($8 limit, $9 offset; a null limit for all).</summary>
    public static readonly string Alerts = $"""
        SELECT n.uscc, n.name, coalesce(a.district, ''), n.rule_id, n.kind, n.level, n.title, n.basis, n.read_values, n.regime,
               n.lead_reference
        FROM supervision.night_alerts AS n
        LEFT JOIN supervision.assessments AS a ON a.run_id = n.run_id AND a.uscc = n.uscc
        WHERE {AlertFilters}
        ORDER BY n.position LIMIT $8 OFFSET $9
        """;

    /// <summary>A night's alerts counted by level and kind under the same filters, most urgent level first.</summary>
    public static readonly string AlertCounts = $"""
        SELECT n.level, n.kind, count(*), count(*) FILTER (WHERE n.lead)
        FROM supervision.night_alerts AS n
        LEFT JOIN supervision.assessments AS a ON a.run_id = n.run_id AND a.uscc = n.uscc
        WHERE {AlertFilters}
        GROUP BY n.level, n.kind
        ORDER BY CASE n.level WHEN 'red' THEN 0 WHEN 'orange' THEN 1 ELSE 2 END, n.kind
        """;

    /// <summary>An enterprise across the reportable runs, newest first, one primary-key probe per run.</summary>
    public const string History = $"""
        SELECT r.run_id, r.as_of, r.bundle_hash, a.name, a.industry_code, a.region, a.district, a.grid, coalesce(a.category, ''),
               coalesce(a.safety_level, ''), a.safety_score, coalesce(a.credit_class, ''), a.credit_score, coalesce(a.regime, ''), a.fired,
               a.error
        FROM supervision.assessment_runs AS r
        JOIN supervision.assessments AS a ON a.run_id = r.run_id AND a.uscc = $1
        WHERE r.{ReportableStatus}
        ORDER BY r.as_of DESC, r.updated_at DESC
        LIMIT $2
        """;

    /// <summary>An enterprise's tasks across draws with their results, newest draw first.</summary>
    public const string Tasks = """
        SELECT t.draw_id, d.draw_date, d.status, t.plan_id, t.department, t.pool, t.window_from, t.window_to, t.items,
               r.outcome, r.inspected_on, r.state
        FROM supervision.draw_tasks AS t
        JOIN supervision.draws AS d ON d.draw_id = t.draw_id
        LEFT JOIN supervision.inspection_results AS r ON r.draw_id = t.draw_id AND r.task_id = t.task_id
        WHERE t.uscc = $1
        ORDER BY d.draw_date DESC, t.task_id
        LIMIT $2
        """;

    /// <summary>Reportable runs in [$1, $2] whose report rows are not built yet.</summary>
    public const string Unbuilt = $"""
        SELECT run_id FROM supervision.assessment_runs AS r
        WHERE r.{ReportableStatus} AND r.as_of BETWEEN $1 AND $2
          AND NOT EXISTS (SELECT 1 FROM supervision.run_reports AS b WHERE b.run_id = r.run_id)
        ORDER BY as_of
        """;

    /// <summary>Enterprises per night, district and category in [$1, $6] under the filters; the latest run of each night.</summary>
    public static readonly string Nightly = $"""
        WITH nights AS (
            SELECT DISTINCT ON (as_of) run_id, as_of FROM supervision.assessment_runs
            WHERE {ReportableStatus} AND as_of BETWEEN $1 AND $6
            ORDER BY as_of, updated_at DESC)
        SELECT n.as_of, b.district, b.category, sum(b.enterprises)::bigint
        FROM nights AS n JOIN supervision.run_breakdowns AS b ON b.run_id = n.run_id
        WHERE {BreakdownFilters}
        GROUP BY n.as_of, b.district, b.category
        """;

    /// <summary>
    /// Inspection tasks of the draws made in [$1, $6] (voided draws left out) per month, district and category of the
    /// enterprise in the draw's run, and pool: drawn, with a confirmed result, and with a problem found. Filters on the
    /// enterprise as the draw's run assessed it.
    /// </summary>
    public static readonly string Activity = $"""
        SELECT date_trunc('month', d.draw_date)::date, a.district, coalesce(a.category, ''), t.pool, count(*),
               count(*) FILTER (WHERE r.state = 'confirmed'),
               count(*) FILTER (WHERE r.state = 'confirmed' AND supervision.problem_found(r.outcome))
        FROM supervision.draws AS d
        JOIN supervision.draw_tasks AS t ON t.draw_id = d.draw_id
        JOIN supervision.assessments AS a ON a.run_id = d.run_id AND a.uscc = t.uscc
        LEFT JOIN supervision.inspection_results AS r ON r.draw_id = t.draw_id AND r.task_id = t.task_id
        WHERE d.status <> 'cancelled' AND d.draw_date BETWEEN $1 AND $6 AND {AssessmentFilters}
        GROUP BY 1, 2, 3, 4
        """;

    /// <summary>Every inspected task (confirmed result) of the draws in [$1, $6] with the enterprise's standing in the draw's run.</summary>
    public static readonly string Inspected = $"""
        SELECT t.uscc, t.pool, coalesce(a.category, ''), a.safety_score, a.credit_score, supervision.problem_found(r.outcome)
        FROM supervision.draws AS d
        JOIN supervision.draw_tasks AS t ON t.draw_id = d.draw_id
        JOIN supervision.assessments AS a ON a.run_id = d.run_id AND a.uscc = t.uscc
        JOIN supervision.inspection_results AS r ON r.draw_id = t.draw_id AND r.task_id = t.task_id AND r.state = 'confirmed'
        WHERE d.status <> 'cancelled' AND d.draw_date BETWEEN $1 AND $6 AND {AssessmentFilters}
        """;

    /// <summary>Every confirmed result's visit (enterprise, day, department, pool), up to $1.</summary>
    public const string ConfirmedVisits = """
        SELECT t.uscc, r.inspected_on, t.department, t.pool
        FROM supervision.inspection_results AS r
        JOIN supervision.draw_tasks AS t ON t.draw_id = r.draw_id AND t.task_id = r.task_id
        JOIN supervision.draws AS d ON d.draw_id = r.draw_id
        WHERE r.state = 'confirmed' AND d.status <> 'cancelled' AND r.inspected_on <= $1
        """;
}
