using System.Text;

namespace Supervision.Application.Bundles;

/// <summary>
/// Which files of a change draft may be read and written in the browser: text files (the kinds a bundle holds) of at
/// most <see cref="MaxFileBytes"/>, named by a path relative to the bundle directory that stays inside it.
/// </summary>
public static class DraftPaths
{
    /// <summary>The largest file the browser edits: the bundle's largest file, the calendar, is a few tens of kilobytes.</summary>
    public const int MaxFileBytes = 1 << 20;

    /// <summary>The extensions of the text files a bundle holds (YAML rules, plans and tests; CSV tables; notes).</summary>
    public static IReadOnlyList<string> TextExtensions { get; } = [".yaml", ".yml", ".csv", ".md", ".txt", ".json"];

    // Strict: a file that is not valid UTF-8 is refused rather than silently re-encoded on save.
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The full path of <paramref name="relative"/> inside <paramref name="directory"/>.</summary>
    /// <exception cref="DraftEditRefusedException">Empty, absolute, with "..", a backslash or a control character, or not a text file's extension.</exception>
    public static string Resolve(string directory, string? relative)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var path = relative?.Trim() ?? "";
        if (path.Length == 0 || path.Length > 200 || path.StartsWith('/') || path.Contains('\\', StringComparison.Ordinal) || Path.IsPathRooted(path)
            || path.Split('/').Any(segment => segment is "" or "." or "..") || path.Any(char.IsControl) || path.Contains(':', StringComparison.Ordinal))
        {
            throw new DraftEditRefusedException($"路径“{path}”不在规则目录内：请使用规则目录内的相对路径，如 tables/ratios.csv（the path must be relative to the bundle directory, without '..')");
        }

        var root = Path.GetFullPath(directory);
        var full = Path.GetFullPath(Path.Combine(root, path));
        if (!full.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new DraftEditRefusedException($"路径“{path}”不在规则目录内（the path leaves the bundle directory）");
        }

        if (!TextExtensions.Contains(Path.GetExtension(path).ToLowerInvariant()))
        {
            throw new DraftEditRefusedException($"“{path}”不是可在浏览器中编辑的文本文件（只编辑 {string.Join("、", TextExtensions)}）；其他文件请下载后修改并上传（not a text file of the bundle）");
        }

        return full;
    }

    /// <summary>The text of an existing file, or null when it does not exist.</summary>
    /// <exception cref="DraftEditRefusedException">Over <see cref="MaxFileBytes"/>, or not UTF-8 text.</exception>
    public static string? ReadText(string fullPath, string relative)
    {
        ArgumentNullException.ThrowIfNull(fullPath);
        if (!File.Exists(fullPath))
        {
            return null;
        }

        if (new FileInfo(fullPath).Length > MaxFileBytes)
        {
            throw new DraftEditRefusedException($"“{relative}”超过 {MaxFileBytes >> 20} MiB，不在浏览器中编辑（the file is over {MaxFileBytes >> 20} MiB）");
        }

        var bytes = File.ReadAllBytes(fullPath);
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new DraftEditRefusedException($"“{relative}”不是 UTF-8 文本，不在浏览器中编辑（not UTF-8 text）");
        }

        return text.Contains('\0', StringComparison.Ordinal)
            ? throw new DraftEditRefusedException($"“{relative}”不是文本文件，不在浏览器中编辑（not a text file）")
            : text;
    }

    /// <summary>Writes <paramref name="text"/> as UTF-8 (a byte-order mark only when <paramref name="text"/> starts with one).</summary>
    /// <exception cref="DraftEditRefusedException">Over <see cref="MaxFileBytes"/>, or holding a NUL character.</exception>
    public static void WriteText(string fullPath, string relative, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var bytes = StrictUtf8.GetBytes(text);
        if (bytes.Length > MaxFileBytes)
        {
            throw new DraftEditRefusedException($"“{relative}”超过 {MaxFileBytes >> 20} MiB，无法保存（the file would be over {MaxFileBytes >> 20} MiB）");
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            throw new DraftEditRefusedException($"“{relative}”含有 NUL 字符，不是文本（the text holds a NUL character）");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        File.WriteAllBytes(fullPath, bytes);
    }
}
