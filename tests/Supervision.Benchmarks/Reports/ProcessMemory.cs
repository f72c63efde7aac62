using System.Globalization;

namespace Supervision.Benchmarks.Reports;

/// <summary>
/// This process's resident memory as Linux reports it in /proc/self/status: VmRSS (now) and VmHWM (the peak since the
/// process started, or since <see cref="ResetPeak"/>), in MiB. The peak is the kernel's own high-water mark, so a spike
/// between two samples is not missed.
/// </summary>
internal static class ProcessMemory
{
    private const string Status = "/proc/self/status";

    public static double? ResidentMiB => Field("VmRSS:");

    public static double? PeakMiB => Field("VmHWM:");

    /// <summary>Collects and decommits what the managed heap can give back, so that a baseline is not last phase's garbage.</summary>
    public static void Compact() => GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);

    /// <summary>Sets the peak back to the current resident size (writing 5 to /proc/self/clear_refs); false where not allowed.</summary>
    public static bool ResetPeak()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static double? Field(string name)
    {
        if (!File.Exists(Status))
        {
            return null;
        }

        var line = File.ReadLines(Status).FirstOrDefault(l => l.StartsWith(name, StringComparison.Ordinal));
        var kib = line?[name.Length..].Trim().Split(' ')[0];
        return kib is null ? null : long.Parse(kib, CultureInfo.InvariantCulture) / 1024.0;
    }
}
