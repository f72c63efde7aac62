using Microsoft.AspNetCore.Http;

namespace Supervision.Service;

/// <summary>
/// The site's one style sheet, embedded in this assembly and served at <see cref="StyleSheetPath"/> to anyone (the
/// sign-in page needs it): no static-file middleware, no front-end build.
/// </summary>
public static class SiteAssets
{
    public const string StyleSheetPath = "/site.css";

    private static readonly Lazy<byte[]> StyleSheet = new(() =>
    {
        using var stream = typeof(SiteAssets).Assembly.GetManifestResourceStream("Supervision.Service.site.css")
            ?? throw new InvalidOperationException("the style sheet is not embedded in Supervision.Service");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    /// <summary>The style sheet, cacheable for an hour.</summary>
    public static IResult HandleStyleSheet(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Headers.CacheControl = "public, max-age=3600";
        return Results.Bytes(StyleSheet.Value, "text/css; charset=utf-8");
    }
}
