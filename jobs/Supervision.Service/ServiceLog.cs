using Microsoft.Extensions.Logging;

namespace Supervision.Service;

/// <summary>What the service tells its operators, as structured log events (console or JSON, see docs/operations.md).</summary>
internal static partial class ServiceLog
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Warning, Message = "Sign-in failed from {Client}")]
    public static partial void SignInFailed(ILogger logger, string client);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Warning, Message = "Sign-in refused from {Client}: too many attempts")]
    public static partial void SignInRefused(ILogger logger, string client);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Warning, Message = "Refused {Method} {Path} from {Client}: no valid antiforgery token")]
    public static partial void ForgedRequestRefused(ILogger logger, string method, string path, string client);
}
