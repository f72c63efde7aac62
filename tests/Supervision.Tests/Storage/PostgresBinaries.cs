namespace Supervision.Tests.Storage;

/// <summary>Finds the PostgreSQL server programs (initdb, pg_ctl, psql) on this machine.</summary>
internal static class PostgresBinaries
{
    /// <summary>Overrides the search with a directory holding initdb and pg_ctl.</summary>
    public const string Variable = "SUPERVISION_PG_BIN";

    /// <summary>The directory, or null when the server programs are not installed.</summary>
    public static string? Find()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } configured)
        {
            return File.Exists(Path.Combine(configured, "initdb")) ? configured : null;
        }

        const string debian = "/usr/lib/postgresql";
        if (Directory.Exists(debian))
        {
            var newest = Directory.EnumerateDirectories(debian)
                .Select(d => (Dir: Path.Combine(d, "bin"), Version: int.TryParse(Path.GetFileName(d), out var v) ? v : 0))
                .Where(d => File.Exists(Path.Combine(d.Dir, "initdb")))
                .OrderByDescending(d => d.Version)
                .Select(d => d.Dir)
                .FirstOrDefault();
            if (newest is not null)
            {
                return newest;
            }
        }

        return (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")));
    }

    /// <summary>psql: next to the server programs, else on the PATH.</summary>
    public static string Psql()
    {
        if (Find() is { } dir && File.Exists(Path.Combine(dir, "psql")))
        {
            return Path.Combine(dir, "psql");
        }

        return "psql";
    }
}
