namespace Supervision.Service.Security;

/// <summary>What became of a sign-in attempt.</summary>
public enum ThrottleDecision
{
    /// <summary>The credentials were checked and are right.</summary>
    Passed,

    /// <summary>The credentials were checked and are wrong (an unknown user counts as wrong, after the same work).</summary>
    Failed,

    /// <summary>Not checked: the client is locked out, or too many checks are waiting.</summary>
    Refused,
}
