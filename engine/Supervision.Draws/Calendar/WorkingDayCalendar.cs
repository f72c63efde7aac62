using Supervision.Rules.Diagnostics;

namespace Supervision.Draws.Calendar;

/// <summary>
/// The Chinese working-day calendar kept as data: weekends are rest days, except the make-up working days (调休) the
/// State Council's notice lists; statutory holidays are rest days. A year is known only if the data holds its Spring
/// Festival; asking about any other year throws, because next year's schedule is published each November.
/// </summary>
public sealed class WorkingDayCalendar
{
    private readonly Dictionary<DateOnly, bool> _exceptions;
    private readonly SortedSet<int> _years;

    internal WorkingDayCalendar(Dictionary<DateOnly, bool> exceptions, SortedSet<int> years, string contentHash)
    {
        _exceptions = exceptions;
        _years = years;
        ContentHash = contentHash;
    }

    /// <summary>SHA-256 of the calendar file, recorded by every draw that used it.</summary>
    public string ContentHash { get; }

    /// <summary>Years whose holiday schedule the data holds.</summary>
    public IReadOnlyCollection<int> KnownYears => _years;

    /// <summary>Reads a CSV with columns date,kind,name,source (kind: holiday or workday).</summary>
    /// <exception cref="FormatException">The file has errors (use <see cref="CalendarReader.Read"/> to get them as diagnostics).</exception>
    public static WorkingDayCalendar Load(string path)
    {
        var diagnostics = new DiagnosticBag();
        return CalendarReader.Read(path, path, diagnostics)
            ?? throw new FormatException(string.Join(Environment.NewLine, diagnostics.Sorted()));
    }

    public bool IsWorkingDay(DateOnly date)
    {
        if (!_years.Contains(date.Year))
        {
            throw new CalendarOutOfRangeException(date, _years);
        }

        return _exceptions.TryGetValue(date, out var working)
            ? working
            : date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
    }

    /// <summary>Working days from <paramref name="from"/> to <paramref name="to"/>, both included, in order.</summary>
    public IReadOnlyList<DateOnly> WorkingDays(DateOnly from, DateOnly to)
    {
        var days = new List<DateOnly>();
        for (var d = from; d <= to; d = d.AddDays(1))
        {
            if (IsWorkingDay(d))
            {
                days.Add(d);
            }
        }

        return days;
    }

    /// <summary>The date <paramref name="count"/> working days after <paramref name="date"/> (the start day itself not counted).</summary>
    public DateOnly AddWorkingDays(DateOnly date, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var d = date;
        while (count > 0)
        {
            d = d.AddDays(1);
            if (IsWorkingDay(d))
            {
                count--;
            }
        }

        return d;
    }

    /// <summary>The working day <paramref name="count"/> working days before <paramref name="date"/> (the date itself not counted).</summary>
    public DateOnly SubtractWorkingDays(DateOnly date, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var d = date;
        while (count > 0)
        {
            d = d.AddDays(-1);
            if (IsWorkingDay(d))
            {
                count--;
            }
        }

        return d;
    }
}
