namespace Supervision.Storage.Accounts;

/// <summary>The outcome of a sign-in and, when it succeeded, the account.</summary>
/// <param name="Outcome">What happened (audited as it is).</param>
/// <param name="Account">The signed-in account; null unless <see cref="SignInOutcome.SignedIn"/>.</param>
public sealed record SignInAttempt(SignInOutcome Outcome, Account? Account);
