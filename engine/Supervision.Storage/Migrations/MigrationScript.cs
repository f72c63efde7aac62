using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Supervision.Storage.Migrations;

/// <summary>One migration: <c>NNNN_name.sql</c>, applied once, in version order.</summary>
/// <param name="Version">The number before the first underscore.</param>
/// <param name="Name">The file name, e.g. <c>0001_initial.sql</c>.</param>
/// <param name="Sql">The script.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the script's UTF-8 bytes with CRLF line ends turned into LF, so a
/// checkout with Windows line ends does not count as a change.</param>
internal sealed record MigrationScript(int Version, string Name, string Sql, string Sha256)
{
    public static MigrationScript Parse(string name, string sql)
    {
        var underscore = name.IndexOf('_', StringComparison.Ordinal);
        if (underscore <= 0
            || !int.TryParse(name.AsSpan(0, underscore), NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            || version <= 0
            || !name.EndsWith(".sql", StringComparison.Ordinal))
        {
            throw new ArgumentException($"Migration '{name}' is not named NNNN_description.sql.", nameof(name));
        }

        var normalized = sql.Replace("\r\n", "\n", StringComparison.Ordinal);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)));
        return new MigrationScript(version, name, normalized, hash);
    }
}
