using System.Text;
using Supervision.Application.Draws;
using Supervision.Application.WhatIf;
using Supervision.Data.WhatIf;
using Supervision.Draws.Plans.Testing;
using Supervision.Rules.Bundle;
using Supervision.Rules.Compilation;
using Supervision.Rules.Diagnostics;
using Supervision.Rules.Testing;
using Supervision.Storage.Bundles;
using Supervision.Storage.Changes;

namespace Supervision.Application.Bundles;

/// <summary>
/// Reviewed rule changes (issue 23): a regulator proposes a candidate bundle as the files the CLI reads; its checks —
/// diagnostics at file:line, rule tests and coverage, plan tests — and its what-if against the bundle in force are what
/// the reviewer reads; another regulator approves or rejects it; only then is it published into the store the nights
/// read, under the identities of both. The web workspace and <c>rules publish --approval</c> use this.
/// </summary>
public sealed class BundleChanges(ChangeRequestStore requests, TimeProvider clock)
{
    /// <summary>Checks and records a proposal; the request is kept whether or not its checks pass (a failed one can only be rejected).</summary>
    /// <exception cref="InvalidDataException">The archive is not a bundle directory as a zip.</exception>
    /// <param name="title">What it changes, in the author's words.</param>
    /// <param name="author">The proposing regulator's account.</param>
    /// <param name="zip">The candidate directory as a zip.</param>
    /// <param name="inForceDirectory">The bundle in force (its hash is recorded as what the request replaces), or null when there is none.</param>
    /// <param name="cancellationToken">Cancels before the request is recorded.</param>
    public async Task<long> ProposeAsync(string title, string author, byte[] zip, string? inForceDirectory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(title);
        var inForceHash = inForceDirectory is not null && File.Exists(Path.Combine(inForceDirectory, "bundle.yaml")) ? BundleHasher.Hash(inForceDirectory) : null;
        using var candidate = CandidateArchive.Open(zip);
        var (report, passed, hash) = Check(candidate.Directory);
        return await requests.ProposeAsync(new ChangeRequestDraft(title.Trim(), author, zip, hash, inForceHash, report, passed), cancellationToken);
    }

    /// <summary>
    /// What the reviewer reads about a candidate directory: the bundle's diagnostics, its rule tests with coverage and its
    /// plan tests, as <c>rules check</c> and <c>rules test</c> print them; whether all passed with full coverage; its
    /// content hash (null when it does not compile).
    /// </summary>
    public static (string Report, bool Passed, string? Hash) Check(string directory)
    {
        var text = new StringWriter();
        var diagnostics = new DiagnosticBag();
        var bundle = BundleSource.TryCompile(directory, diagnostics);
        foreach (var diagnostic in diagnostics.Sorted())
        {
            text.WriteLine(diagnostic);
        }

        if (bundle is null)
        {
            text.WriteLine("the candidate bundle has errors: no rule test was run");
            return (text.ToString(), false, null);
        }

        text.WriteLine($"{bundle.Bundle.Manifest.Id} {bundle.Bundle.Manifest.Version} · sha256 {bundle.Bundle.ContentHash}");
        var tests = RuleTestRunner.Run(bundle);
        RuleTestReportWriter.Write(text, tests);
        var plans = TestPlans.Run(bundle, directory, Path.Combine(directory, "calendar", "cn-working-days.csv"));
        if (plans is not null)
        {
            PlanTestReportWriter.Write(text, plans);
        }

        var passed = !diagnostics.HasErrors && tests.AllPassed && tests.Coverage.IsFull && tests.Results.Count > 0
            && plans?.AllPassed != false && plans?.UncoveredPlans.Count is null or 0;
        text.WriteLine(passed
            ? "all checks passed: the bundle compiles, every rule and plan test passes, every rule, row and plan is exercised"
            : "checks failed: this request can be rejected, not approved");
        return (text.ToString(), passed, bundle.Bundle.ContentHash);
    }

