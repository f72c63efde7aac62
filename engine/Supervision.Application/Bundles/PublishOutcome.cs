namespace Supervision.Application.Bundles;

/// <summary>What a publication attempt did; <see cref="Refusal"/> is null on success.</summary>
public sealed record PublishOutcome(PublishedBundle? Published, string? Refusal, IReadOnlyList<string> Problems, bool AlreadyInForce);
