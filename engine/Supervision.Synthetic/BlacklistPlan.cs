namespace Supervision.Synthetic;

/// <summary>Whether an enterprise has a serious-violation (blacklist) listing.</summary>
internal enum BlacklistPlan
{
    None,

    /// <summary>Listed and still in force on the as-of date: class D whatever the score.</summary>
    Active,

    /// <summary>Listed in the past and removed (repaired after 12 months, or removed automatically after 36).</summary>
    Removed,
}
