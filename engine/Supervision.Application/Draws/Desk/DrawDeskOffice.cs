using System.Globalization;
using System.Text;
using System.Text.Json;
using Supervision.Application.Nightly;
using Supervision.Data.Draws;
using Supervision.Draws.Protocol;
using Supervision.Runs;
using Supervision.Storage.Audit;

namespace Supervision.Application.Draws.Desk;

/// <summary>
/// The draw desk (抽签台) worked from the browser: the fair-draw protocol's steps that people take, each checked when it is
/// taken and written to the audit log under the account that took it. A department hands over its commitments for the
/// nights to come; once a prepared night's public value is out, someone records it; then, and only then, each department
/// reveals its share, which must match the commitment the preparation published; the draw is made as soon as all are
/// there (here on request, or by the next night's start).
/// </summary>
/// <remarks>
/// The order is what keeps the draw unsteerable: shares are accepted only after the value is recorded, and the value can
/// be corrected only while no share is revealed — whoever records the value knows no share, and whoever reveals a share
/// can no longer change the value. A share that does not match is refused before it reaches the desk.
/// </remarks>
/// <param name="services">The nightly services of the host (its run store, settings and desk).</param>
/// <param name="audit">Where each step is recorded.</param>
public sealed class DrawDeskOffice(NightlyServices services, AuditLog audit)
{
    /// <summary>How many days ahead the overview looks for nights without a commitment.</summary>
    public const int LookAheadDays = 7;

    /// <summary>The largest commitments file accepted from the browser: ten years of nights is under 30 KB.</summary>
    public const int MaxCommitmentsBytes = 256 * 1024;

    // One step at a time in this process: two people recording the same night's value or share see each other's result.
    private static readonly SemaphoreSlim Gate = new(1, 1);

    /// <summary>The desk, or null when the host draws without one (a fresh seed per night).</summary>
    public DrawDesk? Desk => services.Settings.Desk;

    /// <summary>The prepared nights and the commitments of <paramref name="departments"/> as of <paramref name="today"/>; null without a desk.</summary>
    public async Task<DeskOverview?> OverviewAsync(DateOnly today, IReadOnlyList<string> departments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(departments);
        if (Desk is not { } desk)
        {
            return null;
        }

        var nights = new List<DeskNight>();
        foreach (var run in await services.Store.PreparedRunsAsync(cancellationToken))
        {
            if (Night(desk, run) is { } night)
            {
                nights.Add(night);
            }
        }

        var problems = new List<string>();
        var commitments = new List<DepartmentCommitments>();
        foreach (var department in departments)
        {
            var (committed, fileProblems) = desk.CommittedNights(department);
            problems.AddRange(fileProblems);
            var upcoming = committed.Keys.Where(d => d >= today).ToList();
            var missing = Enumerable.Range(0, LookAheadDays).Select(today.AddDays).Where(d => !committed.ContainsKey(d)).ToList();
            commitments.Add(new DepartmentCommitments(department, upcoming.Count, upcoming.Count > 0 ? upcoming[^1] : null, missing));
        }

        return new DeskOverview(today, nights, commitments, problems);
    }

