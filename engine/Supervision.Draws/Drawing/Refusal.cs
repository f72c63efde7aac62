namespace Supervision.Draws.Drawing;

/// <summary>Why an inspector cannot join a task's team.</summary>
public enum Refusal
{
    /// <summary>The enforcement certificate expires before the window ends.</summary>
    Expired,

    /// <summary>A declared relationship with the enterprise (回避, 行政处罚法 第四十三条).</summary>
    Conflict,

    /// <summary>Inspected the enterprise last time.</summary>
    Previous,

    /// <summary>At the workload ceiling of the draw.</summary>
    Busy,
}
