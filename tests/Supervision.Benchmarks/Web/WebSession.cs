using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace Supervision.Benchmarks.Web;

/// <summary>
/// One browser's cookies against the service, over a shared <see cref="HttpClient"/>: every request says
/// <c>X-Forwarded-Proto: https</c>, as the office's TLS proxy on loopback does, so that the service sets and accepts its
/// <c>__Host-</c> Secure cookies over plain HTTP (which <see cref="CookieContainer"/> would withhold); redirects are not followed.
/// </summary>
/// <remarks>Thread-safe: two clients may rotate onto the same session at once; the cookies are swapped under a lock.</remarks>
internal sealed partial class WebSession(HttpClient http)
{
    private readonly Lock gate = new();
    private Dictionary<string, string> cookies = new(StringComparer.Ordinal);

    /// <summary>Sends a GET and reads the whole answer.</summary>
    public async Task<(HttpStatusCode Status, string Body)> GetAsync(string path, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        return await SendAsync(request, cancellationToken);
    }

    /// <summary>
    /// Sends a GET and copies the answer's body into <paramref name="destination"/> as it arrives (never held whole in
    /// memory); returns the status, the time until the headers arrived and the bytes copied.
    /// </summary>
    public async Task<(HttpStatusCode Status, TimeSpan Headers, long Bytes)> DownloadAsync(string path, Stream destination, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("Cookie", string.Join("; ", cookies.Select(c => $"{c.Key}={c.Value}")));
        var started = Stopwatch.GetTimestamp();
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        var headers = Stopwatch.GetElapsedTime(started);
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        var before = destination.Position;
        await body.CopyToAsync(destination, 1 << 16, cancellationToken);
        return (response.StatusCode, headers, destination.Position - before);
    }

    /// <summary>Signs in through the sign-in form with its antiforgery token; true when the service redirects with a session.</summary>
    public async Task<bool> SignInAsync(string user, string password, CancellationToken cancellationToken)
    {
        var (_, form) = await GetAsync("/signin", cancellationToken);
        var token = TokenPattern().Match(form);
        if (!token.Success)
        {
            return false;
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/signin", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(
            [
                KeyValuePair.Create("Input.UserName", user), KeyValuePair.Create("Input.Password", password),
                KeyValuePair.Create("__RequestVerificationToken", WebUtility.HtmlDecode(token.Groups[1].Value)),
            ]),
        };
        var (status, _) = await SendAsync(request, cancellationToken);
        return status == HttpStatusCode.Redirect && cookies.ContainsKey(Supervision.Service.ServiceHost.SessionCookie);
    }

    private async Task<(HttpStatusCode Status, string Body)> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Add("X-Forwarded-Proto", "https");
        var sent = cookies;
        if (sent.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", sent.Select(c => $"{c.Key}={c.Value}")));
        }

        using var response = await http.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.Headers.TryGetValues("Set-Cookie", out var values))
        {
            lock (gate)
            {
                var next = new Dictionary<string, string>(cookies, StringComparer.Ordinal);
                foreach (var value in values)
                {
                    var pair = value.Split(';')[0];
                    var equals = pair.IndexOf('=', StringComparison.Ordinal);
                    var (name, content) = (pair[..equals].Trim(), pair[(equals + 1)..].Trim());
                    if (content.Length == 0 || value.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase))
                    {
                        next.Remove(name);
                    }
                    else
                    {
                        next[name] = content;
                    }
                }

                cookies = next;
            }
        }

        return (response.StatusCode, body);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
