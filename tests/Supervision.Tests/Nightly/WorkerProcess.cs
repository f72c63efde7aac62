using System.Globalization;
using Supervision.Tests.Support;

namespace Supervision.Tests.Nightly;

/// <summary>`supervision worker` processes on a test database (see <see cref="CliProcess"/>).</summary>
internal static class WorkerProcess
{
    /// <param name="connectionString">The database.</param>
    /// <param name="failpoint">Where the worker blocks for good (see WorkerCommand.FailpointVariable), or null.</param>
    /// <param name="workers">Hangfire worker threads.</param>
    public static CliProcess Start(string connectionString, string? failpoint = null, int workers = 2)
        => CliProcess.Start(
            [
                // No data: the tests plan every run in their own process, and a worker reads its chunks' slices from the database.
                "worker", "--data", Path.Combine(Path.GetTempPath(), "supervision-worker-has-no-data"), "--rules", RepoPaths.Rules,
                "--workers", workers.ToString(CultureInfo.InvariantCulture), "--chunk-size", "250", "--invisibility-timeout", "3",
                "--connection", connectionString,
            ],
            failpoint);
}
