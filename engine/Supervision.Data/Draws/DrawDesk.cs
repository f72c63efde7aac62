using System.Globalization;
using System.Text;
using Supervision.Draws.Protocol;

namespace Supervision.Data.Draws;

/// <summary>
/// Where the nightly run's prepared draws meet the people who make them fair (the 抽签台): a directory that the
/// departments and the night share, so that nobody waits for anybody at night.
/// <list type="bullet">
/// <item><c>commitments/&lt;department&gt;.csv</c> (<c>date,commitment</c>): each department's commitments, made in advance for
/// the nights to come with <c>draw share --dates</c>; the night of a date takes that date's row.</item>
/// <item><c>preparations/&lt;draw id&gt;/</c>: what the night prepared (the same files as <c>draw prepare --out</c>), its
/// pre-draw notice to publish, and, once executed, the draw itself.</item>
/// <item><c>public-values/&lt;yyyy-MM-dd&gt;.txt</c>: the public random value of that date, as its source published it,
/// written by whoever transcribes it (the line break at its end is not part of it).</item>
/// <item><c>shares/&lt;draw date&gt;/&lt;department&gt;.share</c>: the secret shares, revealed by the departments once the
/// value is public.</item>
/// </list>
/// The value a night's draw takes is the one of the day after its draw date, named by <see cref="PublicRandomness"/>.
/// </summary>
public sealed class DrawDesk
{
    /// <summary>What a public randomness template must contain: the value's date, so that every night takes a new value.</summary>
    public const string DatePlaceholder = "{date}";

    /// <summary>The header of a commitments file.</summary>
    public const string CommitmentsHeader = "date,commitment";

    private readonly string template;

    /// <param name="root">The desk directory.</param>
    /// <param name="publicRandomnessTemplate">The public value's name with <see cref="DatePlaceholder"/> for its date,
    /// e.g. "中国福利彩票快乐8 {date} 开奖号码，按开奖顺序，空格分隔".</param>
    /// <exception cref="ArgumentException">The template does not contain <see cref="DatePlaceholder"/>.</exception>
    public DrawDesk(string root, string publicRandomnessTemplate)
    {
        ArgumentException.ThrowIfNullOrEmpty(root);
        ArgumentNullException.ThrowIfNull(publicRandomnessTemplate);

        // A template without the date would name the same value every night: a value published once is known in advance
        // for every later night, and those draws could be steered by choosing what to prepare.
        if (!publicRandomnessTemplate.Contains(DatePlaceholder, StringComparison.Ordinal) || string.IsNullOrWhiteSpace(publicRandomnessTemplate.Replace(DatePlaceholder, "", StringComparison.Ordinal)))
        {
            throw new ArgumentException($"the public randomness must be named with {DatePlaceholder} for the value's date and its source, so that every night takes a value of its own", nameof(publicRandomnessTemplate));
        }

        Root = root;
        template = publicRandomnessTemplate.Trim();
    }

    /// <summary>The desk directory.</summary>
    public string Root { get; }

    /// <summary>The date of the public value the draw of <paramref name="drawDate"/> takes: the next day, after the preparation is published.</summary>
    public static DateOnly PublicValueDate(DateOnly drawDate) => drawDate.AddDays(1);

