namespace Supervision.Data.Import;

/// <summary>The step shared by the readers that scan a file line by line through one reused buffer.</summary>
internal static class LineBuffer
{
    /// <summary>
    /// Keeps the unfinished line (bytes <paramref name="start"/> to <paramref name="filled"/>) at the front of the buffer
    /// for the next read, growing the buffer when one line fills all of it; returns the bytes kept.
    /// </summary>
    public static int KeepUnfinished(ref byte[] buffer, int start, int filled)
    {
        var rest = filled - start;
        if (start == 0 && rest == buffer.Length)
        {
            Array.Resize(ref buffer, buffer.Length * 2);
        }
        else
        {
            Buffer.BlockCopy(buffer, start, buffer, 0, rest);
        }

        return rest;
    }
}
