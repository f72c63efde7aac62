using System.CommandLine;
using System.CommandLine.Parsing;

namespace Supervision.Cli.Commands;

/// <summary>
/// Checks an output option when the command line is parsed, before anything is read or computed: an `--out` that is
/// the wrong kind of thing or cannot be written is a usage error naming the option and the value, and no earlier
/// output there is touched. Nothing is created by the check itself.
/// </summary>
internal static class OutputPath
{
    /// <summary>The option names a directory that exists or can be created, and files can be written in it.</summary>
    public static void MustBeDirectory(Option option)
    {
        ArgumentNullException.ThrowIfNull(option);
        option.Validators.Add(result => Check(result, option.Name, expectDirectory: true));
    }

    /// <summary>The option names a file that can be written (it may exist and is then replaced).</summary>
    public static void MustBeFile(Option option)
    {
        ArgumentNullException.ThrowIfNull(option);
        option.Validators.Add(result => Check(result, option.Name, expectDirectory: false));
    }

    private static void Check(OptionResult result, string name, bool expectDirectory)
    {
        if (result.GetValueOrDefault<object?>() is not string path || path.Length == 0)
        {
            return;
        }

        if (Problem(path, expectDirectory) is { } problem)
        {
            result.AddError($"{name} '{path}': {problem}");
        }
    }

    /// <summary>Why <paramref name="path"/> cannot be written, or null when it can.</summary>
    public static string? Problem(string path, bool expectDirectory)
    {
        string full;
        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return $"not a usable path ({e.Message})";
        }

        if (expectDirectory && System.IO.File.Exists(full))
        {
            return "is an existing file; give a directory";
        }

        if (!expectDirectory && System.IO.Directory.Exists(full))
        {
            return "is an existing directory; give a file name";
        }

        // The directory the files will go into, or the nearest ancestor that exists: it must be a directory we can write in.
        var existing = expectDirectory ? full : Path.GetDirectoryName(full) ?? full;
        while (!System.IO.Directory.Exists(existing))
        {
            if (System.IO.File.Exists(existing))
            {
                return $"'{existing}' is a file, so nothing can be created under it";
            }

            var parent = Path.GetDirectoryName(existing);
            if (parent is null)
            {
                return "no part of it exists";
            }

            existing = parent;
        }

        return CanWriteIn(existing);
    }

    private static string? CanWriteIn(string directory)
    {
        // Permission bits do not tell the whole story (read-only mounts, /proc, ACLs, root): trying is the only honest test.
        var probe = Path.Combine(directory, $".supervision-write-test-{Environment.ProcessId}-{Environment.CurrentManagedThreadId}");
        try
        {
            using (new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose))
            {
            }

            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The message names the probe file, which would only confuse; the kind of refusal is what helps.
            return e is UnauthorizedAccessException ? $"no permission to create files in '{directory}'" : $"files cannot be created in '{directory}'";
        }
    }
}
