using System.Reflection;
using Supervision.Runs;

namespace Supervision.Tests.Nightly;

/// <summary>
/// A run store that does everything its inner store does except record a run: planning then fails after the inputs
/// are cut and stored. A proxy (DispatchProxy needs a public, unsealed type with a parameterless constructor).
/// </summary>
public class RunStoreThatCannotCreateRuns : DispatchProxy
{
    /// <summary>What CreateRunAsync throws.</summary>
    public const string Refusal = "this store records no run (test)";

    private IRunStore inner = null!;

    public static IRunStore Wrap(IRunStore inner)
    {
        var proxy = Create<IRunStore, RunStoreThatCannotCreateRuns>();
        ((RunStoreThatCannotCreateRuns)(object)proxy).inner = inner;
        return proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        if (targetMethod.Name == nameof(IRunStore.CreateRunAsync))
        {
            return Task.FromException<RunRecord>(new InvalidOperationException(Refusal));
        }

        try
        {
            return targetMethod.Invoke(inner, args);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw e.InnerException;
        }
    }
}
