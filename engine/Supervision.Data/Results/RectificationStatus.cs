namespace Supervision.Data.Results;

/// <summary>Where rectification stands when the result is entered.</summary>
public enum RectificationStatus
{
    /// <summary>No finding, nothing to rectify.</summary>
    NotRequired,

    /// <summary>Corrected, on the date and with the timing recorded.</summary>
    Corrected,

    /// <summary>Ordered to correct by the deadline, not corrected yet.</summary>
    Pending,
}
