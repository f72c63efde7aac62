using Supervision.Storage.Public;

namespace Supervision.Service.Pages.Public;

/// <summary>
/// Paging of a public list: pages of <see cref="PublicNoticeStore.PageSize"/>, never beyond <see cref="PublicNoticeStore.MaxPage"/>.
/// <paramref name="Path"/> is the list's path with its other query parameters already escaped and ending in ? or &amp;.
/// </summary>
public sealed record Pager(string Path, int Page, bool HasNext)
{
    /// <summary>A requested page number made safe: 1 to <see cref="PublicNoticeStore.MaxPage"/>.</summary>
    public static int Clamp(int? page) => Math.Clamp(page ?? 1, 1, PublicNoticeStore.MaxPage);

    public string Link(int page) => $"{Path}page={page}";

    /// <summary>A page of rows as the store read them (one more than a page when another follows).</summary>
    public static (IReadOnlyList<T> Rows, Pager Pager) Of<T>(IReadOnlyList<T> read, string path, int page)
        => ([.. read.Take(PublicNoticeStore.PageSize)], new Pager(path, page, read.Count > PublicNoticeStore.PageSize && page < PublicNoticeStore.MaxPage));
}
