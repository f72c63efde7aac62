using Microsoft.Extensions.Logging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Console;

namespace Supervision.Service;

/// <summary>
/// The console logging of the long-lived processes (`serve`, `worker`): one line per event, or one JSON object per line
/// for a log collector. Always on standard error, so that standard output stays what the commands print.
/// </summary>
public static class JobLogging
{
    public const string Category = "Supervision.Nightly";
    public const string ConsoleFormat = "console";
    public const string JsonFormat = "json";

    /// <summary>Replaces the builder's providers with the console in <paramref name="format"/>.</summary>
    /// <exception cref="ArgumentException">The format is neither <c>console</c> nor <c>json</c>.</exception>
    public static void Configure(ILoggingBuilder logging, string format)
    {
        ArgumentNullException.ThrowIfNull(logging);
        logging.ClearProviders();
        logging.SetMinimumLevel(LogLevel.Information);
        logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        switch (format)
        {
            case ConsoleFormat:
                logging.AddSimpleConsole(options =>
                {
                    options.SingleLine = true;
                    options.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ ";
                    options.UseUtcTimestamp = true;
                });
                break;
            case JsonFormat:
                logging.AddJsonConsole(options =>
                {
                    options.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
                    options.UseUtcTimestamp = true;
                });
                break;
            default:
                throw new ArgumentException($"log format '{format}' is neither '{ConsoleFormat}' nor '{JsonFormat}'", nameof(format));
        }

        logging.Services.Configure<ConsoleLoggerOptions>(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
    }

    /// <summary>A logger factory for a process without a host (`worker`).</summary>
    public static ILoggerFactory CreateFactory(string format) => LoggerFactory.Create(logging => Configure(logging, format));
}
