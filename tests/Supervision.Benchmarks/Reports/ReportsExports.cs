using System.Diagnostics;
using System.Globalization;
using Supervision.Benchmarks.Web;

namespace Supervision.Benchmarks.Reports;

/// <summary>
/// Downloads an export through HTTP as the analyst into a file (the body streamed to disk, never held by the client),
/// measuring the request end to end and the peak resident memory of this process — which hosts `serve` — over it; then
/// counts the rows: the workbook with Debian's python3 and openpyxl in read-only mode, the CSV by its lines.
/// </summary>
internal static class ReportsExports
{
    public const string Python = "/usr/bin/python3";

    private const string CountRows = """
        import sys, openpyxl
        wb = openpyxl.load_workbook(sys.argv[1], read_only=True)
        ws = wb.worksheets[0]
        rows = 0
        header = None
        for row in ws.iter_rows(values_only=True):
            if header is None:
                header = row[0]
            rows += 1
        print(rows, header)
        """;

    public static async Task<ExportMeasurement> MeasureAsync(WebSession analyst, string file, bool verify, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(analyst);
        var path = Path.Combine(Path.GetTempPath(), $"reports-bench-{Guid.NewGuid():N}-{file}");
        try
        {
            ProcessMemory.Compact();
            var baseline = ProcessMemory.ResidentMiB ?? double.NaN;
            var reset = ProcessMemory.ResetPeak();
            var watch = Stopwatch.StartNew();
            (System.Net.HttpStatusCode Status, TimeSpan Headers, long Bytes) answer;
            await using (var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                answer = await analyst.DownloadAsync($"/analyst/export/{file}", target, cancellationToken);
            }

            var seconds = watch.Elapsed.TotalSeconds;
            var peak = ProcessMemory.PeakMiB ?? double.NaN;
            Console.Error.WriteLine($"reports: {file}: {(int)answer.Status}, {answer.Bytes / 1048576.0:0.0} MiB in {seconds:0.0} s, peak {peak:0} MiB (from {baseline:0})");
            var (rows, how) = !verify || answer.Status != System.Net.HttpStatusCode.OK ? ((long?)null, "not verified")
                : file.EndsWith(".xlsx", StringComparison.Ordinal) ? await WorkbookRowsAsync(path, cancellationToken)
                : await CsvRowsAsync(path, cancellationToken);
            return new ExportMeasurement(file, (int)answer.Status, answer.Headers.TotalSeconds, seconds, answer.Bytes, baseline, peak, reset, rows, how);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static async Task<(long?, string)> WorkbookRowsAsync(string path, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var info = new ProcessStartInfo(Python) { RedirectStandardOutput = true, RedirectStandardError = true, ArgumentList = { "-c", CountRows, path } };
        using var process = Process.Start(info)!;
        var output = await process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = await process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        var parts = output.Trim().Split(' ', 2);
        if (process.ExitCode != 0 || parts.Length != 2 || !long.TryParse(parts[0], CultureInfo.InvariantCulture, out var rows))
        {
            return (null, $"openpyxl failed: {error.Trim()}");
        }

        return (rows - 1, $"openpyxl {OpenpyxlVersion()} read-only, every row iterated ({watch.Elapsed.TotalSeconds:0} s); first header cell \"{parts[1]}\"");
    }

    private static async Task<(long?, string)> CsvRowsAsync(string path, CancellationToken cancellationToken)
    {
        var lines = 0L;
        var buffer = new byte[1 << 16];
        await using var stream = File.OpenRead(path);
        int read;
        while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
        {
            lines += buffer.AsSpan(0, read).Count((byte)'\n');
        }

        return (lines - 1, "line feeds counted (no field holds one)");
    }

    private static string OpenpyxlVersion()
    {
        var info = new ProcessStartInfo(Python) { RedirectStandardOutput = true, ArgumentList = { "-c", "import openpyxl; print(openpyxl.__version__)" } };
        using var process = Process.Start(info)!;
        var version = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        return version;
    }
}
