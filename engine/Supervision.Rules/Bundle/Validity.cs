using System.Globalization;

namespace Supervision.Rules.Bundle;

/// <summary>When a rule or table row is in force: from <see cref="From"/> to <see cref="To"/>, both days included; null = open.</summary>
public sealed record Validity(DateOnly? From, DateOnly? To)
{
    public static readonly Validity Always = new(null, null);

    public bool IsAlways => From is null && To is null;

    public bool Contains(DateOnly date) => (From is null || date >= From) && (To is null || date <= To);

    /// <summary>First and last day number in force, for compiled checks.</summary>
    public (int From, int To) DayRange => (From?.DayNumber ?? int.MinValue, To?.DayNumber ?? int.MaxValue);

    public override string ToString()
        => IsAlways ? "长期"
            : $"{(From is { } f ? f.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "")}至{(To is { } t ? t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "长期")}";
}
