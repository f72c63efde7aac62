namespace Supervision.Service.Security;

/// <summary>A sign-in: user name and PBKDF2 password hash (<see cref="PasswordHash"/>).</summary>
internal sealed class AdminAccount
{
    public string User { get; set; } = "";

    public string PasswordHash { get; set; } = "";
}
