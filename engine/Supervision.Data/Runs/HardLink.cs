using System.Runtime.InteropServices;

namespace Supervision.Data.Runs;

/// <summary>
/// link(2): gives a file a second name, failing when the name exists — atomically, so exactly one of concurrent
/// callers succeeds. <see cref="File.Move(string, string, bool)"/> without overwrite does not promise that: concurrent
/// moves to one name were all seen to succeed under load.
/// </summary>
internal static class HardLink
{
    private const int AlreadyExists = 17; // EEXIST on Linux and macOS

    /// <summary>True when <paramref name="name"/> was created; false when it already existed.</summary>
    /// <exception cref="IOException">link failed for another reason.</exception>
    public static bool TryCreate(string existing, string name)
    {
        if (OperatingSystem.IsWindows())
        {
            // CopyFile with fail-if-exists refuses an existing target, atomically; the temporary is deleted by the caller.
            try
            {
                File.Copy(existing, name, overwrite: false);
                return true;
            }
            catch (IOException) when (File.Exists(name))
            {
                return false;
            }
        }

        if (Link(existing, name) == 0)
        {
            return true;
        }

        var error = Marshal.GetLastPInvokeError();
        return error == AlreadyExists ? false : throw new IOException($"link('{existing}', '{name}') failed with errno {error}");
    }

    [DllImport("libc", EntryPoint = "link", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
    private static extern int Link(string existing, string name);
}
