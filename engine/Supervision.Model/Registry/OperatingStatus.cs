namespace Supervision.Model.Registry;

/// <summary>Registration status as published on the enterprise credit information publicity system.</summary>
public enum OperatingStatus
{
    /// <summary>存续 / 在业: operating.</summary>
    Operating,

    /// <summary>歇业: declared suspension under 市场主体登记管理条例 Art. 30 (at most 3 years).</summary>
    Dormant,

    /// <summary>吊销: business licence revoked.</summary>
    Revoked,

    /// <summary>注销: deregistered.</summary>
    Deregistered,
}
