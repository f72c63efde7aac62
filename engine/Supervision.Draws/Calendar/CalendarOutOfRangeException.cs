namespace Supervision.Draws.Calendar;

/// <summary>A date falls in a year whose holiday schedule the calendar data does not hold.</summary>
public sealed class CalendarOutOfRangeException : Exception
{
    public CalendarOutOfRangeException(DateOnly date, IEnumerable<int> knownYears)
        : base($"{date:yyyy-MM-dd} is outside the working-day calendar, which knows {string.Join(", ", knownYears)}; "
            + "add that year's State Council holiday schedule to rules/calendar/cn-working-days.csv")
    {
    }

    public CalendarOutOfRangeException()
    {
    }

    public CalendarOutOfRangeException(string message)
        : base(message)
    {
    }

    public CalendarOutOfRangeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
