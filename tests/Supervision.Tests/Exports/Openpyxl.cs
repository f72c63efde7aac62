using System.Diagnostics;
using System.Text.Json;

namespace Supervision.Tests.Exports;

/// <summary>
/// Reads a workbook with Debian's python3-openpyxl, an xlsx reader independent of MiniExcel, so the tests check what
/// another program sees: every cell's value, its openpyxl data type ('s' string, 'n' number, 'd' date, 'f' formula)
/// and its number format. CI installs it (.ci/run); /usr/bin/python3 because a pyenv python may lack it.
/// String values are decoded as Excel decodes them: ECMA-376 lets a cell's text carry a UTF-16 code unit as _xHHHH_,
/// and MiniExcel writes characters beyond the BMP (such as 𠀀, rare in enterprise names) that way; openpyxl leaves it to
/// the caller.
/// </summary>
internal static class Openpyxl
{
    private const string Python = "/usr/bin/python3";

    private const string Script = """
        import datetime, json, sys
        import openpyxl
        from openpyxl.utils.escape import unescape

        path, mode = sys.argv[1], sys.argv[2]
        if mode == "count":
            book = openpyxl.load_workbook(path, read_only=True)
            print(json.dumps({ws.title: sum(1 for _ in ws.iter_rows(values_only=True)) for ws in book.worksheets}))
        else:
            book = openpyxl.load_workbook(path)
            def cell(c):
                v = c.value
                if isinstance(v, datetime.datetime):
                    v = v.date().isoformat() if v.time() == datetime.time(0) else v.isoformat()
                elif isinstance(v, str):
                    v = unescape(v).encode("utf-16", "surrogatepass").decode("utf-16")
                return {"v": v, "t": c.data_type, "f": c.number_format}
            print(json.dumps([{"name": ws.title, "rows": [[cell(c) for c in row] for row in ws.iter_rows()]} for ws in book.worksheets], ensure_ascii=False))
        """;

    /// <summary>Every sheet with every cell (value, type, format).</summary>
    public static JsonElement Dump(string path) => Run(path, "dump");

    /// <summary>The number of rows per sheet, read in openpyxl's streaming (read-only) mode.</summary>
    public static JsonElement CountRows(string path) => Run(path, "count");

    private static JsonElement Run(string path, string mode)
    {
        Assert.True(File.Exists(Python), $"{Python} is missing: install python3-openpyxl (see .ci/run)");
        var script = Path.Combine(Path.GetDirectoryName(path)!, "openpyxl-dump.py");
        File.WriteAllText(script, Script);
        var info = new ProcessStartInfo(Python)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList = { script, path, mode },
        };
        info.Environment["PYTHONIOENCODING"] = "utf-8";
        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"openpyxl failed: {error.Result}");
        return JsonDocument.Parse(output).RootElement.Clone();
    }
}
