namespace Supervision.Benchmarks.Web;

/// <summary>
/// The routes `--web` measures, as data: a new page is one more line. Every answer must be 200 and hold the markers that
/// prove it is the page asked for (the inspector's own task, the draw asked for, the text searched), never an error or
/// sign-in page. A route whose first answer is 404 is reported as not present (the public pages are being built).
/// </summary>
internal static class WebRoutes
{
    /// <summary>The baseline: a trivial answer (an embedded style sheet) through the same pipeline (forwarded headers,
    /// security headers, routing, authentication, authorization).</summary>
    public static WebRoute Baseline { get; } = new("style sheet (baseline)", "/site.css", (_, _) => new("/site.css", null, [":root {"]));

    public static IReadOnlyList<WebRoute> All { get; } =
    [
        Baseline,
        new("health", "/health", (_, _) => new("/health", null, ["\"status\":\"healthy\""])),
        new("sign-in page", "/signin", (_, _) => new("/signin", null, ["__RequestVerificationToken", "登录"])),
        new("inspector inbox", "/tasks", (f, n) =>
        {
            var inspector = f.InspectorOf(n);
            return new("/tasks", inspector.Session, ["<h1>检查任务</h1>", $"href=\"/tasks/{inspector.Tasks[0].TaskNo}\"", $"共 {inspector.Tasks.Count} 项"]);
        }),
        new("task page", "/tasks/{task_no}", (f, n) =>
        {
            var (inspector, taskNo, uscc) = f.TaskOf(n);
            return new($"/tasks/{taskNo}", inspector.Session, [$"<dd>{uscc}</dd>", "检查组"]);
        }),
        new("result entry page", "/tasks/{task_no}/result", (f, n) =>
        {
            var (inspector, taskNo, uscc) = f.TaskOf(n);
            return new($"/tasks/{taskNo}/result", inspector.Session, ["<h1>检查结果录入</h1>", $"<dd>{uscc}</dd>"]);
        }),

        // 三公开 (another engineer's pages, anonymous): the markers are what each page must show whatever its layout.
        new("public home", "/public", (_, _) => new("/public", null, ["公开"])),
        new("public items", "/public/items", (_, _) => new("/public/items", null, ["检查事项"])),
        new("public draws", "/public/draws", (f, _) => new("/public/draws", null, [f.PublishedDraw])),
        new("public draw", "/public/draws/{draw_id}", (f, n) =>
        {
            var draw = f.DrawIds[(int)(n % (f.DrawIds.Count - 1))];
            return new($"/public/draws/{draw}", null, [draw]);
        }),
        new("public results", "/public/results", (_, _) => new("/public/results", null, ["检查结果"])),
        new("public search by name", "/public/search?q={name fragment}", (f, _) =>
            new($"/public/search?q={Uri.EscapeDataString(f.NameFragment)}", null, [f.NameFragment])),
        new("public search by USCC", "/public/search?q={uscc prefix}", (f, _) =>
            new($"/public/search?q={f.UsccPrefix}", null, [f.UsccPrefix])),
    ];
}
