using Supervision.Rules.Bundle;
using Supervision.Storage.Changes;

namespace Supervision.Application.Bundles;

/// <summary>
/// Change drafts edited in the browser (issue 23: a candidate "edited in the browser for decision-table rows and plan
/// fields", its tests updated in the same change): a regulator starts a draft from the bundle in force, edits decision
/// tables as grids, plans field by field and any other text file (the tests that pin the old values) raw, reads the
/// checks of <see cref="BundleChanges.Check"/> after each edit, and submits the draft as a change request exactly as an
/// upload would be proposed. Every operation is for the draft's author only: another's draft is not found (null/false).
/// </summary>
/// <remarks>
/// Each edit unpacks the draft's zip into a temporary directory (<see cref="CandidateArchive"/>), changes one file and
/// packs it back; a draft is a few hundred kilobytes. Two tabs saving the same draft: the last save wins.
/// </remarks>
public sealed class BundleDrafts(ChangeDraftStore drafts, BundleChanges changes)
{
    /// <summary>Starts a draft of <paramref name="author"/> holding the bundle in force; returns its number.</summary>
    /// <exception cref="ChangeRequestRefusedException">The author keeps too many drafts already.</exception>
    public async Task<long> StartAsync(string author, string inForceDirectory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inForceDirectory);
        var hash = File.Exists(Path.Combine(inForceDirectory, "bundle.yaml")) ? BundleHasher.Hash(inForceDirectory) : null;
        return await drafts.CreateAsync(author, "", CandidateArchive.Pack(inForceDirectory), hash, cancellationToken);
    }

    /// <summary><paramref name="author"/>'s drafts, the last saved first.</summary>
    public Task<IReadOnlyList<ChangeDraft>> ListAsync(string author, CancellationToken cancellationToken) => drafts.ListAsync(author, cancellationToken);

    /// <summary>The draft, its files changed against <paramref name="inForceDirectory"/>, the files to edit, and its checks run now.</summary>
    public async Task<DraftOverview?> OverviewAsync(long draftId, string author, string inForceDirectory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inForceDirectory);
        if (await drafts.GetAsync(draftId, author, cancellationToken) is not { } draft || await drafts.ContentAsync(draftId, author, cancellationToken) is not { } zip)
        {
            return null;
        }

        using var candidate = CandidateArchive.Open(zip);
        var files = TextFiles(candidate.Directory);
        var (report, passed, _) = BundleChanges.Check(candidate.Directory);
        var inForceHash = File.Exists(Path.Combine(inForceDirectory, "bundle.yaml")) ? BundleHasher.Hash(inForceDirectory) : null;
        bool Under(string path, string folder, string extension)
            => path.StartsWith(folder + "/", StringComparison.Ordinal) && !path[(folder.Length + 1)..].Contains('/', StringComparison.Ordinal)
                && path.EndsWith(extension, StringComparison.Ordinal);
        var tables = files.Where(f => Under(f, "tables", ".csv")).ToList();
        var plans = files.Where(f => Under(f, "plans", ".yaml")).ToList();
        var tests = files.Where(f => Under(f, "tests", ".yaml") || Under(f, "plans/tests", ".yaml")).ToList();
        return new DraftOverview(draft, Compare(inForceDirectory, candidate.Directory), tables, plans, tests,
            [.. files.Except(tables).Except(plans).Except(tests)], draft.BaseHash != inForceHash, report, passed);
    }

    /// <summary>Renames the draft; false when it is not <paramref name="author"/>'s.</summary>
    /// <exception cref="DraftEditRefusedException">Over 200 characters.</exception>
    public async Task<bool> RenameAsync(long draftId, string author, string title, CancellationToken cancellationToken)
        => await drafts.SaveTitleAsync(draftId, author, Title(title), cancellationToken);

    /// <summary>A CSV file of the draft as a grid, or null when the draft is not <paramref name="author"/>'s.</summary>
    /// <exception cref="DraftEditRefusedException">Not a CSV file of the draft, or malformed.</exception>
    public Task<DraftTable?> ReadTableAsync(long draftId, string author, string file, CancellationToken cancellationToken)
        => InDraftAsync(draftId, author, save: false, directory =>
        {
            var table = CsvTableText.Parse(ExistingText(directory, Csv(file)), file);
            return new DraftTable(file, table.Header.Cells, [.. table.Rows.Select(r => r.Cells)]);
        }, cancellationToken);

    /// <summary>
    /// Writes <paramref name="rows"/> as the data rows of a CSV file of the draft under its header (column order kept;
    /// rows unchanged byte for byte; rows all of whose cells are blank left out); false when the draft is not <paramref name="author"/>'s.
    /// </summary>
    /// <exception cref="DraftEditRefusedException">Not a CSV file of the draft, malformed, or a row of the wrong width.</exception>
    public async Task<bool> WriteTableAsync(long draftId, string author, string file, IReadOnlyList<IReadOnlyList<string>> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return await InDraftAsync<object>(draftId, author, save: true, directory =>
        {
            var path = DraftPaths.Resolve(directory, Csv(file));
            var table = CsvTableText.Parse(ExistingText(directory, file), file);
            DraftPaths.WriteText(path, file, table.With([.. rows.Where(r => r.Any(c => !string.IsNullOrWhiteSpace(c)))], file));
            return table;
        }, cancellationToken) is not null;
    }

    /// <summary>A plan file of the draft as its top-level fields, or null when the draft is not <paramref name="author"/>'s.</summary>
    /// <exception cref="DraftEditRefusedException">Not a YAML file of the draft.</exception>
    public Task<DraftPlan?> ReadPlanAsync(long draftId, string author, string file, CancellationToken cancellationToken)
        => InDraftAsync(draftId, author, save: false, directory => new DraftPlan(file, PlanFieldText.Read(ExistingText(directory, Yaml(file)))), cancellationToken);

    /// <summary>Gives one-line top-level fields of a plan file new values (comments and all else kept); false when the draft is not <paramref name="author"/>'s.</summary>
    /// <exception cref="DraftEditRefusedException">Not a YAML file of the draft, an unknown or block field, or a value that is not one line.</exception>
    public async Task<bool> WritePlanAsync(long draftId, string author, string file, IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(values);
        return await InDraftAsync<object>(draftId, author, save: true, directory =>
        {
            var path = DraftPaths.Resolve(directory, Yaml(file));
            var text = PlanFieldText.With(ExistingText(directory, file), values, file);
            DraftPaths.WriteText(path, file, text);
            return text;
        }, cancellationToken) is not null;
    }

    /// <summary>A text file of the draft (empty when the draft lacks it), or null when the draft is not <paramref name="author"/>'s.</summary>
    /// <exception cref="DraftEditRefusedException">A path outside the bundle, not a text file, or over <see cref="DraftPaths.MaxFileBytes"/>.</exception>
    public Task<DraftFile?> ReadFileAsync(long draftId, string author, string path, CancellationToken cancellationToken)
        => InDraftAsync(draftId, author, save: false, directory =>
            DraftPaths.ReadText(DraftPaths.Resolve(directory, path), path) is { } text ? new DraftFile(path, text, true) : new DraftFile(path, "", false),
            cancellationToken);

    /// <summary>
    /// Writes a text file of the draft (made when it lacks it), its line breaks made the file's own (a browser sends
    /// "\r\n"); false when the draft is not <paramref name="author"/>'s.
    /// </summary>
    /// <exception cref="DraftEditRefusedException">A path outside the bundle, not a text file, or over <see cref="DraftPaths.MaxFileBytes"/>.</exception>
    public async Task<bool> WriteFileAsync(long draftId, string author, string path, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        return await InDraftAsync<object>(draftId, author, save: true, directory =>
        {
            var full = DraftPaths.Resolve(directory, path);
            var old = DraftPaths.ReadText(full, path);
            var lf = text.Replace("\r\n", "\n", StringComparison.Ordinal);
            var crlf = old is not null && old.Contains("\r\n", StringComparison.Ordinal);
            DraftPaths.WriteText(full, path, crlf ? lf.Replace("\n", "\r\n", StringComparison.Ordinal) : lf);
            return full;
        }, cancellationToken) is not null;
    }

    /// <summary>
    /// Proposes the draft as a change request under <paramref name="title"/> (checked and recorded as an upload is, so a
    /// draft whose checks fail becomes a request that can only be rejected), then deletes the draft.
    /// </summary>
    /// <returns>The request's number, or null when the draft is not <paramref name="author"/>'s.</returns>
    /// <exception cref="DraftEditRefusedException">No title, or one over 200 characters.</exception>
    public async Task<long?> SubmitAsync(long draftId, string author, string title, string inForceDirectory, CancellationToken cancellationToken)
    {
        var trimmed = Title(title);
        if (trimmed.Length == 0)
        {
            throw new DraftEditRefusedException("请填写变更说明后再提交审核（a change request needs a title）");
        }

        if (await drafts.ContentAsync(draftId, author, cancellationToken) is not { } zip)
        {
            return null;
        }

        await drafts.SaveTitleAsync(draftId, author, trimmed, cancellationToken);
        var id = await changes.ProposeAsync(trimmed, author, zip, inForceDirectory, cancellationToken);

        // After the proposal, not in its transaction: a draft left behind by a failure here is harmless (submitting it
        // again proposes a second request), a proposal lost with its draft would not be.
        await drafts.DeleteAsync(draftId, author, CancellationToken.None);
        return id;
    }

    /// <summary>Deletes the draft; false when it is not <paramref name="author"/>'s.</summary>
    public Task<bool> DiscardAsync(long draftId, string author, CancellationToken cancellationToken) => drafts.DeleteAsync(draftId, author, cancellationToken);

    private async Task<T?> InDraftAsync<T>(long draftId, string author, bool save, Func<string, T> act, CancellationToken cancellationToken)
        where T : class
    {
        if (await drafts.ContentAsync(draftId, author, cancellationToken) is not { } zip)
        {
            return null;
        }

        using var candidate = CandidateArchive.Open(zip);
        var result = act(candidate.Directory);
        if (save && !await drafts.SaveContentAsync(draftId, author, CandidateArchive.Pack(candidate.Directory), cancellationToken))
        {
            return null;
        }

        return result;
    }

    private static string Title(string? title)
    {
        var trimmed = title?.Trim() ?? "";
        return trimmed.Length > 200 ? throw new DraftEditRefusedException("变更说明不能超过 200 字（the title is over 200 characters）") : trimmed;
    }

    private static string ExistingText(string directory, string file)
        => DraftPaths.ReadText(DraftPaths.Resolve(directory, file), file)
            ?? throw new DraftEditRefusedException($"草稿中没有文件“{file}”（the draft holds no such file）");

    private static string Csv(string file)
        => file?.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) == true ? file
            : throw new DraftEditRefusedException($"“{file}”不是 CSV 表格（not a CSV table）");

    private static string Yaml(string file)
        => file?.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) == true ? file
            : throw new DraftEditRefusedException($"“{file}”不是 YAML 计划文件（not a YAML plan）");

    // The draft's files, relative with '/', in ordinal order; only those the browser can edit (text by extension).
    private static List<string> TextFiles(string directory)
        => [.. Relative(directory).Where(f => DraftPaths.TextExtensions.Contains(Path.GetExtension(f).ToLowerInvariant()))];

    private static List<string> Relative(string directory)
        => [.. Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(directory, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];

    private static List<DraftFileChange> Compare(string inForce, string draft)
    {
        var before = Directory.Exists(inForce) ? Relative(inForce) : [];
        var after = Relative(draft);
        return [.. before.Union(after, StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(path =>
            !before.Contains(path) ? new DraftFileChange(path, DraftFileChange.Added)
            : !after.Contains(path) ? new DraftFileChange(path, DraftFileChange.Removed)
            : File.ReadAllBytes(Path.Combine(inForce, path)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(draft, path))) ? null
            : new DraftFileChange(path, DraftFileChange.Changed)).OfType<DraftFileChange>()];
    }
}
