using Hangfire;
using Supervision.Application.Nightly;

namespace Supervision.Jobs;

/// <summary>Creates the nightly job types with the process's <see cref="NightlyServices"/> (no container needed).</summary>
internal sealed class NightlyJobActivator(NightlyServices services) : JobActivator
{
    public override object ActivateJob(Type jobType)
    {
        ArgumentNullException.ThrowIfNull(jobType);
        if (jobType == typeof(NightlyJob))
        {
            return new NightlyJob(services);
        }

        if (jobType == typeof(ScoreChunkJob))
        {
            return new ScoreChunkJob(services);
        }

        if (jobType == typeof(ScheduledNightlyJob))
        {
            return new ScheduledNightlyJob(services);
        }

        return jobType == typeof(DrawsJob) ? new DrawsJob(services) : base.ActivateJob(jobType);
    }
}