    /// <summary>
    /// Records the public value of the prepared night of <paramref name="drawDate"/>, exactly as its source published it.
    /// Refused before the value's date, for a night that is not waiting, and once a share is revealed.
    /// </summary>
    /// <returns>Null when recorded; else why not, in the interface's words.</returns>
    public async Task<string?> RecordPublicValueAsync(DateOnly drawDate, string value, DateOnly today, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(value);
        value = value.Trim();
        if (value.Length == 0 || value.Length > 1000 || value.Any(char.IsControl))
        {
            return "请按公开来源发布的原样填写公开随机数（一行，不超过1000个字符）。";
        }

        await Gate.WaitAsync(cancellationToken);
        try
        {
            if (await WaitingAsync(drawDate, cancellationToken) is not { } night)
            {
                return $"{IsoDate(drawDate)} 没有已准备、待抽取的抽查。";
            }

            if (night.ValueDate > today)
            {
                return $"这次抽取使用 {IsoDate(night.ValueDate)} 公布的公开随机数（{night.PublicRandomness}），该日尚未到来。";
            }

            if (night.Shares.Any(s => s.Revealed))
            {
                return night.PublicValue == value
                    ? null
                    : "已有部门揭示了份额，公开随机数不能再更改。";
            }

            if (night.PublicValue == value)
            {
                return null;
            }

            var desk = Desk!;
            WriteAtomically(desk.PublicValueFile(night.ValueDate), value + "\n");
            await AppendAsync("desk-public-value", night.DrawId, new { value, replaced = night.PublicValue, source = night.PublicRandomness }, actor, cancellationToken);
            return null;
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>
    /// Puts <paramref name="department"/>'s revealed share of the night of <paramref name="drawDate"/> on the desk, once the
    /// public value is recorded and only when it matches the commitment the preparation published.
    /// </summary>
    /// <returns>Null when accepted; else why not, in the interface's words.</returns>
    public async Task<string?> RevealShareAsync(DateOnly drawDate, string department, string share, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(department);
        ArgumentNullException.ThrowIfNull(share);
        share = share.Trim().TrimStart('\uFEFF').Trim();
        await Gate.WaitAsync(cancellationToken);
        try
        {
            if (await WaitingAsync(drawDate, cancellationToken) is not { } night)
            {
                return $"{IsoDate(drawDate)} 没有已准备、待抽取的抽查。";
            }

            if (night.Shares.FirstOrDefault(s => s.Department == department) is not { } part)
            {
                return $"{department} 不是这次抽取的参与部门。";
            }

            if (night.PublicValue is null)
            {
                return $"请先记录公开随机数（{night.PublicRandomness}），再揭示份额：份额在公开随机数确定之后才能交出。";
            }

            if (!ProtocolHash.IsHex32(share))
            {
                return $"{department} 的份额应为64个小写十六进制字符（draw share 生成的 .share 文件的内容）。";
            }

            if (!SeedShares.Matches(department, share, part.Commitment))
            {
                return $"{department} 的份额与准备公告公布的承诺值 {part.Commitment} 不符，未接受。";
            }

            if (part.Revealed)
            {
                return null;
            }

            WriteAtomically(Desk!.ShareFile(drawDate, department), share + "\n");
            await AppendAsync("desk-share", night.DrawId, new { department, commitment = part.Commitment }, actor, cancellationToken);
            return null;
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>
    /// Adds <paramref name="department"/>'s commitments for nights to come (the <c>date,commitment</c> file that
    /// <c>draw share --dates</c> writes). All or nothing: a malformed row, a past night, or a night committed already with
    /// another value refuses the whole file, each problem with its line.
    /// </summary>
    /// <returns>How many nights were added, and the problems (none when added).</returns>
    public async Task<(int Added, IReadOnlyList<string> Problems)> AddCommitmentsAsync(
        string department, string text, IReadOnlyList<string> departments, DateOnly today, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(departments);
        if (Desk is not { } desk)
        {
            return (0, ["本服务未配置抽签台（DrawDesk）。"]);
        }

        if (!departments.Contains(department, StringComparer.Ordinal))
        {
            return (0, [$"“{department}”不是现行抽查计划的参与部门。"]);
        }

        if (Encoding.UTF8.GetByteCount(text) > MaxCommitmentsBytes)
        {
            return (0, [$"文件超过 {MaxCommitmentsBytes / 1024} KB。"]);
        }

        await Gate.WaitAsync(cancellationToken);
        try
        {
            var (existing, fileProblems) = desk.CommittedNights(department);
            if (fileProblems.Count > 0)
            {
                // Rewriting the file would drop its bad lines: nothing is merged until someone has looked at them.
                return (0, [.. fileProblems.Select(p => $"抽签台上的承诺值文件有误，请先更正：{p}")]);
            }

            var prepared = (await services.Store.PreparedRunsAsync(cancellationToken)).Select(r => r.AsOf).ToHashSet();
            var added = new SortedDictionary<DateOnly, string>();
            var problems = new List<string>();
            var lines = text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i].Trim().TrimStart('\uFEFF').Trim();
                if (line.Length == 0 || (i == 0 && line == DrawDesk.CommitmentsHeader))
                {
                    continue;
                }

                var at = $"第 {i + 1} 行";
                if (DrawDesk.ParseRow(line) is not { } row)
                {
                    problems.Add($"{at}：应为“日期,承诺值”（ISO 日期和64个小写十六进制字符），实为“{Shorten(line)}”。");
                }
                else if (row.Date < today || (row.Date == today && prepared.Contains(row.Date)))
                {
                    problems.Add($"{at}：{IsoDate(row.Date)} 的抽取已经准备或已过去，承诺值须在准备之前交出。");
                }
                else if (existing.TryGetValue(row.Date, out var held) && held != row.Commitment)
                {
                    problems.Add($"{at}：{department} 已交出 {IsoDate(row.Date)} 的承诺值 {held}，承诺一经交出不能更改。");
                }
                else if (added.TryGetValue(row.Date, out var twice) && twice != row.Commitment)
                {
                    problems.Add($"{at}：{IsoDate(row.Date)} 出现两个不同的承诺值。");
                }
                else if (!existing.ContainsKey(row.Date))
                {
                    added[row.Date] = row.Commitment;
                }
            }

            if (problems.Count > 0 || added.Count == 0)
            {
                return (0, problems.Count > 0 ? problems : ["文件中没有新的承诺值。"]);
            }

            var merged = new SortedDictionary<DateOnly, string>(existing.ToDictionary());
            foreach (var (date, commitment) in added)
            {
                merged[date] = commitment;
            }

            var file = new StringBuilder(DrawDesk.CommitmentsHeader).Append('\n');
            foreach (var (date, commitment) in merged)
            {
                file.Append(CultureInfo.InvariantCulture, $"{date:yyyy-MM-dd},{commitment}\n");
            }

            WriteAtomically(desk.CommitmentsFile(department), file.ToString());
            await AppendAsync("desk-commitments", department, new { nights = added.Count, from = IsoDate(added.Keys.First()), to = IsoDate(added.Keys.Last()) }, actor, cancellationToken);
            return (added.Count, []);
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>
    /// Makes the draws of every prepared night whose value and shares are all on the desk (what the next night's start
    /// would do), and records who asked. Returns the runs drawn.
    /// </summary>
    public async Task<IReadOnlyList<RunRecord>> ExecuteAsync(string actor, CancellationToken cancellationToken)
    {
        var drawn = await ExecutePreparedNights.RunAsync(services, cancellationToken);
        foreach (var run in drawn)
        {
            await AppendAsync("desk-execute", run.DrawId ?? run.RunId, new { run = run.RunId, asOf = IsoDate(run.AsOf) }, actor, cancellationToken);
        }

        return drawn;
    }

    /// <summary>The waiting night of <paramref name="drawDate"/>, read afresh.</summary>
    private async Task<DeskNight?> WaitingAsync(DateOnly drawDate, CancellationToken cancellationToken)
    {
        if (Desk is not { } desk)
        {
            return null;
        }

        var run = (await services.Store.PreparedRunsAsync(cancellationToken)).FirstOrDefault(r => r.AsOf == drawDate);
        return run is null ? null : Night(desk, run);
    }

    private static DeskNight? Night(DrawDesk desk, RunRecord run)
    {
        if (run.DrawId is not { } drawId)
        {
            return null;
        }

        var file = Path.Combine(desk.PreparationDirectory(drawId), DrawPreparation.FileName);
        if (!File.Exists(file))
        {
            return new DeskNight(run.RunId, drawId, run.AsOf, "", "", DrawDesk.PublicValueDate(run.AsOf), null, [], $"{file} is gone: " + run.Message);
        }

        var (preparation, sha256) = PreparationJson.Read(file);
        var valueDate = DrawDesk.PublicValueDate(run.AsOf);
        var (shares, _) = desk.Shares(run.AsOf, preparation.Commitments.Select(c => c.Department));
        return new DeskNight(run.RunId, drawId, run.AsOf, sha256, preparation.PublicRandomness, valueDate, desk.PublicValue(valueDate),
            [.. preparation.Commitments.Select(c => new DeskShare(c.Department, c.Commitment, shares.ContainsKey(c.Department)))], run.Message);
    }

    private Task AppendAsync(string kind, string subject, object payload, string actor, CancellationToken cancellationToken)
        => audit.AppendAsync(kind, subject, JsonSerializer.SerializeToElement(payload), actor, cancellationToken);

    /// <summary>Writes through a temporary file and a rename, so that a night reading the desk never sees half a file.</summary>
    private static void WriteAtomically(string path, string content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, content, new UTF8Encoding(false));
        File.Move(temporary, path, overwrite: true);
    }

    private static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Shorten(string line) => line.Length <= 80 ? line : line[..80] + "…";
}
