namespace Supervision.Storage.Accounts;

/// <summary>
/// The roles an account has (exactly one): what they are called in the database, on the command line and in the role
/// claim of a signed-in user.
/// </summary>
public static class AccountRoles
{
    /// <summary>监管人员: edits rules and plans, sees the draws and results of the office.</summary>
    public const string Regulator = "regulator";

    /// <summary>执法检查人员: works the tasks drawn for them (linked to an entry of the inspector directory).</summary>
    public const string Inspector = "inspector";

    /// <summary>分析人员: scores, compares and evaluates; reads, never changes.</summary>
    public const string Analyst = "analyst";

    /// <summary>系统管理员: accounts and the job dashboard.</summary>
    public const string Admin = "admin";

    /// <summary>纪检监察: reads the 电子监察 report of the supervision itself (overdue work, voids, recusals, rule changes); changes nothing.</summary>
    public const string Discipline = "discipline";

    /// <summary>Every role, in the order lists show them.</summary>
    public static IReadOnlyList<string> All { get; } = [Regulator, Inspector, Analyst, Admin, Discipline];

    /// <summary>True for one of <see cref="All"/> (exact, lower-case).</summary>
    public static bool IsKnown(string? role) => role is not null && All.Contains(role, StringComparer.Ordinal);

    /// <summary>The role's name in the interface (Chinese).</summary>
    public static string DisplayName(string role) => role switch
    {
        Regulator => "监管人员",
        Inspector => "执法检查人员",
        Analyst => "分析人员",
        Admin => "系统管理员",
        Discipline => "纪检监察人员",
        _ => role,
    };
}
