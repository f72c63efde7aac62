using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Supervision.Tests.Storage;

/// <summary>
/// A PostgreSQL cluster of this test run's own: initdb into a temporary directory, started with pg_ctl on a free
/// loopback port with fsync off, stopped and deleted when the test process exits. As root (CI) the cluster belongs to
/// the postgres user, because initdb refuses to run as root.
/// </summary>
internal sealed class PrivateCluster
{
    private const string Options = "-c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=off -c synchronous_commit=off -c full_page_writes=off";

    private readonly string bin;
    private readonly string directory;
    private readonly bool asPostgres;

    private PrivateCluster(string bin, string directory, bool asPostgres, int port)
    {
        this.bin = bin;
        this.directory = directory;
        this.asPostgres = asPostgres;
        Port = port;
    }

    public int Port { get; }

    public string ConnectionString => $"Host=127.0.0.1;Port={Port.ToString(CultureInfo.InvariantCulture)};Username=postgres;Database=postgres";

    public static async Task<PrivateCluster> StartAsync()
    {
        var bin = PostgresBinaries.Find() ?? throw new InvalidOperationException(
            "The database tests need PostgreSQL. Either point SUPERVISION_DB at a server (source .ci/start-postgres.sh "
            + "starts one on 127.0.0.1:5433) or install the server programs (apt-get install postgresql) so that the "
            + $"tests start a private one. Looked in /usr/lib/postgresql/*/bin, ${PostgresBinaries.Variable} and the PATH.");
        var asPostgres = Environment.UserName == "root";
        var directory = await CreateDirectoryAsync(asPostgres);

        var initdb = await RunAsync(asPostgres, directory, Path.Combine(bin, "initdb"),
            "-D", Path.Combine(directory, "data"), "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--no-locale");
        if (initdb.ExitCode != 0)
        {
            throw new InvalidOperationException($"initdb failed in {directory}:\n{initdb.Output}");
        }

        // The port is free when we look; another process may take it before the server binds, hence the retries.
        var failures = new List<string>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var port = FreePort();
            var cluster = new PrivateCluster(bin, directory, asPostgres, port);
            var start = await RunAsync(asPostgres, directory, Path.Combine(bin, "pg_ctl"),
                "-D", Path.Combine(directory, "data"), "-l", Path.Combine(directory, "server.log"), "-w", "-t", "60",
                "-o", $"-p {port.ToString(CultureInfo.InvariantCulture)} -k {directory} {Options}", "start");
            if (start.ExitCode == 0)
            {
                cluster.StartReaper();
                return cluster;
            }

            failures.Add(start.Output + ReadLog(directory));
        }

        throw new InvalidOperationException($"pg_ctl could not start PostgreSQL in {directory}:\n{string.Join('\n', failures)}");
    }

    // The test host may be stopped abruptly (vstest does not wait long for it, and a debugger may kill it), so the
    // clean-up is not left to it: a detached watcher waits for this process to end, then stops the server and deletes
    // the directory.
    private void StartReaper()
    {
        var pgCtl = $"'{Path.Combine(bin, "pg_ctl")}' -D '{Path.Combine(directory, "data")}' -m immediate stop";
        var script = $"exec </dev/null >/dev/null 2>&1; while kill -0 {Environment.ProcessId} 2>/dev/null; do sleep 1; done; "
            + $"{(asPostgres ? "runuser -u postgres -- " : string.Empty)}{pgCtl}; rm -rf '{directory}'";
        var reaper = new ProcessStartInfo("setsid")
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "-f", "sh", "-c", script })
        {
            reaper.ArgumentList.Add(argument);
        }

        using var process = Process.Start(reaper) ?? throw new InvalidOperationException("Could not start the clean-up watcher (setsid).");
    }

    private static async Task<string> CreateDirectoryAsync(bool asPostgres)
    {
        if (!asPostgres)
        {
            return Directory.CreateTempSubdirectory("supervision-tests-pg-").FullName;
        }

        // As root, let postgres create it so that it owns it (the data directory must belong to the server's user).
        var made = await RunAsync(true, Path.GetTempPath(), "mktemp", "-d", Path.Combine(Path.GetTempPath(), "supervision-tests-pg-XXXXXX"));
        return made.ExitCode == 0
            ? made.Output.Trim()
            : throw new InvalidOperationException($"runuser -u postgres -- mktemp failed (is there a postgres user?):\n{made.Output}");
    }

    private static Task<(int ExitCode, string Output)> RunAsync(bool asPostgres, string workingDirectory, string program, params string[] arguments)
    {
        var start = Start(asPostgres, workingDirectory, program, arguments);
        return ExternalProcess.RunAsync(start.FileName, start.ArgumentList, workingDirectory);
    }

    private static ProcessStartInfo Start(bool asPostgres, string workingDirectory, string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(asPostgres ? "runuser" : program) { WorkingDirectory = workingDirectory, UseShellExecute = false };
        if (asPostgres)
        {
            foreach (var prefix in new[] { "-u", "postgres", "--", program })
            {
                start.ArgumentList.Add(prefix);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string ReadLog(string directory)
    {
        try
        {
            return File.ReadAllText(Path.Combine(directory, "server.log"));
        }
        catch (IOException)
        {
            return string.Empty;
        }
    }
}
