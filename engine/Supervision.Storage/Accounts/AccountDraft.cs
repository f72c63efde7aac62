namespace Supervision.Storage.Accounts;

/// <summary>What the admin gives for a new account.</summary>
/// <param name="UserName">The sign-in name, normalized (<see cref="AccountNames.Normalize"/>).</param>
/// <param name="DisplayName">The person's name (1–100 characters).</param>
/// <param name="Role">One of <see cref="AccountRoles.All"/>.</param>
/// <param name="InspectorId">Required for an inspector, refused for the other roles.</param>
public sealed record AccountDraft(string UserName, string DisplayName, string Role, string? InspectorId)
{
    /// <summary>Why the draft cannot become an account, or null when it can.</summary>
    public string? Problem()
    {
        if (!AccountNames.IsValid(UserName))
        {
            return $"user name '{UserName}' is not valid: 1–{AccountNames.MaxLength} lower-case letters, digits, '.', '_' or '-', starting with a letter or digit";
        }

        if (string.IsNullOrWhiteSpace(DisplayName) || DisplayName.Length > 100)
        {
            return "the display name must have 1–100 characters";
        }

        if (!AccountRoles.IsKnown(Role))
        {
            return $"role '{Role}' is not one of {string.Join(", ", AccountRoles.All)}";
        }

        return (Role == AccountRoles.Inspector, string.IsNullOrWhiteSpace(InspectorId)) switch
        {
            (true, true) => "an inspector needs --inspector <id of the inspector directory>",
            (false, false) => $"--inspector is for the inspector role only, not {Role}",
            _ when InspectorId is { Length: > 64 } => "the inspector id has more than 64 characters",
            _ => null,
        };
    }
}
