namespace Supervision.Storage.Migrations;

/// <summary>The runner's own SQL: the journal of applied scripts.</summary>
internal static class MigrationSql
{
    public const string CreateJournal = """
        CREATE SCHEMA IF NOT EXISTS supervision;
        CREATE TABLE IF NOT EXISTS supervision.schema_migrations (
            version    integer     PRIMARY KEY,
            name       text        NOT NULL,
            sha256     text        NOT NULL,
            applied_at timestamptz NOT NULL DEFAULT now()
        );
        """;

    public const string ReadJournal = "SELECT version, name, sha256 FROM supervision.schema_migrations ORDER BY version";

    public const string Record = "INSERT INTO supervision.schema_migrations (version, name, sha256) VALUES ($1, $2, $3)";
}
