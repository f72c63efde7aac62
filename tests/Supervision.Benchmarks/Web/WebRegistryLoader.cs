using System.Globalization;
using NpgsqlTypes;
using Supervision.Model.Registry;
using Supervision.Storage;
using Supervision.Synthetic;

namespace Supervision.Benchmarks.Web;

/// <summary>
/// The registry (the synthetic generator's identities: USCC, name, industry, park, grid, registration, status) and the
/// inspector directory (the generator's own, count/20 inspectors), each in one binary COPY.
/// </summary>
internal static class WebRegistryLoader
{
    private const string CopyEnterprises = """
        COPY supervision.enterprises (uscc, name, industry_code, region, grid, registration_date, status, new_business_form)
        FROM STDIN (FORMAT BINARY)
        """;

    private const string CopyInspectors = """
        COPY supervision.inspectors (inspector_id, name, department, certificate_no, certificate_valid_to, region, certifications, conflicts)
        FROM STDIN (FORMAT BINARY)
        """;

    public static async Task<WebRegistry> LoadAsync(Database database, WebBenchmarkOptions options, CancellationToken cancellationToken)
    {
        var identities = new IdentitySynthesizer((ulong)options.Seed, WebBenchmarkOptions.AsOf);

        // Generated on every core first (the identities are independent), then copied: the COPY is one connection's work.
        var enterprises = new Enterprise[options.Enterprises];
        Parallel.For(0, enterprises.Length, i => enterprises[i] = identities.Create(i).Enterprise);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using (var writer = await connection.BeginBinaryImportAsync(CopyEnterprises, cancellationToken))
        {
            foreach (var e in enterprises)
            {
                await writer.StartRowAsync(cancellationToken);
                await writer.WriteAsync(e.Uscc, NpgsqlDbType.Text, cancellationToken);
                await writer.WriteAsync(e.Name, NpgsqlDbType.Text, cancellationToken);
                await writer.WriteAsync(e.IndustryCode, NpgsqlDbType.Text, cancellationToken);
                await writer.WriteAsync(e.Region, NpgsqlDbType.Text, cancellationToken);
                await writer.WriteAsync(e.Grid, NpgsqlDbType.Text, cancellationToken);
                await writer.WriteAsync(e.RegistrationDate, NpgsqlDbType.Date, cancellationToken);
                await writer.WriteAsync(e.Status.ToString().ToLowerInvariant(), NpgsqlDbType.Text, cancellationToken);
                await writer.WriteAsync(e.NewBusinessForm, NpgsqlDbType.Boolean, cancellationToken);
            }

            await writer.CompleteAsync(cancellationToken);
        }

        var directory = InspectorDirectoryBuilder.Build((ulong)options.Seed, options.Enterprises, WebBenchmarkOptions.AsOf, identities).Inspectors;
        var inspectors = Enumerable.Range(0, options.Inspectors).Select(i => Cycled(directory, i)).ToArray();
        await using (var writer = await connection.BeginBinaryImportAsync(CopyInspectors, cancellationToken))
        {
            foreach (var inspector in inspectors)
            {
                await writer.StartRowAsync(cancellationToken);
                await writer.WriteAsync(inspector.InspectorId, NpgsqlDbType.Text, cancellationToken);
                await writer.WriteAsync(inspector.Name, NpgsqlDbType.Text, cancellationToken);
                await writer.WriteAsync(inspector.Department, NpgsqlDbType.Text, cancellationToken);
                await writer.WriteAsync(inspector.CertificateNo, NpgsqlDbType.Text, cancellationToken);
                await writer.WriteAsync(inspector.CertificateValidTo, NpgsqlDbType.Date, cancellationToken);
                await writer.WriteAsync(inspector.Region, NpgsqlDbType.Text, cancellationToken);
                await writer.WriteAsync(inspector.Certifications.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
                await writer.WriteAsync(inspector.Conflicts.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
            }

            await writer.CompleteAsync(cancellationToken);
        }

        var departments = Departments.All.Where(d => inspectors.Any(i => i.Department == d.Name)).ToArray();
        var byDepartment = departments
            .Select(d => Enumerable.Range(0, inspectors.Length).Where(i => inspectors[i].Department == d.Name).ToArray())
            .ToArray();
        return new WebRegistry([.. enterprises.Select(e => e.Uscc)], [.. enterprises.Select(e => e.Name)], inspectors, departments, byDepartment);
    }

    /// <summary>Inspector <paramref name="i"/>: the directory's, or beyond its size a copy of one with a new id and certificate.</summary>
    private static Inspector Cycled(IReadOnlyList<Inspector> directory, int i)
    {
        var inspector = directory[i % directory.Count];
        var round = i / directory.Count;
        return round == 0
            ? inspector
            : inspector with
            {
                InspectorId = string.Create(CultureInfo.InvariantCulture, $"{inspector.InspectorId}-{round}"),
                CertificateNo = string.Create(CultureInfo.InvariantCulture, $"{inspector.CertificateNo}-{round}"),
            };
    }
}
