namespace Supervision.Data.Runs;

/// <summary>
/// File writes that other processes see whole or not at all: the content goes to a private temporary file next to
/// the target, is flushed to disk, and is then renamed into place (rename is atomic within a file system).
/// </summary>
internal static class AtomicFile
{
    private static long _temporaries;

    /// <summary>Writes the file, replacing any earlier version.</summary>
    public static void Replace(string path, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var temporary = WriteTemporary(path, write);
        try
        {
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>Creates the file unless it exists; true when this call created it. Of concurrent callers exactly one wins.</summary>
    public static bool TryCreate(string path, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        if (File.Exists(path))
        {
            return false;
        }

        var temporary = WriteTemporary(path, write);
        try
        {
            return HardLink.TryCreate(temporary, path);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static string WriteTemporary(string path, Action<Stream> write)
    {
        // Unique per machine, process and call, without randomness: concurrent writers of one target never share a temporary.
        var temporary = $"{path}.{Environment.MachineName}.{Environment.ProcessId}.{Interlocked.Increment(ref _temporaries)}.tmp";
        try
        {
            using var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            write(stream);
            stream.Flush(flushToDisk: true);
            return temporary;
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }
}
