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
            district          text    NOT NULL,
            grid              text    NOT NULL,
            registration_date date    NOT NULL,
            status            text    NOT NULL,
            new_business_form boolean NOT NULL
        ) ON COMMIT DROP
        """;

    public const string Lock = "LOCK TABLE supervision.enterprises IN SHARE ROW EXCLUSIVE MODE";

    public const string CopyOut = """
        COPY supervision.enterprises (uscc, name, industry_code, region, district, grid, registration_date, status, new_business_form)
        TO STDOUT (FORMAT BINARY)
        """;

    public const string CopyIntoTable = """
        COPY supervision.enterprises (uscc, name, industry_code, region, district, grid, registration_date, status, new_business_form)
        FROM STDIN (FORMAT BINARY)
        """;

    public const string CopyIntoStaging = """
        COPY enterprises_staging (uscc, name, industry_code, region, district, grid, registration_date, status, new_business_form)
        FROM STDIN (FORMAT BINARY)
        """;

    // Only rows that differ from the stored ones reach the staging table; the comparison is repeated here so that a
    // row is never rewritten for nothing.
    public const string Update = """
        UPDATE supervision.enterprises t SET
            name = s.name,
            industry_code = s.industry_code,
            region = s.region,
            district = s.district,
            grid = s.grid,
            registration_date = s.registration_date,
            status = s.status,
            new_business_form = s.new_business_form,
            updated_at = now()
        FROM enterprises_staging s
        WHERE t.uscc = s.uscc
          AND (t.name, t.industry_code, t.region, t.district, t.grid, t.registration_date, t.status, t.new_business_form)
              IS DISTINCT FROM
              (s.name, s.industry_code, s.region, s.district, s.grid, s.registration_date, s.status, s.new_business_form)
        """;
}
