using Supervision.Rules.Diagnostics;
using Supervision.Rules.Tolerance;
using Supervision.Tests.Support;

namespace Supervision.Tests.Tolerance;

/// <summary>The shipped tolerance list, compiled once, and findings with ordinary values to vary one at a time.</summary>
internal static class ShippedTolerance
{
    private static readonly Lazy<ToleranceDecider> Compiled = new(() =>
        ToleranceDecider.Load(RepoPaths.Rules, new DiagnosticBag()) ?? throw new InvalidOperationException("the shipped tolerance list has errors"));

    public static ToleranceDecider Decider => Compiled.Value;

    /// <summary>A first, slight, promptly corrected 明码标价 violation of a retailer, alone in its inspection.</summary>
    public static FindingFact Finding(string violation = "SJ-MB-01", string department = "市场监管局") => new(
        "T/1#" + violation, "T/1", "91210804MA0YFRJN2L", department, violation, "F5181", new DateOnly(2026, 12, 7), FirstViolation: true,
        PreviousViolation: null, Blacklisted: false, FatalAccidents: 0, ViolationsInInspection: 1, HarmLevel.Slight, CorrectionTiming.BeforeDecision,
        Quantity: null);

    public static ToleranceDecision Decide(FindingFact finding, bool pending = false)
        => Decider.Decide([finding], pending ? new HashSet<string> { finding.FindingId } : new HashSet<string>())[0];
}
