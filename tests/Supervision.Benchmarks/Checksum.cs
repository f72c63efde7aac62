using System.Text;

namespace Supervision.Benchmarks;

/// <summary>Order-sensitive FNV-1a 64 over strings: two runs agree only if every enterprise got the same values.</summary>
internal sealed class Checksum
{
    private ulong _hash = 14695981039346656037UL;

    public void Add(string value)
    {
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            _hash = (_hash ^ b) * 1099511628211UL;
        }

        _hash = (_hash ^ 0xFF) * 1099511628211UL;
    }

    public override string ToString() => _hash.ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
}
