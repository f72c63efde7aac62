namespace Supervision.Storage.Migrations;

/// <summary>The migration scripts compiled into this assembly (Migrations/*.sql), in version order.</summary>
internal static class EmbeddedMigrations
{
    private const string Prefix = "Supervision.Storage.Migrations.";

    public static IReadOnlyList<MigrationScript> All { get; } = Load();

    private static List<MigrationScript> Load()
    {
        var assembly = typeof(EmbeddedMigrations).Assembly;
        var scripts = new List<MigrationScript>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            scripts.Add(MigrationScript.Parse(resource[Prefix.Length..], reader.ReadToEnd()));
        }

        return [.. scripts.OrderBy(s => s.Version)];
    }
}
