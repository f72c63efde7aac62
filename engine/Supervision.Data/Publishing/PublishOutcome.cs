namespace Supervision.Data.Publishing;

/// <summary>What a publication attempt did; <see cref="Refusal"/> is null on success.</summary>
internal sealed record PublishOutcome(PublishedBundle? Published, string? Refusal, IReadOnlyList<string> Problems, bool AlreadyInForce);
