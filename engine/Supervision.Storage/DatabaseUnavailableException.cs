using System.Net.Sockets;
using Npgsql;

namespace Supervision.Storage;

/// <summary>
/// The database could not be reached or refused the connection. <see cref="Exception.Message"/> is written for the
/// operator (server, reason, what to check) and is meant to be printed as is, without a stack trace; the caller
/// decides whether to retry (<see cref="IsTransient"/> says whether a retry may help).
/// </summary>
public sealed class DatabaseUnavailableException : Exception
{
    public DatabaseUnavailableException()
    {
        Target = string.Empty;
        Reason = string.Empty;
    }

    public DatabaseUnavailableException(string message)
        : base(message)
    {
        Target = string.Empty;
        Reason = message;
    }

    public DatabaseUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
        Target = string.Empty;
        Reason = message;
    }

    internal DatabaseUnavailableException(string target, NpgsqlException cause)
        : base(Describe(target, cause), cause)
    {
        Target = target;
        Reason = ReasonOf(cause);
        IsTransient = cause.IsTransient || cause is PostgresException { SqlState: "57P03" or "53300" };
    }

    /// <summary>The server, as <c>host:port/database as user</c>.</summary>
    public string Target { get; }

    /// <summary>Why the connection failed, in the words of the server or of the operating system.</summary>
    public string Reason { get; }

    /// <summary>True when the failure may go away by itself (server down or starting, network, too many connections).</summary>
    public bool IsTransient { get; }

    private static string Describe(string target, NpgsqlException cause)
        => $"Cannot connect to the Supervision database at {target}: {ReasonOf(cause)}. "
            + $"Check that PostgreSQL is running and that {Database.EnvironmentVariable} points to it.";

    private static string ReasonOf(NpgsqlException cause) => cause switch
    {
        PostgresException pg => $"{pg.MessageText} (SQLSTATE {pg.SqlState})",
        { InnerException: SocketException socket } => socket.SocketErrorCode switch
        {
            SocketError.ConnectionRefused => "connection refused (no server listens there)",
            SocketError.TimedOut => "connection timed out",
            SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain => "host not found",
            _ => socket.Message,
        },
        { InnerException: TimeoutException } => "connection timed out",
        _ => cause.Message,
    };
}
