using System.Net;
using System.Text.RegularExpressions;

namespace Supervision.Tests.Web;

/// <summary>
/// An HTTP client that behaves like a browser behind the office's TLS proxy: it sends <c>X-Forwarded-Proto: https</c> (the
/// service believes a proxy on loopback), keeps the cookies the service sets — Secure ones included, which
/// <see cref="CookieContainer"/> would withhold over plain HTTP — and does not follow redirects, so tests see them.
/// </summary>
public sealed partial class BrowserlessClient : IDisposable
{
    private readonly HttpClient http;
    private readonly Dictionary<string, string> cookies = new(StringComparer.Ordinal);

    public BrowserlessClient(string baseAddress)
    {
        http = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = new Uri(baseAddress) };
    }

    /// <summary>Every Set-Cookie header seen, as sent (to check its attributes).</summary>
    public List<string> SetCookies { get; } = [];

    public IReadOnlyDictionary<string, string> Cookies => cookies;

    public async Task<HttpResponseMessage> GetAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        return await SendAsync(request);
    }

    /// <summary>The body of a page that must answer 200 OK.</summary>
    public async Task<string> GetStringAsync(string path)
    {
        using var response = await GetAsync(path);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Posts a form; <paramref name="token"/> is the antiforgery token (null: none, as a forged request).</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string path, string? token, params (string Name, string Value)[] fields)
    {
        var values = fields.Select(f => KeyValuePair.Create(f.Name, f.Value)).ToList();
        if (token is not null)
        {
            values.Add(KeyValuePair.Create("__RequestVerificationToken", token));
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = new FormUrlEncodedContent(values) };
        return await SendAsync(request);
    }

    /// <summary>Opens <paramref name="path"/> and returns its page and the antiforgery token of its first form.</summary>
    public async Task<(HttpResponseMessage Response, string Html, string Token)> OpenFormAsync(string path)
    {
        var response = await GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        return (response, html, TokenIn(html));
    }

    /// <summary>Signs in through the form; returns the answer to the POST.</summary>
    public async Task<HttpResponseMessage> SignInAsync(string user, string password)
    {
        var (response, _, token) = await OpenFormAsync("/signin");
        response.Dispose();
        return await PostFormAsync("/signin", token, ("Input.UserName", user), ("Input.Password", password));
    }

    public async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Headers.Add("X-Forwarded-Proto", "https");
        if (cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", cookies.Select(c => $"{c.Key}={c.Value}")));
        }

        var response = await http.SendAsync(request);
        if (response.Headers.TryGetValues("Set-Cookie", out var values))
        {
            foreach (var value in values)
            {
                SetCookies.Add(value);
                var pair = value.Split(';')[0];
                var equals = pair.IndexOf('=', StringComparison.Ordinal);
                var (name, content) = (pair[..equals].Trim(), pair[(equals + 1)..].Trim());
                var expired = value.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase);
                if (content.Length == 0 || expired)
                {
                    cookies.Remove(name);
                }
                else
                {
                    cookies[name] = content;
                }
            }
        }

        return response;
    }

    public void Dispose() => http.Dispose();

    /// <summary>The antiforgery token of the first form of a page.</summary>
    public static string TokenIn(string html)
    {
        var match = TokenPattern().Match(html);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : "";
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
