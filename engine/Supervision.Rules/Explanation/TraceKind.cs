namespace Supervision.Rules.Explanation;

/// <summary>What a line of a condition trace stands for.</summary>
internal enum TraceKind
{
    /// <summary>A comparison, list test, function or true/false name: the smallest part that holds or fails.</summary>
    Atom,

    /// <summary>'a and b and …'.</summary>
    All,

    /// <summary>'a or b or …'.</summary>
    Any,

    /// <summary>'not a'.</summary>
    Not,

    /// <summary>One input cell of a decision-table row.</summary>
    Cell,
}
