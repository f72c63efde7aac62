using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Supervision.Tests.Nightly;

/// <summary>Keeps every event logged to it, with its id and structured values.</summary>
internal sealed class RecordingLogger : ILogger
{
    public ConcurrentQueue<(EventId Id, LogLevel Level, string Message, IReadOnlyDictionary<string, object?> Values)> Events { get; } = new();

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
            ? pairs.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal)
            : new Dictionary<string, object?>(StringComparer.Ordinal);
        Events.Enqueue((eventId, logLevel, formatter(state, exception), values));
    }
}
