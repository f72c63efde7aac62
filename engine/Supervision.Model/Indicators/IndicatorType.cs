namespace Supervision.Model.Indicators;

/// <summary>Value types an indicator may have. Dates are compared as calendar days.</summary>
public enum IndicatorType
{
    Number,
    Integer,
    Boolean,
    Date,
    Text,
    Enum,
}
