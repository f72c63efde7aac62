using System.CommandLine;
using System.Globalization;
using Supervision.Storage.Accounts;
using Supervision.Storage.Migrations;

namespace Supervision.Cli.Commands;

/// <summary>
/// `supervision users add|disable|enable|reset|list`: the admin's accounts of the web service, in PostgreSQL. Whoever
/// can run this against the database is the admin; each change is audited with the operating-system user who made it.
/// </summary>
internal static class UsersCommand
{
    /// <summary>Exit code when the named user has no account (a missing input, like a missing file).</summary>
    private const int UnknownUser = ExitCodes.MissingInput;

    public static Command Create(TimeProvider clock) => new("users",
        "Accounts of `supervision serve` (roles: " + string.Join(", ", AccountRoles.All) + "), in PostgreSQL; every change goes into the audit log. "
        + "Connection from --connection or SUPERVISION_DB; migrates first. Exit 3 when the named user has no account.")
    {
        Add(clock), SetDisabled(clock, disabled: true), SetDisabled(clock, disabled: false), Reset(clock), List(clock),
    };

    private static Command Add(TimeProvider clock)
    {
        var (connection, retries, user, passwordStdin) = (DbCommand.Connection(), DbCommand.Retries(), UserArgument(), PasswordStdin());
        var role = new Option<string>("--role") { Description = "regulator | inspector | analyst | admin", Required = true };
        var inspector = new Option<string?>("--inspector") { Description = "the inspector's id in the inspector directory (inspectors.csv); required for, and only for, the inspector role" };
        var displayName = new Option<string?>("--display-name") { Description = "the person's name as pages show it (default: the user name)" };
        var command = new Command("add",
            "Make an account. Without --password-stdin a one-time password is generated and printed: hand it over; the first sign-in must replace it. "
            + "Exit 1 when the name is taken or the options are not valid.")
        {
            user, role, inspector, displayName, passwordStdin, connection, retries,
        };
        command.SetAction((parse, ct) =>
        {
            var name = AccountNames.Normalize(parse.GetValue(user));
            var draft = new AccountDraft(name, parse.GetValue(displayName) ?? name, parse.GetValue(role)!.Trim().ToLowerInvariant(), parse.GetValue(inspector));
            if (draft.Problem() is { } problem)
            {
                Console.Error.WriteLine(problem);
                return Task.FromResult(ExitCodes.Usage);
            }

            if (!TryPassword(parse.GetValue(passwordStdin), name, out var password, out var generated))
            {
                return Task.FromResult(ExitCodes.Usage);
            }

            return WithStore(parse.GetValue(connection), parse.GetValue(retries), clock, async store =>
            {
                if (draft.InspectorId is { } id && await store.AccountOfInspectorAsync(id, ct) is { } holder)
                {
                    Console.Error.WriteLine($"inspector {id.Trim()} already has the account {holder}; nothing was changed");
                    return ExitCodes.Usage;
                }

                if (!await store.AddAsync(draft, password, mustChangePassword: generated, Actor(), ct))
                {
                    Console.Error.WriteLine($"user {name} already exists; nothing was changed (use `users reset` for a new password)");
                    return ExitCodes.Usage;
                }

                Console.WriteLine($"added {name} ({draft.Role}{(draft.InspectorId is { } i ? $", inspector {i.Trim()}" : "")}); audited");
                PrintOneTimePassword(name, password, generated);
                return ExitCodes.Ok;
            }, ct);
        });
        return command;
    }

    private static Command SetDisabled(TimeProvider clock, bool disabled)
    {
        var (connection, retries, user) = (DbCommand.Connection(), DbCommand.Retries(), UserArgument());
        var command = new Command(disabled ? "disable" : "enable", disabled
            ? "Disable an account: it can no longer sign in, and its open sessions end at their next request."
            : "Enable a disabled account again (its password stays as it was).")
        {
            user, connection, retries,
        };
        command.SetAction((parse, ct) =>
        {
            var name = AccountNames.Normalize(parse.GetValue(user));
            return WithStore(parse.GetValue(connection), parse.GetValue(retries), clock, async store =>
            {
                if (!await store.SetDisabledAsync(name, disabled, Actor(), ct))
                {
                    Console.Error.WriteLine($"no account {name}");
                    return UnknownUser;
                }

                Console.WriteLine($"{(disabled ? "disabled" : "enabled")} {name}; audited");
                return ExitCodes.Ok;
            }, ct);
        });
        return command;
    }

