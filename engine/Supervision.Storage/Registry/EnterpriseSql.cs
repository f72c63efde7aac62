namespace Supervision.Storage.Registry;

/// <summary>The enterprise upsert's SQL.</summary>
internal static class EnterpriseSql
{
    // A temporary table is private to the session and not WAL-logged; ON COMMIT DROP cleans it up either way.
    public const string CreateStaging = """
        CREATE TEMPORARY TABLE enterprises_staging (
            uscc              text    NOT NULL,
            name              text    NOT NULL,
            industry_code     text    NOT NULL,
            region            text    NOT NULL,
            grid              text    NOT NULL,
            registration_date date    NOT NULL,
            status            text    NOT NULL,
            new_business_form boolean NOT NULL
        ) ON COMMIT DROP
        """;

    public const string LockAndCheckEmpty = """
        LOCK TABLE supervision.enterprises IN SHARE ROW EXCLUSIVE MODE;
        SELECT NOT EXISTS (SELECT FROM supervision.enterprises)
        """;

    public const string CopyIntoTable = """
        COPY supervision.enterprises (uscc, name, industry_code, region, grid, registration_date, status, new_business_form)
        FROM STDIN (FORMAT BINARY)
        """;

    public const string CopyIntoStaging = """
        COPY enterprises_staging (uscc, name, industry_code, region, grid, registration_date, status, new_business_form)
        FROM STDIN (FORMAT BINARY)
        """;

    // Only new and changed rows reach the INSERT (the anti-join is cheaper than a no-op ON CONFLICT per row), so
    // updated_at means "last changed". The table lock makes the pre-filter exact; ON CONFLICT stays as the guarantee.
    // xmax = 0 on a returned row means it was inserted, not updated.
    public const string Upsert = """
        WITH written AS (
            INSERT INTO supervision.enterprises AS e
                (uscc, name, industry_code, region, grid, registration_date, status, new_business_form)
            SELECT s.uscc, s.name, s.industry_code, s.region, s.grid, s.registration_date, s.status, s.new_business_form
            FROM enterprises_staging s
            LEFT JOIN supervision.enterprises t ON t.uscc = s.uscc
            WHERE t.uscc IS NULL
               OR (t.name, t.industry_code, t.region, t.grid, t.registration_date, t.status, t.new_business_form)
                  IS DISTINCT FROM
                  (s.name, s.industry_code, s.region, s.grid, s.registration_date, s.status, s.new_business_form)
            ON CONFLICT (uscc) DO UPDATE SET
                name = excluded.name,
                industry_code = excluded.industry_code,
                region = excluded.region,
                grid = excluded.grid,
                registration_date = excluded.registration_date,
                status = excluded.status,
                new_business_form = excluded.new_business_form,
                updated_at = now()
            RETURNING xmax = 0 AS inserted
        )
        SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted) FROM written
        """;
}
