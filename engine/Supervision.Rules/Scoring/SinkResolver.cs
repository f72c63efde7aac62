using NRules.Extensibility;

namespace Supervision.Rules.Scoring;

/// <summary>Gives a session's rule actions their <see cref="HitSink"/>.</summary>
internal sealed class SinkResolver(HitSink sink) : IDependencyResolver
{
    public object Resolve(IResolutionContext context, Type serviceType)
        => serviceType == typeof(HitSink) ? sink : throw new InvalidOperationException($"rules may only depend on {nameof(HitSink)}");
}