    private static Command Reset(TimeProvider clock)
    {
        var (connection, retries, user, passwordStdin) = (DbCommand.Connection(), DbCommand.Retries(), UserArgument(), PasswordStdin());
        var command = new Command("reset",
            "Give an account a new password and clear its lockout; its open sessions end. Without --password-stdin a one-time password is generated "
            + "and printed, which the next sign-in must replace.")
        {
            user, passwordStdin, connection, retries,
        };
        command.SetAction((parse, ct) =>
        {
            var name = AccountNames.Normalize(parse.GetValue(user));
            if (!TryPassword(parse.GetValue(passwordStdin), name, out var password, out var generated))
            {
                return Task.FromResult(ExitCodes.Usage);
            }

            return WithStore(parse.GetValue(connection), parse.GetValue(retries), clock, async store =>
            {
                if (!await store.ResetPasswordAsync(name, password, mustChangePassword: generated, Actor(), ct))
                {
                    Console.Error.WriteLine($"no account {name}");
                    return UnknownUser;
                }

                Console.WriteLine($"reset the password of {name}; audited");
                PrintOneTimePassword(name, password, generated);
                return ExitCodes.Ok;
            }, ct);
        });
        return command;
    }

    private static Command List(TimeProvider clock)
    {
        var (connection, retries) = (DbCommand.Connection(), DbCommand.Retries());
        var command = new Command("list", "List the accounts: name, role, inspector id, state (active, disabled, locked until …, one-time password), display name.")
        {
            connection, retries,
        };
        command.SetAction((parse, ct) => WithStore(parse.GetValue(connection), parse.GetValue(retries), clock, async store =>
        {
            var now = clock.GetUtcNow();
            var accounts = await store.ListAsync(ct);
            var rows = accounts.Select(a => new[] { a.UserName, a.Role, a.InspectorId ?? "-", State(a, now), a.DisplayName }).ToList();
            string[] header = ["user", "role", "inspector", "state", "display name"];
            var widths = Enumerable.Range(0, header.Length - 1).Select(i => rows.Select(r => r[i].Length).Append(header[i].Length).Max()).ToArray();
            foreach (var row in rows.Prepend(header))
            {
                Console.WriteLine(string.Join("  ", row.Select((cell, i) => i < widths.Length ? cell.PadRight(widths[i]) : cell)));
            }

            Console.Error.WriteLine($"{accounts.Count} account(s)");
            return ExitCodes.Ok;
        }, ct));
        return command;
    }

    private static string State(Account account, DateTimeOffset now)
        => account.Disabled ? "disabled"
            : account.IsLockedOut(now) ? string.Create(CultureInfo.InvariantCulture, $"locked until {account.LockoutEnd:yyyy-MM-ddTHH:mm:ssZ}")
            : account.MustChangePassword ? "one-time password"
            : "active";

    private static Argument<string> UserArgument() => new("user") { Description = "the sign-in name (lower-case letters, digits, '.', '_', '-')" };

    private static Option<bool> PasswordStdin() => new("--password-stdin")
    {
        Description = $"read the password from the first line of standard input (at least {PasswordRules.MinLength} characters) instead of generating a one-time password",
    };

    /// <summary>The password to set: the first line of standard input, or a generated one-time password.</summary>
    private static bool TryPassword(bool fromStdin, string name, out string password, out bool generated)
    {
        generated = !fromStdin;
        password = fromStdin ? Console.In.ReadLine() ?? "" : OneTimePassword.Create();
        if (fromStdin && PasswordRules.Problem(password, name) is { } problem)
        {
            Console.Error.WriteLine($"the password from standard input is refused: {problem}");
            return false;
        }

        return true;
    }

    private static void PrintOneTimePassword(string name, string password, bool generated)
    {
        if (generated)
        {
            // The password alone on the last line of standard output, so that a script can take it (`tail -n 1`).
            Console.Error.WriteLine($"one-time password for {name} (shown once; the first sign-in must replace it):");
            Console.WriteLine(password);
        }
    }

    private static Task<int> WithStore(string? connection, int retries, TimeProvider clock, Func<AccountStore, Task<int>> action, CancellationToken cancellationToken)
        => DbCommand.Run(connection, retries, async database =>
        {
            await new MigrationRunner(database).MigrateAsync(cancellationToken);
            return await action(new AccountStore(database, clock));
        }, cancellationToken);

    private static string Actor() => $"{Environment.UserName}@{Environment.MachineName}";
}
