namespace Supervision.Benchmarks.Reports;

/// <summary>One export downloaded through HTTP: times, size, the hosting process's memory, and the rows a reader found.</summary>
/// <param name="File">The export's file name (/analyst/export/{file}).</param>
/// <param name="Status">The HTTP status.</param>
/// <param name="HeadersSeconds">From sending the request to the response's headers (the page writes the file first).</param>
/// <param name="Seconds">From sending the request to the last byte of the body.</param>
/// <param name="Bytes">The body's size.</param>
/// <param name="BaselineMiB">The process's resident memory just before the request, after a full compacting collection.</param>
/// <param name="PeakMiB">The process's peak resident memory (VmHWM) over the request, reset just before it.</param>
/// <param name="PeakReset">False when the peak could not be reset: then it is the process's lifetime peak.</param>
/// <param name="DataRows">The rows (header excluded) the reader counted in the file, or null when not verified.</param>
/// <param name="Verification">How the rows were counted, and how long it took.</param>
internal sealed record ExportMeasurement(
    string File, int Status, double HeadersSeconds, double Seconds, long Bytes, double BaselineMiB, double PeakMiB, bool PeakReset,
    long? DataRows, string Verification)
{
    public double GrowthMiB => PeakMiB - BaselineMiB;
}
