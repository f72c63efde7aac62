namespace Supervision.Storage.Accounts;

/// <summary>What became of a sign-in; every outcome but <see cref="SignedIn"/> looks the same to the person signing in.</summary>
public enum SignInOutcome
{
    /// <summary>The password is right: failures are cleared.</summary>
    SignedIn,

    /// <summary>The password is wrong; the account is not (yet) locked.</summary>
    WrongPassword,

    /// <summary>The password is wrong and this failure started a lockout.</summary>
    LockedNow,

    /// <summary>Refused without a look at the password: a lockout runs.</summary>
    LockedOut,

    /// <summary>Refused: the account is disabled.</summary>
    Disabled,

    /// <summary>No account has this name.</summary>
    UnknownUser,
}