    /// <summary>
    /// The what-if of a request against the bundle in force (<paramref name="inForceDirectory"/>), on
    /// <paramref name="dataDirectory"/> as of <paramref name="asOf"/>.
    /// </summary>
    /// <returns>The comparison, or a sentence saying why there is none.</returns>
    public async Task<(RulesDiffReport? Report, string? Why)> WhatIfAsync(
        long requestId, string inForceDirectory, string dataDirectory, DateOnly asOf, CancellationToken cancellationToken)
    {
        if (BundleSource.TryCompile(inForceDirectory, new DiagnosticBag()) is not { } inForce)
        {
            return (null, "the bundle in force does not compile: no what-if");
        }

        var zip = await requests.ContentAsync(requestId, cancellationToken);
        if (zip is null)
        {
            return (null, $"no change request {requestId}");
        }

        using var candidate = CandidateArchive.Open(zip);
        var diagnostics = new DiagnosticBag();
        if (BundleSource.TryCompile(candidate.Directory, diagnostics) is not { } compiled)
        {
            return (null, "the candidate does not compile: no what-if");
        }

        var diff = new DiffRules(inForce, compiled);
        var population = diff.Load(dataDirectory, out var conflict);
        if (population is null)
        {
            return (null, conflict);
        }

        return (diff.Run(population, asOf, explanationLimit: 200, cancellationToken: cancellationToken), null);
    }

    /// <summary>The whole comparison as one self-contained page (the download of the web workspace, <c>diff.html</c> of <c>rules diff</c>).</summary>
    public static string WhatIfPage(RulesDiffReport report, string dataDirectory)
        => DiffHtml.Render(report, Path.GetFileName(Path.GetFullPath(dataDirectory)));

    /// <summary>
    /// Publishes an approved request into <paramref name="store"/> under its author's and approver's accounts, records the
    /// archive and the publication in the database, and marks the request published, with its audit entries.
    /// </summary>
    /// <exception cref="ChangeRequestRefusedException">Unknown, not approved, or refused by the publisher (with its reason).</exception>
    public async Task<PublishedBundle> PublishAsync(long requestId, string publisher, string store, RuleBundleStore archive, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(archive);
        var request = await requests.GetAsync(requestId, cancellationToken) ?? throw new ChangeRequestRefusedException($"no change request {requestId}");
        if (request.Status != ChangeRequest.Approved)
        {
            throw new ChangeRequestRefusedException($"change request {requestId} is {request.Status}: only an approved request is published");
        }

        var zip = (await requests.ContentAsync(requestId, cancellationToken))!;
        using var candidate = CandidateArchive.Open(zip);
        return await PublishAsync(request, candidate.Directory, publisher, store, archive, cancellationToken);
    }

    /// <summary>Publishes <paramref name="directory"/> under <paramref name="request"/> (approved), as <see cref="PublishAsync(long, string, string, RuleBundleStore, CancellationToken)"/>.</summary>
    public async Task<PublishedBundle> PublishAsync(
        ChangeRequest request, string directory, string publisher, string store, RuleBundleStore archive, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(archive);
        if (request.Status != ChangeRequest.Approved)
        {
            throw new ChangeRequestRefusedException($"change request {request.RequestId} is {request.Status}: only an approved request is published");
        }

        var review = new BundleReview(request.RequestId, request.Author, request.Reviewer!, request.ReviewedAt!.Value, request.BundleHash!);
        var outcome = BundlePublisher.Publish(directory, store, clock.GetUtcNow(), review);
        if (outcome.Refusal is not null)
        {
            var problems = new StringBuilder(outcome.Refusal);
            foreach (var problem in outcome.Problems.Take(20))
            {
                problems.Append('\n').Append(problem);
            }

            throw new ChangeRequestRefusedException(problems.ToString());
        }

        var published = outcome.Published!;
        await archive.RecordAsync(new RulePublication(published.Id, published.Version, published.ContentHash, published.ToleranceHash, published.Author,
            published.Approver, published.PublishedAt, published.Tests, published.Replaces), BundleHasher.Archive(Path.Combine(store, published.Key)),
            publisher, onlyIfNew: outcome.AlreadyInForce, cancellationToken);
        await requests.MarkPublishedAsync(request.RequestId, publisher, cancellationToken);
        return published;
    }
}
