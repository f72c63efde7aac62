using System.Text;

namespace Supervision.Tests.Import;

/// <summary>A fresh directory per test, deleted on dispose.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "supervision-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>GB18030, as Chinese editions of Excel and WPS save CSV files.</summary>
    public static Encoding Gb18030
    {
        get
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding("GB18030");
        }
    }

    /// <summary>Writes the lines joined by LF, each ended by LF, in UTF-8 without BOM unless told otherwise.</summary>
    public string Write(string fileName, IEnumerable<string> lines, Encoding? encoding = null)
    {
        var path = System.IO.Path.Combine(Path, fileName);
        File.WriteAllText(path, string.Concat(lines.Select(line => line + "\n")), encoding ?? new UTF8Encoding(false));
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a failing test must not hide the failure.
        }
    }
}
