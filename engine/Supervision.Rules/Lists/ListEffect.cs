using Supervision.Rules.Diagnostics;

namespace Supervision.Rules.Lists;

/// <summary>The effect of a list rule: on which list it acts, what it does, and the date the change takes effect.</summary>
/// <param name="List">blacklist or abnormal_operation.</param>
/// <param name="Action">Remove or escalate.</param>
/// <param name="OnDate">The listing's date variable the change is dated by (listed_on, applied_on, decided_on).</param>
/// <param name="OnMonths">Whole months added to that date (<c>on: listed_on + 36 months</c>); 0 for the date itself.</param>
/// <param name="OnLocation">Where <c>on:</c> is written.</param>
public sealed record ListEffect(string List, ListAction Action, string OnDate, int OnMonths, SourceLocation OnLocation)
{
    /// <summary>The <c>on:</c> text as written back (<c>listed_on + 36 months</c>).</summary>
    public string OnText => OnMonths == 0 ? OnDate : $"{OnDate} + {OnMonths} months";
}