    /// <summary>The name of the public value the draw of <paramref name="drawDate"/> takes, as the pre-draw notice prints it.</summary>
    public string PublicRandomness(DateOnly drawDate)
        => template.Replace(DatePlaceholder, PublicValueDate(drawDate).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), StringComparison.Ordinal);

    /// <summary>The directory of the draw prepared as <paramref name="drawId"/>.</summary>
    public string PreparationDirectory(string drawId) => Path.Combine(Root, "preparations", drawId);

    /// <summary>The file of the public value of <paramref name="date"/>.</summary>
    public string PublicValueFile(DateOnly date) => Path.Combine(Root, "public-values", $"{date:yyyy-MM-dd}.txt");

    /// <summary>The file a department reveals its share of the draw of <paramref name="drawDate"/> in.</summary>
    public string ShareFile(DateOnly drawDate, string department) => Path.Combine(Root, "shares", $"{drawDate:yyyy-MM-dd}", department + ".share");

    /// <summary>The commitments file of <paramref name="department"/>.</summary>
    public string CommitmentsFile(string department) => Path.Combine(Root, "commitments", department + ".csv");

    /// <summary>
    /// Each department's commitment for the night of <paramref name="drawDate"/>, in the order given; the problems
    /// (file:line) when a file or a row is missing or malformed.
    /// </summary>
    public (IReadOnlyList<ShareCommitment> Commitments, IReadOnlyList<string> Problems) Commitments(DateOnly drawDate, IReadOnlyList<string> departments)
    {
        ArgumentNullException.ThrowIfNull(departments);
        var commitments = new List<ShareCommitment>();
        var problems = new List<string>();
        foreach (var department in departments)
        {
            var path = CommitmentsFile(department);
            if (!File.Exists(path))
            {
                problems.Add($"{path}: no commitments of {department} (make them in advance with `draw share --department {department} --dates FROM..TO`)");
                continue;
            }

            var (rows, rowProblems) = CommittedNights(department);
            problems.AddRange(rowProblems);
            if (rows.TryGetValue(drawDate, out var found))
            {
                commitments.Add(new ShareCommitment(department, found));
            }
            else
            {
                problems.Add($"{path}: no commitment of {department} for {drawDate:yyyy-MM-dd}");
            }
        }

        return (commitments, problems);
    }

    /// <summary>
    /// Every night <paramref name="department"/> has committed to (none when its file does not exist), and the problems
    /// of its file at file:line: a malformed row, a second commitment for a night (the first one stands).
    /// </summary>
    public (IReadOnlyDictionary<DateOnly, string> Nights, IReadOnlyList<string> Problems) CommittedNights(string department)
    {
        var nights = new SortedDictionary<DateOnly, string>();
        var problems = new List<string>();
        var path = CommitmentsFile(department);
        if (!File.Exists(path))
        {
            return (nights, problems);
        }

        var lines = File.ReadAllLines(path, Encoding.UTF8);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim().TrimStart('\uFEFF');
            if (line.Length == 0 || (i == 0 && line == CommitmentsHeader))
            {
                continue;
            }

            if (ParseRow(line) is not { } row)
            {
                problems.Add($"{path}:{i + 1}: expected {CommitmentsHeader} (an ISO date and 64 lower-case hexadecimal characters), found '{line}'");
                continue;
            }

            if (!nights.TryAdd(row.Date, row.Commitment))
            {
                problems.Add($"{path}:{i + 1}: a second commitment for {row.Date:yyyy-MM-dd}");
            }
        }

        return (nights, problems);
    }

    /// <summary>A row <c>date,commitment</c> of a commitments file, or null when it is not one.</summary>
    public static (DateOnly Date, string Commitment)? ParseRow(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var parts = line.Split(',');
        return parts.Length == 2 && DateOnly.TryParseExact(parts[0].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            && ProtocolHash.IsHex32(parts[1].Trim())
            ? (date, parts[1].Trim())
            : null;
    }

    /// <summary>The public value of <paramref name="date"/> when its file exists (without the line break at its end), else null.</summary>
    public string? PublicValue(DateOnly date)
    {
        var path = PublicValueFile(date);
        if (!File.Exists(path))
        {
            return null;
        }

        var value = File.ReadAllText(path, Encoding.UTF8).TrimStart('\uFEFF').TrimEnd('\r', '\n');
        return value.Length == 0 ? null : value;
    }

    /// <summary>The revealed shares of the draw of <paramref name="drawDate"/>, and the departments whose share is not there yet.</summary>
    public (IReadOnlyDictionary<string, string> Shares, IReadOnlyList<string> Missing) Shares(DateOnly drawDate, IEnumerable<string> departments)
    {
        ArgumentNullException.ThrowIfNull(departments);
        var shares = new Dictionary<string, string>(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var department in departments)
        {
            var path = ShareFile(drawDate, department);
            if (File.Exists(path) && File.ReadAllText(path, Encoding.UTF8).Trim().TrimStart('\uFEFF') is { Length: > 0 } share)
            {
                shares[department] = share;
            }
            else
            {
                missing.Add(department);
            }
        }

        return (shares, missing);
    }
}
