using Supervision.Application.Bundles;
using Supervision.Storage.Accounts;
using Supervision.Tests.Storage;
using Supervision.Tests.Web;

namespace Supervision.Tests.Changes;

/// <summary>A second regulator beside WebWorld's, and a publication store holding the shipped bundle in force.</summary>
internal static class RuleChangeWorld
{
    public const string SecondRegulator = "zhou.regulator";
    public const string SecondPassword = "regulator-b-pw-2026";

    public static string FirstRegulator => WebWorld.Of(AccountRoles.Regulator).User;

    /// <summary>WebWorld's regulator and the second one, without starting the service (the database must be migrated).</summary>
    public static async Task AddBothRegulatorsAsync(TestDatabase db)
    {
        var accounts = new AccountStore(db.Database, TimeProvider.System);
        var (user, _, password, _) = WebWorld.Of(AccountRoles.Regulator);
        if (await accounts.FindAsync(user) is null)
        {
            await accounts.AddAsync(new AccountDraft(user, WebWorld.DisplayNameOf(user), AccountRoles.Regulator, null), password, mustChangePassword: false, "test");
        }

        await AddSecondRegulatorAsync(db);
    }

    public static async Task AddSecondRegulatorAsync(TestDatabase db)
    {
        var accounts = new AccountStore(db.Database, TimeProvider.System);
        if (await accounts.FindAsync(SecondRegulator) is null)
        {
            await accounts.AddAsync(new AccountDraft(SecondRegulator, "周审核", AccountRoles.Regulator, null), SecondPassword, mustChangePassword: false, "test");
        }
    }

    /// <summary>A store with the shipped bundle published (by an earlier reviewed change), in a temporary directory.</summary>
    public static string StoreWithTheShippedBundle(string directory)
    {
        var hash = Supervision.Rules.Bundle.BundleHasher.Hash(Support.RepoPaths.Rules);
        var outcome = BundlePublisher.Publish(Support.RepoPaths.Rules, directory, DateTimeOffset.UnixEpoch,
            new BundleReview(0, "founding.author", "founding.approver", DateTimeOffset.UnixEpoch, hash));
        Assert.Null(outcome.Refusal);
        return directory;
    }
}
