namespace Supervision.Data.Results;

/// <summary>Whether a result category goes with findings coded by violation.</summary>
public enum CategoryFindings
{
    /// <summary>Nothing was found: a finding contradicts the category.</summary>
    None,

    /// <summary>The category says problems were found: at least one finding names them.</summary>
    Required,

    /// <summary>The category is about the enterprise's conduct or reachability; findings may or may not accompany it.</summary>
    Optional,
}
